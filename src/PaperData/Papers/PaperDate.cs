using System;
using System.Globalization;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Json;
using PaperData.Core.Reading.Text;

namespace PaperData
{
    /// <summary>
    /// The date a paper is listed under. Text digests give month and day only ("Mar 11"), so <see cref="Year"/>
    /// is null unless the source states it.
    /// </summary>
    public readonly struct PaperDate : IEquatable<PaperDate>, IComparable<PaperDate>
    {
        private static readonly string[] MonthAbbreviations =
            { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        /// <summary>
        /// Creates a date that exists: <paramref name="month"/> 1 to 12, <paramref name="day"/> a day of that month
        /// (Feb 29 only without a year or in a leap year), <paramref name="year"/> null or 1 to 9999.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The date does not exist.</exception>
        public PaperDate(int month, int day, int? year = null)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
            // Year 0 would compare equal to "no year" in CompareTo while Equals tells them apart.
            if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1 to 9999 when given.");
            if (day < 1 || day > MonthDays.DaysIn(month, year))
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "Day must be 1 to " + MonthDays.DaysIn(month, year).ToString(CultureInfo.InvariantCulture)
                    + " in " + MonthAbbreviations[month - 1] + (year is int y ? " " + y.ToString(CultureInfo.InvariantCulture) : string.Empty) + ".");
            }

            Month = month;
            Day = day;
            Year = year;
        }

        /// <summary>The month, 1 to 12.</summary>
        public int Month { get; }

        /// <summary>The day of the month, 1 to 31.</summary>
        public int Day { get; }

        /// <summary>The year, where the source states one.</summary>
        public int? Year { get; }

        /// <inheritdoc />
        public bool Equals(PaperDate other) => Month == other.Month && Day == other.Day && Year == other.Year;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PaperDate other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => ((Year ?? 0) * 397) ^ (Month * 31) ^ Day;

        /// <summary>Orders by year (unknown first), then month, then day.</summary>
        public int CompareTo(PaperDate other)
        {
            int byYear = (Year ?? 0).CompareTo(other.Year ?? 0);
            if (byYear != 0) return byYear;
            int byMonth = Month.CompareTo(other.Month);
            return byMonth != 0 ? byMonth : Day.CompareTo(other.Day);
        }

        /// <summary>"Mar 11", or "Mar 11, 2025" with a year; the same in every culture.</summary>
        public override string ToString()
        {
            if (Month < 1) return string.Empty;
            string text = MonthAbbreviations[Month - 1] + " " + Day.ToString(CultureInfo.InvariantCulture);
            return Year is int year ? text + ", " + year.ToString(CultureInfo.InvariantCulture) : text;
        }

        /// <summary>
        /// Reads a date as a digest's date line writes it ("Mar 11", "March 11", "Mar 11, 2025") or as ISO 8601
        /// ("2025-03-11"); false for anything else or a day that does not exist. Culture-invariant.
        /// </summary>
        public static bool TryParse(string? text, out PaperDate date)
        {
            date = default;
            if (text is null) return false;
            string trimmed = text.Trim();
            DigestDate read = default;
            bool ok = trimmed.Length > 0 && char.IsDigit(trimmed[0])
                ? trimmed.Length == 10 && IsoDate.TryRead(trimmed, out read, out _)
                : DateLine.Read(trimmed, out read, out _) == DateLine.Kind.Date;
            if (!ok) return false;
            date = new PaperDate(read.Month, read.Day, read.Year);
            return true;
        }

        /// <summary>Like <see cref="TryParse"/>, but throws for text that is not such a date.</summary>
        /// <exception cref="FormatException">The text is not a date in one of those forms, or the day does not exist.</exception>
        public static PaperDate Parse(string text) =>
            TryParse(text, out PaperDate date) ? date : throw new FormatException("'" + text + "' is not a date such as 'Mar 11', 'Mar 11, 2025' or '2025-03-11'.");

        /// <summary>Equality.</summary>
        public static bool operator ==(PaperDate left, PaperDate right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(PaperDate left, PaperDate right) => !left.Equals(right);
    }
}
