using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperData.Cli.Fetch
{
    /// <summary>
    /// The days one <c>fetch</c> asks for, from <c>--date [--to]</c>, <c>--week</c> or <c>--month</c>. The parsers
    /// are strict and culture-invariant (a typo must be a usage error, not a fetch of the wrong days).
    /// </summary>
    internal readonly record struct DayRange(DateOnly First, DateOnly Last)
    {
        /// <summary>The longest range one command may fetch: a year, leap or not, so a typo in a year cannot start thousands of requests.</summary>
        public const int MaxDays = 366;

        public int Count => Last.DayNumber - First.DayNumber + 1;

        public IEnumerable<DateOnly> Days()
        {
            for (DateOnly day = First; day <= Last; day = day.AddDays(1)) yield return day;
        }

        /// <summary>The seven days of an ISO 8601 week, Monday to Sunday.</summary>
        public static DayRange Week(int isoYear, int week)
        {
            DateOnly monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
            return new DayRange(monday, monday.AddDays(6));
        }

        /// <summary>Every day of a calendar month.</summary>
        public static DayRange Month(int year, int month) =>
            new DayRange(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

        /// <summary>Parses <c>YYYY-MM-DD</c>: exactly that shape, a day that exists.</summary>
        public static bool TryParseDate(string text, out DateOnly date, out string error)
        {
            error = string.Empty;
            if (text.Length == 10 && text[4] == '-' && text[7] == '-'
                && DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return true;
            }

            date = default;
            error = "expects a date as YYYY-MM-DD (for example 2025-03-11), not \"" + text + "\".";
            return false;
        }

        /// <summary>
        /// Parses an ISO 8601 week, <c>YYYY-Www</c> (<c>2025-W10</c>; a lowercase <c>w</c> is accepted). Week 53
        /// exists only in years that have it (2020 does, 2021 does not). The year is the ISO week-numbering year, so
        /// <c>2025-W01</c> starts on Monday 2024-12-30.
        /// </summary>
        public static bool TryParseWeek(string text, out DayRange range, out string error)
        {
            range = default;
            error = "expects an ISO week as YYYY-Www (for example 2025-W10), not \"" + text + "\".";
            if (text.Length != 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w')) return false;
            if (!TryDigits(text, 0, 4, out int year) || !TryDigits(text, 6, 2, out int week)) return false;
            if (year < 1 || year > 9998) return false; // ISOWeek's own range, less the year whose last week runs past DateOnly.MaxValue.
            int weeks = ISOWeek.GetWeeksInYear(year);
            if (week < 1 || week > weeks)
            {
                error = "expects an existing ISO week: " + year.ToString(CultureInfo.InvariantCulture) + " has " + weeks.ToString(CultureInfo.InvariantCulture)
                    + " ISO weeks, so \"" + text + "\" does not exist.";
                return false;
            }

            range = Week(year, week);
            return true;
        }

        /// <summary>Parses <c>YYYY-MM</c>.</summary>
        public static bool TryParseMonth(string text, out DayRange range, out string error)
        {
            range = default;
            error = "expects a month as YYYY-MM (for example 2025-03), not \"" + text + "\".";
            if (text.Length != 7 || text[4] != '-') return false;
            if (!TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month)) return false;
            if (year < 1 || month < 1 || month > 12) return false;
            range = Month(year, month);
            return true;
        }

        // ASCII digits only: int.Parse would also take signs, spaces and other scripts' digits.
        private static bool TryDigits(string text, int start, int length, out int value)
        {
            value = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9') return false;
                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
