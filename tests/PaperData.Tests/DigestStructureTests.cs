using System.Linq;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using Xunit;
using static PaperData.Tests.Crafted;

namespace PaperData.Tests
{
    /// <summary>Well-formed digests beyond the real one: several sections, date spellings, hard-wrapped paragraphs.</summary>
    public class DigestStructureTests
    {
        [Fact]
        public void Several_date_sections_each_date_their_own_papers_and_ranks_run_on()
        {
            string text = Lines(
                "new", "", "Subscribe", "",
                "Mar 11", "", "Paper A", "", Abstract("a"), "", "Paper B", "", Abstract("b"), "",
                "March 10", "", "Paper C", "", Abstract("c"), "",
                "Mar 9, 2025", "", "Paper D", "", Abstract("d"));
            ParsedDigest digest = ParseDigest(text);
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(
                new[]
                {
                    (1, "Paper A", new DigestDate(3, 11, null)),
                    (2, "Paper B", new DigestDate(3, 11, null)),
                    (3, "Paper C", new DigestDate(3, 10, null)),
                    (4, "Paper D", new DigestDate(3, 9, 2025)),
                },
                digest.Papers.Select(p => (p.Rank, p.Title, p.Date)));
        }

        [Theory]
        [InlineData("Mar 11", 3, 11, null)]
        [InlineData("March 11", 3, 11, null)]
        [InlineData("Mar. 11", 3, 11, null)]
        [InlineData("mar 11", 3, 11, null)]
        [InlineData("Mar 11, 2025", 3, 11, 2025)]
        [InlineData("Mar 11 2025", 3, 11, 2025)]
        [InlineData("Sept 3", 9, 3, null)]
        [InlineData("September 30", 9, 30, null)]
        [InlineData("  Jan 1  ", 1, 1, null)]
        public void Date_line_spellings(string line, int month, int day, int? year)
        {
            ParsedDigest digest = ParseDigest(Lines(line, "", "A Paper", "", Abstract("dates")));
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(new DigestDate(month, day, year), Assert.Single(digest.Papers).Date);
        }

        [Theory]
        [InlineData("Mamba 2")]
        [InlineData("Marc 11")]
        [InlineData("May 2024")]
        [InlineData("Mar 11th")]
        public void Short_lines_that_are_not_dates_are_titles(string title)
        {
            ParsedDigest digest = ParseDigest(Lines("Mar 11", "", title, "", Abstract("titles")));
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(title, Assert.Single(digest.Papers).Title);
        }

        [Fact]
        public void Hard_wrapped_title_and_abstract_are_joined_by_one_space()
        {
            string text = Lines(
                "Mar 11",
                "",
                "A Long Title That Was",
                "   Wrapped Twice  ",
                "Across Lines",
                "",
                "We study wrapped text in depth and report   ",
                "\twhat we found along the way. The results hold across many settings,",
                "  and the code is at github.com/someone/wrapped. Every number can be reproduced.");
            ParsedPaper paper = Assert.Single(ParseDigest(text).Papers);
            Assert.Equal("A Long Title That Was Wrapped Twice Across Lines", paper.Title);
            Assert.Equal(
                "We study wrapped text in depth and report what we found along the way. The results hold across many settings, "
                + "and the code is at github.com/someone/wrapped. Every number can be reproduced.",
                paper.Abstract);
            ParsedLink link = Assert.Single(paper.Links);
            Assert.Equal(new ParsedLink("https://github.com/someone/wrapped", ParsedLinkKind.Repository, "someone", "wrapped"), link);
        }

        [Fact]
        public void Blank_lines_may_hold_spaces_and_tabs_and_come_in_runs()
        {
            string text = Lines("  ", "Mar 11", " \t ", "", "", "A Paper", "\t", Abstract("blank lines"), "   ");
            ParsedDigest digest = ParseDigest(text);
            Assert.Empty(digest.Diagnostics);
            Assert.Equal("A Paper", Assert.Single(digest.Papers).Title);
        }

