using System;
using System.Linq;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>The public value types: dates that exist, records whose == agrees with Equals, the API the CLI uses.</summary>
    public sealed class PublicValueTests
    {
        [Theory]
        [InlineData(2, 30, null)]
        [InlineData(4, 31, null)]
        [InlineData(2, 29, 2023)]
        [InlineData(2, 29, 1900)]
        [InlineData(13, 1, null)]
        [InlineData(1, 0, null)]
        public void A_date_that_does_not_exist_is_refused(int month, int day, int? year) =>
            Assert.Throws<ArgumentOutOfRangeException>(() => new PaperDate(month, day, year));

        [Theory]
        [InlineData(2, 29, null)]
        [InlineData(2, 29, 2024)]
        [InlineData(2, 29, 2000)]
        [InlineData(12, 31, 2025)]
        public void A_date_that_exists_is_kept(int month, int day, int? year)
        {
            var date = new PaperDate(month, day, year);
            Assert.Equal((month, day, year), (date.Month, date.Day, date.Year));
        }

        [Theory]
        [InlineData("Mar 11", 3, 11, null)]
        [InlineData("  march 11 ", 3, 11, null)]
        [InlineData("Mar. 11, 2025", 3, 11, 2025)]
        [InlineData("Sept 2", 9, 2, null)]
        [InlineData("2025-03-11", 3, 11, 2025)]
        [InlineData("2024-02-29", 2, 29, 2024)]
        public void TryParse_reads_date_lines_and_iso_dates(string text, int month, int day, int? year)
        {
            Assert.True(PaperDate.TryParse(text, out PaperDate date));
            Assert.Equal(new PaperDate(month, day, year), date);
            Assert.Equal(date, PaperDate.Parse(text));
        }

        [Theory]
        [InlineData("Feb 30")]
        [InlineData("2023-02-29")]
        [InlineData("2025-13-01")]
        [InlineData("2025-03-11T10:00:00Z")]
        [InlineData("11 Mar")]
        [InlineData("")]
        [InlineData(null)]
        public void TryParse_refuses_anything_else(string? text)
        {
            Assert.False(PaperDate.TryParse(text, out _));
            if (text is not null) Assert.Throws<FormatException>(() => PaperDate.Parse(text));
        }

        [Fact]
        public void Records_compare_with_operators_as_with_Equals()
        {
            var date = new PaperDate(3, 11);
            var links = new[] { new CodeLink("https://github.com/a/b", LinkKind.Repository, "a", "b") };
            var one = new Paper(1, "x", "X", null, "A.", date, links);
            var same = new Paper(1, "x", "X", null, "A.", date, links.ToList());
            Assert.True(one == same);
            Assert.False(one != same);
            Assert.True(one != (one with { Title = "Y" }));
            Assert.Equal("Y", (one with { Title = "Y" }).Title);
            Assert.True(links[0] == new CodeLink("https://github.com/a/b", LinkKind.Repository, "a", "b"));
            Assert.True(new PaperDate(3, 11) == date);
            var diagnostic = new PaperDiagnostic("PD0003", PaperDiagnosticSeverity.Error, "m", "p", 1, 2, 1, 3);
            Assert.True(diagnostic == new PaperDiagnostic("PD0003", PaperDiagnosticSeverity.Error, "m", "p", 1, 2, 1, 3));
            Assert.True(new SearchHit(one, 1.5) == new SearchHit(same, 1.5));
        }

        [Fact]
        public void A_variant_copies_lists_given_to_init()
        {
            var authors = new[] { "A", "B" };
            Paper paper = new Paper(1, "x", "X", null, "A.", new PaperDate(3, 11)) with { Authors = authors };
            authors[0] = "changed";
            Assert.Equal(new[] { "A", "B" }, paper.Authors);
            Assert.Throws<ArgumentException>(() => paper with { Authors = new string[] { null! } });
            Assert.Throws<ArgumentNullException>(() => paper with { Title = null! });
        }

        [Fact]
        public void SearchTerms_are_the_terms_search_matches()
        {
            Assert.Equal(new[] { "neural", "network" }, PaperCatalog.SearchTerms("The Neural Networks"));
            Paper hit = TrendingPapers.Catalog.Search("radiance fields", 1)[0].Paper;
            Assert.Contains(PaperCatalog.SearchTerms("radiance"), t => PaperCatalog.SearchTerms(hit.Title + " " + hit.Abstract).Contains(t));
        }

        [Fact]
        public void Every_core_kind_maps_to_the_public_member_of_the_same_name()
        {
            foreach (ParsedLinkKind kind in Enum.GetValues(typeof(ParsedLinkKind)))
            {
                Assert.Equal(kind.ToString(), CoreKinds.ToPublic(kind).ToString());
            }

            foreach (DigestSeverity severity in Enum.GetValues(typeof(DigestSeverity)))
            {
                Assert.Equal(severity.ToString(), CoreKinds.ToPublic(severity).ToString());
            }

            foreach (DigestFormat format in Enum.GetValues(typeof(DigestFormat)))
            {
                Assert.Equal(format, CoreKinds.ToCore(CoreKinds.ToPublic(format)));
            }

            Assert.Equal(Enum.GetNames(typeof(LinkKind)), Enum.GetNames(typeof(ParsedLinkKind)));
            Assert.Equal(Enum.GetNames(typeof(PaperDiagnosticSeverity)), Enum.GetNames(typeof(DigestSeverity)));
            Assert.Equal(Enum.GetNames(typeof(PaperDigestFormat)), Enum.GetNames(typeof(DigestFormat)));
        }
    }
}
