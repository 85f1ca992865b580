using System;
using System.Globalization;

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

        /// <summary>Creates a date; <paramref name="month"/> is 1 to 12, <paramref name="day"/> 1 to 31, <paramref name="year"/> null or 1 to 9999.</summary>
        public PaperDate(int month, int day, int? year = null)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
            if (day < 1 || day > 31) throw new ArgumentOutOfRangeException(nameof(day), day, "Day must be 1 to 31.");
            // Year 0 would compare equal to "no year" in CompareTo while Equals tells them apart.
            if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1 to 9999 when given.");
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

        /// <summary>Equality.</summary>
        public static bool operator ==(PaperDate left, PaperDate right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(PaperDate left, PaperDate right) => !left.Equals(right);
    }
}
