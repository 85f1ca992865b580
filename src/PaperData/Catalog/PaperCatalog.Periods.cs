using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Threading;

namespace PaperData
{
    // Which optional fields the catalogue carries, and the queries by period and by upvotes. Two dates exist and
    // the names say which one a query uses: "Featured" is Paper.Date, the day the Daily Papers page listed the
    // paper; "Published" is Paper.PublishedOn, the arXiv publication date. A query on a field no paper carries
    // throws MissingPaperFieldException rather than answer "nothing" (an empty catalogue answers empty).
    public sealed partial class PaperCatalog
    {
        // Bit i set: some paper carries PaperField i. -1 until computed; racing threads compute the same value.
        private int _fields = -1;

        /// <summary>
        /// True when at least one paper carries <paramref name="field"/> (a list field: a non-empty list). Text
        /// digests carry none of these, except <see cref="PaperField.FeaturedYear"/> when their date lines state a year.
        /// </summary>
        public bool Has(PaperField field) => (Fields() & (1 << (int)field)) != 0;

        /// <summary>
        /// Papers featured in ISO 8601 week <paramref name="week"/> of <paramref name="isoYear"/> (Monday to Sunday;
        /// week 1 holds the year's first Thursday, so 2025-W01 starts on 2024-12-30), by <see cref="Paper.Date"/>.
        /// Papers whose date has no year (text digests without a year in the date line) never match.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The week does not exist in that year (1 to 52, or 53 in long years).</exception>
        /// <exception cref="MissingPaperFieldException">No paper's date has a year.</exception>
        public IReadOnlyList<Paper> InWeek(int isoYear, int week)
        {
            if (isoYear < 2 || isoYear > 9998) throw new ArgumentOutOfRangeException(nameof(isoYear), isoYear, "The ISO year must be 2 to 9998.");
            int weeks = IsoWeeks.WeeksIn(isoYear);
            if (week < 1 || week > weeks) throw new ArgumentOutOfRangeException(nameof(week), week, "Week must be 1 to " + weeks.ToString(CultureInfo.InvariantCulture) + " in ISO year " + isoYear.ToString(CultureInfo.InvariantCulture) + ".");
            DateTime monday = IsoWeeks.Monday(isoYear, week);
            return FeaturedBetween(ToPaperDate(monday), ToPaperDate(monday.AddDays(6)));
        }

        /// <summary>
        /// Papers featured in <paramref name="month"/> of <paramref name="year"/>, by <see cref="Paper.Date"/>.
        /// Papers whose date has no year never match (a text digest's "Mar 11" could be any March).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The month is not 1 to 12 or the year not 1 to 9999.</exception>
        /// <exception cref="MissingPaperFieldException">No paper's date has a year.</exception>
        public IReadOnlyList<Paper> InMonth(int year, int month)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1 to 9999.");
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
            return FeaturedBetween(new PaperDate(month, 1, year), new PaperDate(month, DateTime.DaysInMonth(year, month), year));
        }

        /// <summary>
        /// Papers featured from <paramref name="from"/> to <paramref name="to"/>, both included, by <see cref="Paper.Date"/>
        /// (the day the Daily Papers page listed them). Papers whose date has no year never match.
        /// </summary>
        /// <exception cref="ArgumentException">A bound has no year.</exception>
        /// <exception cref="MissingPaperFieldException">No paper's date has a year.</exception>
        public IReadOnlyList<Paper> FeaturedBetween(PaperDate from, PaperDate to)
        {
            RequireYears(from, to);
            Require(PaperField.FeaturedYear);
            return Where(p => p.Date.Year is not null && p.Date.CompareTo(from) >= 0 && p.Date.CompareTo(to) <= 0);
        }

        /// <summary>
        /// Papers published on arXiv from <paramref name="from"/> to <paramref name="to"/>, both included, by
        /// <see cref="Paper.PublishedOn"/> only; papers without one never match.
        /// </summary>
        /// <exception cref="ArgumentException">A bound has no year.</exception>
        /// <exception cref="MissingPaperFieldException">No paper has an arXiv publication date.</exception>
        public IReadOnlyList<Paper> PublishedBetween(PaperDate from, PaperDate to)
        {
            RequireYears(from, to);
            Require(PaperField.PublishedOn);
            return Where(p => p.PublishedOn is PaperDate d && d.CompareTo(from) >= 0 && d.CompareTo(to) <= 0);
        }

