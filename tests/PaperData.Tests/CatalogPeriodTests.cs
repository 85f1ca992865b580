using System;
using System.Linq;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>Has(PaperField), InWeek, InMonth, FeaturedBetween, PublishedBetween and TopByUpvotes on hand-made papers.</summary>
    public class CatalogPeriodTests
    {
        private static Paper Featured(string title, int year, int month, int day, int? upvotes = null, PaperDate? publishedOn = null) =>
            new Paper(0, title.ToLowerInvariant(), title, null, "Abstract.", new PaperDate(month, day, year)) { Upvotes = upvotes, PublishedOn = publishedOn };

        private static PaperCatalog Catalog(params Paper[] papers) => new PaperCatalog(papers.Select((p, i) => p with { Rank = i + 1 }));

        private static string[] Titles(System.Collections.Generic.IEnumerable<Paper> papers) => papers.Select(p => p.Title).ToArray();

        [Fact]
        public void InWeek_runs_Monday_to_Sunday_by_ISO_8601_across_a_year_boundary()
        {
            // 2024-12-30 is the Monday of 2025-W01, 2025-01-05 its Sunday.
            PaperCatalog catalog = Catalog(
                Featured("Sun before", 2024, 12, 29), Featured("Monday", 2024, 12, 30), Featured("Sunday", 2025, 1, 5), Featured("Next Monday", 2025, 1, 6));
            Assert.Equal(new[] { "Monday", "Sunday" }, Titles(catalog.InWeek(2025, 1)));
            Assert.Equal(new[] { "Sun before" }, Titles(catalog.InWeek(2024, 52)));
            Assert.Equal(new[] { "Next Monday" }, Titles(catalog.InWeek(2025, 2)));
        }

        [Fact]
        public void InWeek_accepts_week_53_only_in_long_ISO_years()
        {
            PaperCatalog catalog = Catalog(Featured("New Year's Eve 2020", 2020, 12, 31), Featured("Jan 3 2021", 2021, 1, 3));
            Assert.Equal(new[] { "New Year's Eve 2020", "Jan 3 2021" }, Titles(catalog.InWeek(2020, 53))); // 2020-W53: Dec 28 to Jan 3
            Assert.Throws<ArgumentOutOfRangeException>(() => catalog.InWeek(2021, 53));
            Assert.Throws<ArgumentOutOfRangeException>(() => catalog.InWeek(2025, 0));
        }

        [Fact]
        public void InMonth_includes_the_first_and_last_day_and_leap_days()
        {
            PaperCatalog catalog = Catalog(
                Featured("Jan 31", 2024, 1, 31), Featured("Feb 1", 2024, 2, 1), Featured("Feb 29", 2024, 2, 29), Featured("Mar 1", 2024, 3, 1), Featured("Feb 2025", 2025, 2, 10));
            Assert.Equal(new[] { "Feb 1", "Feb 29" }, Titles(catalog.InMonth(2024, 2)));
            Assert.Empty(catalog.InMonth(2023, 2));
            Assert.Throws<ArgumentOutOfRangeException>(() => catalog.InMonth(2024, 13));
        }

        [Fact]
        public void Dates_without_a_year_never_match_and_a_catalogue_of_only_such_dates_throws()
        {
            Paper yearless = new Paper(1, "yearless", "Yearless", null, "A.", new PaperDate(2, 10));
            PaperCatalog mixed = Catalog(yearless, Featured("Dated", 2025, 2, 10));
            Assert.Equal(new[] { "Dated" }, Titles(mixed.InMonth(2025, 2)));

            MissingPaperFieldException thrown = Assert.Throws<MissingPaperFieldException>(() => TrendingPapers.Catalog.InMonth(2025, 3));
            Assert.Equal(PaperField.FeaturedYear, thrown.Field);
            Assert.Contains("no year", thrown.Message, StringComparison.Ordinal);
            Assert.Throws<MissingPaperFieldException>(() => TrendingPapers.Catalog.InWeek(2025, 11));
        }

        [Fact]
        public void FeaturedBetween_and_PublishedBetween_use_different_dates()
        {
            // Featured on the Daily Papers page on Mar 11, published on arXiv on Mar 3.
            PaperCatalog catalog = Catalog(Featured("Late pick", 2025, 3, 11, publishedOn: new PaperDate(3, 3, 2025)), Featured("Same day", 2025, 3, 4, publishedOn: new PaperDate(3, 4, 2025)));
            var from = new PaperDate(3, 1, 2025);
            var to = new PaperDate(3, 5, 2025);
            Assert.Equal(new[] { "Same day" }, Titles(catalog.FeaturedBetween(from, to)));
            Assert.Equal(new[] { "Late pick", "Same day" }, Titles(catalog.PublishedBetween(from, to)));
            Assert.Equal(new[] { "Late pick" }, Titles(catalog.FeaturedBetween(new PaperDate(3, 11, 2025), new PaperDate(3, 11, 2025))));
            Assert.Throws<ArgumentException>(() => catalog.FeaturedBetween(new PaperDate(3, 1), to));
        }

        [Fact]
        public void PublishedBetween_on_a_catalogue_without_arXiv_dates_throws()
        {
            PaperCatalog catalog = Catalog(Featured("No arXiv date", 2025, 3, 11));
            Assert.Equal(PaperField.PublishedOn,
                Assert.Throws<MissingPaperFieldException>(() => catalog.PublishedBetween(new PaperDate(1, 1, 2025), new PaperDate(12, 31, 2025))).Field);
        }

        [Fact]
        public void TopByUpvotes_sorts_most_first_keeps_ties_in_order_and_leaves_out_papers_without_votes()
        {
            PaperCatalog catalog = Catalog(
                Featured("Ten", 2025, 3, 10, 10), Featured("None", 2025, 3, 10), Featured("Fifty", 2025, 3, 11, 50), Featured("Ten again", 2025, 3, 17, 10), Featured("Zero", 2025, 3, 17, 0));
            Assert.Equal(new[] { "Fifty", "Ten", "Ten again" }, Titles(catalog.TopByUpvotes(3)));
            Assert.Equal(new[] { "Fifty", "Ten", "Ten again", "Zero" }, Titles(catalog.TopByUpvotes(100)));
            Assert.Empty(catalog.TopByUpvotes(0));

            // Over any subset: the week of Mar 10 (W11), then its top paper.
            Assert.Equal(new[] { "Fifty" }, Titles(catalog.InWeek(2025, 11).TopByUpvotes(1)));
            Assert.Equal(new[] { "Ten again", "Zero" }, Titles(catalog.InWeek(2025, 12).TopByUpvotes(5)));
            Assert.Equal(new[] { "Ten again", "Ten" }, Titles(catalog.Papers.Reverse().TopByUpvotes(3).Skip(1)));
        }

        [Fact]
        public void TopByUpvotes_on_a_text_digest_throws_instead_of_answering_empty()
        {
            MissingPaperFieldException thrown = Assert.Throws<MissingPaperFieldException>(() => TrendingPapers.Catalog.TopByUpvotes(5));
            Assert.Equal(PaperField.Upvotes, thrown.Field);
            Assert.StartsWith("This catalogue has no upvotes (text digests don't;", thrown.Message, StringComparison.Ordinal);

            // A subset carries no catalogue: the extension leaves papers without votes out and answers empty.
            Assert.Empty(TrendingPapers.All.TopByUpvotes(5));
        }

        [Fact]
        public void An_empty_catalogue_answers_empty_and_has_no_field()
        {
            var empty = new PaperCatalog(Array.Empty<Paper>());
            Assert.Empty(empty.TopByUpvotes(5));
            Assert.Empty(empty.InMonth(2025, 3));
            Assert.Empty(empty.PublishedBetween(new PaperDate(1, 1, 2025), new PaperDate(12, 31, 2025)));
            Assert.All(Enum.GetValues<PaperField>(), field => Assert.False(empty.Has(field)));
        }

        [Fact]
        public void Has_tells_which_fields_a_catalogue_carries()
        {
            Assert.All(Enum.GetValues<PaperField>(), field => Assert.False(TrendingPapers.Catalog.Has(field)));

            PaperCatalog json = PaperCatalog.Load(Json.JsonSamples.PathOf(Json.JsonSamples.DailyPapers));
            Assert.All(Enum.GetValues<PaperField>(), field => Assert.True(json.Has(field), field.ToString()));

            PaperCatalog votesOnly = Catalog(Featured("Voted", 2025, 3, 11, 0));
            Assert.Equal(new[] { PaperField.Upvotes, PaperField.FeaturedYear }, Enum.GetValues<PaperField>().Where(votesOnly.Has));
        }

        [Fact]
        public void The_new_fields_take_part_in_equality()
        {
            Paper paper = Featured("P", 2025, 3, 11);
            Assert.Equal(paper, paper with { });
            Assert.NotEqual(paper, paper with { AiSummary = "S" });
            Assert.NotEqual(paper, paper with { CommentCount = 0 });
            Assert.NotEqual(paper, paper with { GitHubStars = 0 });
            Assert.NotEqual(paper, paper with { Organization = "o" });
        }
    }
}