        [Fact]
        public void A_short_abstract_is_still_an_abstract_when_no_long_one_follows()
        {
            ParsedDigest digest = ParseDigest(Lines("Mar 11", "", "Paper A", "", "Short.", "", "Paper B", "", "Also short."));
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(new[] { ("Paper A", "Short."), ("Paper B", "Also short.") }, digest.Papers.Select(p => (p.Title, p.Abstract)));
        }

        [Fact]
        public void Known_page_chrome_is_skipped_without_a_word_in_any_case_or_spacing()
        {
            string text = Lines("NEW", "", "Get trending papers in your   email inbox!", "", "subscribe", "", "byAK and the research community",
                "", "Daily Papers", "", "Mar 11", "", "A Paper", "", Abstract("chrome"));
            ParsedDigest digest = ParseDigest(text);
            Assert.Empty(digest.Diagnostics);
            Assert.Single(digest.Papers);
        }

        [Fact]
        public void The_byline_is_chrome_whether_or_not_the_copy_kept_its_space()
        {
            string text = Lines("by AK and the research community", "", "Mar 11", "", "A Paper", "", Abstract("chrome"));
            Assert.Empty(ParseDigest(text).Diagnostics);
        }

        [Theory]
        [InlineData("Soft-NMS -- Improving Object Detection", "Soft-NMS")]
        [InlineData("Mamba \u2014 Linear-Time Sequence Modeling", "Mamba")]
        [InlineData("GPT-4: Technical Report", "GPT-4")]
        [InlineData("Llama 2: Open Foundation Models", null)]
        [InlineData("2023: A Year in Review", null)]
        [InlineData("No Separator Here", null)]
        [InlineData("Colon:Without Space", null)]
        [InlineData(": Leading Colon", null)]
        [InlineData("Istanbul: Title With Dotted I", "Istanbul")]
        public void Short_name_rules(string title, string? expected)
        {
            Assert.Equal(expected, TitleRules.ShortName(title));
        }

        [Theory]
        [InlineData("S3IM: Stochastic Structural SIMilarity", "s3im-stochastic-structural-similarity")]
        [InlineData("  --Hello,   World!!  ", "hello-world")]
        [InlineData("INDEX of Istanbul", "index-of-istanbul")]
        public void Ids_are_lowercase_ascii_slugs(string title, string expected)
        {
            Assert.Equal(expected, TitleRules.Slug(title));
        }

        [Fact]
        public void A_title_with_no_ascii_letter_gets_a_hashed_id()
        {
            string id = TitleRules.Slug("\u6DF1\u5EA6\u5B66\u4E60");
            Assert.Matches("^paper-[0-9a-f]{8}$", id);
            Assert.Equal(id, TitleRules.Slug("\u6DF1\u5EA6\u5B66\u4E60"));
            Assert.NotEqual(id, TitleRules.Slug("\u6DF1\u5EA6"));
        }

        [Fact]
        public void A_repeated_slug_gets_the_smallest_free_number()
        {
            var ids = new UniqueIds();
            Assert.Equal(
                new[] { "a", "a-2", "a-3", "a-4", "a-2-2", "b" },
                new[] { ids.For("a"), ids.For("a-2"), ids.For("a"), ids.For("a"), ids.For("a-2"), ids.For("b") });
        }

        [Fact]
        public void Colliding_slugs_get_numbered_ids_in_digest_order()
        {
            string text = Lines("Mar 11", "", "Graph Nets!", "", Abstract("one"), "", "Graph Nets?", "", Abstract("two"), "",
                "Graph Nets 2", "", Abstract("three"), "", "Graph... Nets", "", Abstract("four"));
            ParsedDigest digest = ParseDigest(text);
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(new[] { "graph-nets", "graph-nets-2", "graph-nets-2-2", "graph-nets-3" }, digest.Papers.Select(p => p.Id));
        }
    }
}