        /// <summary>
        /// The <paramref name="count"/> papers with the most upvotes, most first, ties in catalogue order; papers
        /// without upvotes are left out. For a subset use the extension of the same name:
        /// <c>catalog.InWeek(2025, 10).TopByUpvotes(5)</c>.
        /// </summary>
        /// <exception cref="MissingPaperFieldException">No paper has upvotes (a text digest).</exception>
        public IReadOnlyList<Paper> TopByUpvotes(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The count cannot be negative.");
            Require(PaperField.Upvotes);
            return PaperQueries.TopByUpvotes(Papers, count);
        }

        /// <summary>Throws <see cref="MissingPaperFieldException"/> when the catalogue has papers but none carries <paramref name="field"/>.</summary>
        private void Require(PaperField field)
        {
            if (Count > 0 && !Has(field)) throw new MissingPaperFieldException(field);
        }

        private static void RequireYears(PaperDate from, PaperDate to)
        {
            if (from.Year is null) throw new ArgumentException("The start date needs a year.", nameof(from));
            if (to.Year is null) throw new ArgumentException("The end date needs a year.", nameof(to));
        }

        private static PaperDate ToPaperDate(DateTime day) => new PaperDate(day.Month, day.Day, day.Year);

        private int Fields()
        {
            int fields = Volatile.Read(ref _fields);
            if (fields >= 0) return fields;
            fields = 0;
            foreach (Paper p in Papers)
            {
                if (p.ArxivId is not null) fields |= 1 << (int)PaperField.ArxivId;
                if (p.Authors.Count > 0) fields |= 1 << (int)PaperField.Authors;
                if (p.PublishedOn is not null) fields |= 1 << (int)PaperField.PublishedOn;
                if (p.Upvotes is not null) fields |= 1 << (int)PaperField.Upvotes;
                if (p.Keywords.Count > 0) fields |= 1 << (int)PaperField.Keywords;
                if (p.AiSummary is not null) fields |= 1 << (int)PaperField.AiSummary;
                if (p.CommentCount is not null) fields |= 1 << (int)PaperField.CommentCount;
                if (p.GitHubStars is not null) fields |= 1 << (int)PaperField.GitHubStars;
                if (p.Organization is not null) fields |= 1 << (int)PaperField.Organization;
                if (p.Date.Year is not null) fields |= 1 << (int)PaperField.FeaturedYear;
            }

            Volatile.Write(ref _fields, fields);
            return fields;
        }
    }

    /// <summary>Queries over any sequence of papers, such as the result of another query.</summary>
    public static class PaperQueries
    {
        /// <summary>
        /// The <paramref name="count"/> papers of <paramref name="papers"/> with the most upvotes, most first, ties
        /// in the order given; papers without upvotes are left out (check <see cref="PaperCatalog.Has"/> with
        /// <see cref="PaperField.Upvotes"/> to tell "none voted" from "no upvotes in this data").
        /// </summary>
        public static IReadOnlyList<Paper> TopByUpvotes(this IEnumerable<Paper> papers, int count)
        {
            if (papers is null) throw new ArgumentNullException(nameof(papers));
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The count cannot be negative.");
            var voted = new List<KeyValuePair<int, Paper>>();
            int position = 0;
            foreach (Paper paper in papers)
            {
                if (paper is null) throw new ArgumentException("The sequence holds a null paper.", nameof(papers));
                if (paper.Upvotes is not null) voted.Add(new KeyValuePair<int, Paper>(position, paper));
                position++;
            }

            // List.Sort is not stable: the position breaks ties so equal votes keep the order given.
            voted.Sort((a, b) =>
            {
                int byVotes = b.Value.Upvotes!.Value.CompareTo(a.Value.Upvotes!.Value);
                return byVotes != 0 ? byVotes : a.Key.CompareTo(b.Key);
            });
            var top = new List<Paper>(Math.Min(count, voted.Count));
            for (int i = 0; i < voted.Count && i < count; i++) top.Add(voted[i].Value);
            return new ReadOnlyCollection<Paper>(top);
        }
    }

    /// <summary>ISO 8601 weeks (netstandard2.0 has no System.Globalization.ISOWeek).</summary>
    internal static class IsoWeeks
    {
        /// <summary>The Monday of week 1: the week holding January 4.</summary>
        public static DateTime FirstMonday(int isoYear)
        {
            var january4 = new DateTime(isoYear, 1, 4);
            int fromMonday = ((int)january4.DayOfWeek + 6) % 7;
            return january4.AddDays(-fromMonday);
        }

        public static int WeeksIn(int isoYear) => (int)(FirstMonday(isoYear + 1) - FirstMonday(isoYear)).TotalDays / 7;

        public static DateTime Monday(int isoYear, int week) => FirstMonday(isoYear).AddDays(7 * (week - 1));
    }
}
