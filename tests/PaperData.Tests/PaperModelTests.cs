using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>Value semantics of Paper, CodeLink and PaperDate.</summary>
    public class PaperModelTests
    {
        private static readonly PaperDate Mar11 = new PaperDate(3, 11);

        private static Paper Make(params CodeLink[] links) =>
            new Paper(7, "s3im", "S3IM: Title", "S3IM", "Abstract.", Mar11, links);

        [Fact]
        public void Papers_from_two_parses_are_equal_values_but_different_objects()
        {
            var first = PaperCatalog.Parse(TestData.RealDigest).Papers;
            var second = PaperCatalog.Parse(TestData.RealDigest).Papers;
            Assert.All(first.Zip(second), pair =>
            {
                Assert.NotSame(pair.First, pair.Second);
                Assert.Equal(pair.First, pair.Second);
                Assert.Equal(pair.First.GetHashCode(), pair.Second.GetHashCode());
                Assert.True(pair.First.Equals((object)pair.Second));
            });
        }

        [Fact]
        public void Equality_covers_the_links()
        {
            var github = new CodeLink("https://github.com/a/b", LinkKind.Repository, "a", "b");
            Assert.Equal(Make(github), Make(new CodeLink("https://github.com/a/b", LinkKind.Repository, "a", "b")));
            Assert.NotEqual(Make(github), Make());
            Assert.NotEqual(Make(github), Make(new CodeLink("https://github.com/a/c", LinkKind.Repository, "a", "c")));
            Assert.NotEqual(Make(github), Make(new CodeLink("https://github.com/a/b", LinkKind.Other, "a", "b")));
            Assert.NotEqual(Make(github), Make(github, github));
        }

        [Fact]
        public void Equality_covers_every_field()
        {
            Paper paper = Make();
            Assert.NotEqual(paper, new Paper(8, "s3im", "S3IM: Title", "S3IM", "Abstract.", Mar11));
            Assert.NotEqual(paper, new Paper(7, "other", "S3IM: Title", "S3IM", "Abstract.", Mar11));
            Assert.NotEqual(paper, new Paper(7, "s3im", "S3IM: Other", "S3IM", "Abstract.", Mar11));
            Assert.NotEqual(paper, new Paper(7, "s3im", "S3IM: Title", null, "Abstract.", Mar11));
            Assert.NotEqual(paper, new Paper(7, "s3im", "S3IM: Title", "S3IM", "Other.", Mar11));
            Assert.NotEqual(paper, new Paper(7, "s3im", "S3IM: Title", "S3IM", "Abstract.", new PaperDate(3, 11, 2025)));
            Assert.False(paper.Equals(null));
        }

        [Fact]
        public void Links_are_copied_and_read_only()
        {
            var links = new[] { new CodeLink("https://github.com/a/b", LinkKind.Repository, "a", "b") };
            Paper paper = Make(links);
            links[0] = new CodeLink("https://example.org", LinkKind.Other);
            Assert.Equal("https://github.com/a/b", paper.Links[0].Url.OriginalString);
            Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<CodeLink>)paper.Links)[0] = links[0]);
        }

        [Fact]
        public void Null_papers_links_or_diagnostics_are_rejected_where_they_come_in()
        {
            Assert.Equal("links", Assert.Throws<ArgumentException>(() => Make(new CodeLink[] { null! })).ParamName);
            Assert.Equal("papers", Assert.Throws<ArgumentException>(() => new PaperCatalog(new Paper[] { Make(), null! })).ParamName);
            Assert.Equal("diagnostics", Assert.Throws<ArgumentException>(() => new PaperCatalog(new[] { Make() }, new PaperDiagnostic[] { null! })).ParamName);
            Assert.Throws<ArgumentNullException>(() => new PaperCatalog(null!));
        }

        [Fact]
        public void CodeLink_exposes_host_and_display_name()
        {
            var repo = new CodeLink("https://github.com/automl/TabPFN", LinkKind.Repository, "automl", "TabPFN");
            Assert.Equal("github.com", repo.Host);
            Assert.Equal("automl/TabPFN", repo.DisplayName);
            Assert.Equal("https://github.com/automl/TabPFN", repo.ToString());
            var page = new CodeLink("https://negtome.github.io", LinkKind.ProjectPage, "negtome");
            Assert.Equal("https://negtome.github.io", page.DisplayName);
            Assert.Throws<UriFormatException>(() => new CodeLink("github.com/a/b", LinkKind.Repository));
        }

        [Fact]
        public void Paper_display_name_and_ToString()
        {
            Assert.Equal("S3IM", Make().DisplayName);
            Paper untitled = new Paper(12, "x", "A Long Title", null, "A.", Mar11);
            Assert.Equal("A Long Title", untitled.DisplayName);
            Assert.Equal("12. A Long Title", untitled.ToString());
        }

        [Theory]
        [InlineData(3, 11, null, "Mar 11")]
        [InlineData(1, 1, null, "Jan 1")]
        [InlineData(12, 31, 2025, "Dec 31, 2025")]
        [InlineData(9, 3, 1999, "Sep 3, 1999")]
        public void PaperDate_ToString_is_the_digest_spelling_in_every_culture(int month, int day, int? year, string expected)
        {
            var date = new PaperDate(month, day, year);
            foreach (string culture in new[] { "", "tr-TR", "fi-FI", "ar-SA", "he-IL", "th-TH" })
            {
                CultureInfo saved = CultureInfo.CurrentCulture;
                try
                {
                    CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                    Assert.Equal(expected, date.ToString());
                }
                finally
                {
                    CultureInfo.CurrentCulture = saved;
                }
            }
        }

        [Fact]
        public void PaperDate_orders_by_year_unknown_first_then_month_then_day()
        {
            var dates = new[]
            {
                new PaperDate(3, 11, 2025), new PaperDate(3, 10), new PaperDate(1, 5, 2025), new PaperDate(12, 1),
                new PaperDate(3, 11), new PaperDate(2, 28, 2024),
            };
            var sorted = dates.OrderBy(d => d).Select(d => d.ToString());
            Assert.Equal(new[] { "Mar 10", "Mar 11", "Dec 1", "Feb 28, 2024", "Jan 5, 2025", "Mar 11, 2025" }, sorted);
            Assert.Equal(0, new PaperDate(3, 11).CompareTo(new PaperDate(3, 11)));
        }

        [Fact]
        public void PaperDate_equality_includes_the_year()
        {
            Assert.Equal(new PaperDate(3, 11), new PaperDate(3, 11));
            Assert.True(new PaperDate(3, 11) == new PaperDate(3, 11));
            Assert.True(new PaperDate(3, 11) != new PaperDate(3, 11, 2025));
            Assert.Equal(new PaperDate(3, 11, 2025).GetHashCode(), new PaperDate(3, 11, 2025).GetHashCode());
        }

        [Theory]
        [InlineData(0, 1)]
        [InlineData(13, 1)]
        [InlineData(3, 0)]
        [InlineData(3, 32)]
        public void PaperDate_rejects_impossible_month_or_day(int month, int day)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new PaperDate(month, day));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(10000)]
        public void PaperDate_rejects_a_year_that_would_order_like_no_year(int year)
        {
            Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => new PaperDate(3, 11, year)).ParamName);
        }

        [Fact]
        public void Default_PaperDate_prints_empty()
        {
            Assert.Equal(string.Empty, default(PaperDate).ToString());
        }

        [Fact]
        public void Diagnostic_prints_in_MSBuild_form()
        {
            PaperCatalog catalog = PaperCatalog.Parse("Mar 11\n\nKept\n\nShort.\n\nLost Title", "digests/x.txt");
            PaperDiagnostic d = Assert.Single(catalog.Diagnostics);
            Assert.True(catalog.HasErrors);
            Assert.Equal("digests/x.txt(7,1): error PD0003: " + d.Message, d.ToString());
            Assert.Equal((7, 1, 7, 11), (d.Line, d.Column, d.EndLine, d.EndColumn));
        }
    }
}
