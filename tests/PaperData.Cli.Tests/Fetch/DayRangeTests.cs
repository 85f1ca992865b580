using System;
using System.Globalization;
using PaperData.Cli.Fetch;
using Xunit;

namespace PaperData.Cli.Tests.Fetch
{
    public class DayRangeTests
    {
        [Theory]
        [InlineData("2025-W10", "2025-03-03", "2025-03-09")]
        [InlineData("2025-W05", "2025-01-27", "2025-02-02")] // Across a month boundary.
        [InlineData("2025-W01", "2024-12-30", "2025-01-05")] // Week 1 starts in the previous calendar year.
        [InlineData("2020-W01", "2019-12-30", "2020-01-05")]
        [InlineData("2021-W01", "2021-01-04", "2021-01-10")] // Jan 1-3 2021 belong to 2020-W53.
        [InlineData("2020-W53", "2020-12-28", "2021-01-03")] // 2020 has 53 ISO weeks; the last ends in 2021.
        [InlineData("2026-W53", "2026-12-28", "2027-01-03")]
        [InlineData("2015-W53", "2015-12-28", "2016-01-03")]
        [InlineData("2024-W52", "2024-12-23", "2024-12-29")]
        [InlineData("2025-w10", "2025-03-03", "2025-03-09")] // Lowercase w.
        public void Iso_weeks_run_monday_to_sunday(string text, string monday, string sunday)
        {
            Assert.True(DayRange.TryParseWeek(text, out DayRange range, out _));
            Assert.Equal(DateOnly.Parse(monday, CultureInfo.InvariantCulture), range.First);
            Assert.Equal(DateOnly.Parse(sunday, CultureInfo.InvariantCulture), range.Last);
            Assert.Equal(DayOfWeek.Monday, range.First.DayOfWeek);
            Assert.Equal(7, range.Count);
        }

        [Theory]
        [InlineData("2021-W53")] // 2021 has 52 ISO weeks.
        [InlineData("2025-W53")]
        [InlineData("2025-W00")]
        [InlineData("2025-W54")]
        [InlineData("2025-W1")]
        [InlineData("2025W10")]
        [InlineData("2025-10")]
        [InlineData("2025-X10")]
        [InlineData(" 2025-W10")]
        [InlineData("2025-W+1")]
        [InlineData("２０２５-W10")] // Full-width digits.
        [InlineData("0000-W01")]
        [InlineData("")]
        public void Malformed_or_missing_weeks_are_rejected(string text)
        {
            Assert.False(DayRange.TryParseWeek(text, out _, out string error));
            Assert.Contains(text, error, StringComparison.Ordinal);
        }

        [Fact]
        public void Week_53_of_a_52_week_year_says_why()
        {
            Assert.False(DayRange.TryParseWeek("2021-W53", out _, out string error));
            Assert.Equal("expects an existing ISO week: 2021 has 52 ISO weeks, so \"2021-W53\" does not exist.", error);
        }

        [Theory]
        [InlineData("2024-02", 29)]
        [InlineData("2025-02", 28)]
        [InlineData("2025-03", 31)]
        [InlineData("2025-04", 30)]
        [InlineData("2000-02", 29)]
        [InlineData("1900-02", 28)]
        public void Months_have_their_days(string text, int days)
        {
            Assert.True(DayRange.TryParseMonth(text, out DayRange range, out _));
            Assert.Equal(1, range.First.Day);
            Assert.Equal(days, range.Count);
            Assert.Equal(range.First.Month, range.Last.Month);
        }

        [Theory]
        [InlineData("2025-13")]
        [InlineData("2025-00")]
        [InlineData("2025-3")]
        [InlineData("25-03")]
        [InlineData("2025/03")]
        [InlineData("2025-03-01")]
        public void Malformed_months_are_rejected(string text) => Assert.False(DayRange.TryParseMonth(text, out _, out _));

        [Theory]
        [InlineData("2024-02-29", true)]
        [InlineData("2025-02-29", false)]
        [InlineData("2025-3-1", false)]
        [InlineData("2025-03-1", false)]
        [InlineData("20250311", false)]
        [InlineData("2025-03-11T00:00", false)]
        [InlineData("2025-03-11", true)]
        public void Dates_are_exactly_yyyy_mm_dd(string text, bool valid) => Assert.Equal(valid, DayRange.TryParseDate(text, out _, out _));

        [Fact]
        public void Days_enumerates_the_range_inclusively()
        {
            var range = new DayRange(new DateOnly(2025, 2, 27), new DateOnly(2025, 3, 2));

            Assert.Equal(new[] { "2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(range.Days(), d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }
    }
}
