using System.Globalization;
using System.Text.RegularExpressions;
using PaperData.Core.Parsed;

namespace PaperData.Core.Reading.Text
{
    /// <summary>
    /// Recognises a date line: an English month name or its three-letter abbreviation, a day, and an optional
    /// year ("Mar 11", "March 11", "Mar 11, 2025"). Culture-invariant by construction.
    /// </summary>
    internal static class DateLine
    {
        private static readonly string[] Months =
        {
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        };

        private static readonly Regex Shape = new Regex(
            @"^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>[0-9]{1,3})(?:(?:,\s*|\s+)(?<year>[0-9]{4}))?$",
            RegexOptions.CultureInvariant);

        /// <summary>What a paragraph is, as far as dates go.</summary>
        public enum Kind
        {
            NotADate,
            Date,
            Unreadable,
        }

        public static Kind Read(string text, out DigestDate date, out string problem)
        {
            date = default;
            problem = string.Empty;
            if (text.Length > 20) return Kind.NotADate;
            Match match = Shape.Match(text);
            if (!match.Success) return Kind.NotADate;

            int month = MonthNumber(match.Groups["month"].Value);
            if (month == 0) return Kind.NotADate;

            int day = int.Parse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            int? year = match.Groups["year"].Success
                ? int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
                : (int?)null;

            if (day < 1 || day > DaysIn(month, year))
            {
                problem = "day " + day.ToString(CultureInfo.InvariantCulture) + " does not exist in "
                    + Capitalize(Months[month - 1]) + (year is int yy ? " " + yy.ToString(CultureInfo.InvariantCulture) : string.Empty);
                return Kind.Unreadable;
            }

            if (year is int given && !IsPlausibleYear(given))
            {
                problem = "year " + given.ToString(CultureInfo.InvariantCulture) + " is out of range";
                return Kind.Unreadable;
            }

            date = new DigestDate(month, day, year);
            return Kind.Date;
        }

        /// <summary>The days in <paramref name="month"/> (1-based); February has 29 unless a year says otherwise.</summary>
        public static int DaysIn(int month, int? year) => MonthDays.DaysIn(month, year);

        /// <summary>The years a digest date may have; anything else is a typo or damage.</summary>
        public static bool IsPlausibleYear(int year) => year >= 1900 && year <= 2999;

        /// <summary>The month's English name, capitalised, 1-based.</summary>
        public static string MonthName(int month) => Capitalize(Months[month - 1]);

        /// <summary>The month's three-letter English abbreviation, 1-based.</summary>
        public static string Abbreviation(int month) => Capitalize(Months[month - 1].Substring(0, 3));

        private static int MonthNumber(string word)
        {
            string lower = word.ToLowerInvariant();
            for (int i = 0; i < Months.Length; i++)
            {
                string name = Months[i];
                if (lower == name || lower == name.Substring(0, 3) || (lower == "sept" && i == 8)) return i + 1;
            }

            return 0;
        }

        private static string Capitalize(string word) =>
            word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
    }
}
