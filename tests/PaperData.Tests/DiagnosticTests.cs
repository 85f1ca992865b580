using System.Linq;
using PaperData.Core.Parsed;
using PaperData.Core.Reading.Text;
using Xunit;
using static PaperData.Tests.Crafted;

namespace PaperData.Tests
{
    /// <summary>Every parser diagnostic PD0001-PD0009 on a crafted digest: id, severity, span, and what is kept.</summary>
    public class DiagnosticTests
    {
        private static ParsedDigest Parse(string text)
        {
            ParsedDigest digest = TextDigestParser.Parse(text);
            AssertNothingDroppedSilently(text, digest);
            return digest;
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\n\n\t\n")]
        public void PD0001_empty_text_is_an_empty_digest_at_line_1(string text)
        {
            ParsedDigest digest = Parse(text);
            Assert.Empty(digest.Papers);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0001", DigestSeverity.Warning, 1, 1, 1, 1);
        }

        [Fact]
        public void PD0001_page_chrome_alone_is_an_empty_digest()
        {
            ParsedDigest digest = Parse(Lines("new", "", "Get trending papers in your email inbox!", "", "Subscribe"));
            Assert.Empty(digest.Papers);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0001", DigestSeverity.Warning, 5, 1, 5, 1);
        }

        [Fact]
        public void PD0002_papers_without_any_date_line_are_an_error_that_counts_what_was_left_out()
        {
            string text = Lines("new", "", "A Title", "", Abstract("titles"), "", "Another Title", "", Abstract("more titles"));
            ParsedDigest digest = Parse(text);
            Assert.Empty(digest.Papers);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(d, "PD0002", DigestSeverity.Error, 3, 1, 3, 8);
            Assert.Contains("4 paragraph(s)", d.Message, System.StringComparison.Ordinal);
            AssertCovers(text, d, "A Title");
        }

        [Fact]
        public void PD0003_title_at_the_end_of_the_digest()
        {
            string text = Lines("Mar 11", "", "Kept Paper", "", Abstract("kept"), "", "Lost Title");
            ParsedDigest digest = Parse(text);
            Assert.Equal(new[] { "Kept Paper" }, digest.Papers.Select(p => p.Title));
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(d, "PD0003", DigestSeverity.Error, 7, 1, 7, 11);
            Assert.Contains("Lost Title", d.Message, System.StringComparison.Ordinal);
            AssertCovers(text, d, "Lost Title");
        }

        [Fact]
        public void PD0003_title_right_before_a_date_line()
        {
            string text = Lines("Mar 11", "", "Kept Paper", "", Abstract("kept"), "", "Lost Title", "", "Mar 10", "", "Later Paper", "", Abstract("later"));
            ParsedDigest digest = Parse(text);
            Assert.Equal(new[] { "Kept Paper", "Later Paper" }, digest.Papers.Select(p => p.Title));
            Assert.Equal(new[] { 1, 2 }, digest.Papers.Select(p => p.Rank));
            Assert.Equal(new DigestDate(3, 10, null), digest.Papers[1].Date);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0003", DigestSeverity.Error, 7, 1, 7, 11);
        }

        [Fact]
        public void PD0003_title_mid_section_followed_by_a_title_and_abstract()
        {
            string text = Lines("Mar 11", "", "Lost Title", "", "Kept Paper", "", Abstract("kept"));
            ParsedDigest digest = Parse(text);
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal("Kept Paper", paper.Title);
            Assert.Equal(Abstract("kept"), paper.Abstract);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0003", DigestSeverity.Error, 3, 1, 3, 11);
        }

        [Fact]
        public void PD0004_duplicate_title_keeps_both_papers_with_a_numbered_id()
        {
            string text = Lines("Mar 11", "", "Same Title", "", Abstract("one"), "", "same   TITLE", "", Abstract("two"));
            ParsedDigest digest = Parse(text);
            Assert.Equal(new[] { "Same Title", "same   TITLE" }, digest.Papers.Select(p => p.Title));
            Assert.Equal(new[] { "same-title", "same-title-2" }, digest.Papers.Select(p => p.Id));
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(d, "PD0004", DigestSeverity.Warning, 7, 1, 7, 13);
            Assert.Contains("line 3", d.Message, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Feb 30")]
        [InlineData("Apr 31")]
        [InlineData("June 31")]
        [InlineData("Feb 29, 2023")]
        [InlineData("Mar 0")]
        [InlineData("Mar 32")]
        [InlineData("Mar 11, 1800")]
        public void PD0005_unreadable_date_leaves_its_section_out_until_the_next_date_line(string date)
        {
            string text = Lines(date, "", "Skipped Paper", "", Abstract("skipped"), "", "Mar 11", "", "Kept Paper", "", Abstract("kept"));
            ParsedDigest digest = Parse(text);
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal(("Kept Paper", 1), (paper.Title, paper.Rank));
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(d, "PD0005", DigestSeverity.Error, 1, 1, 1, date.Length + 1);
            Assert.Contains(date, d.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void PD0005_says_how_many_paragraphs_its_section_leaves_out()
        {
            string text = Lines("Mar 11", "", "Kept", "", Abstract("kept"), "", "Feb 30", "", "One", "", Abstract("one"), "", "Two", "", Abstract("two"));
            ParsedDigest digest = Parse(text);
            Assert.Single(digest.Papers);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(d, "PD0005", DigestSeverity.Error, 7, 1, 7, 7);
            Assert.Contains("4 paragraph(s)", d.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void PD0005_with_nothing_under_it_says_so()
        {
            ParsedDigest digest = Parse(Lines("Mar 11", "", "Kept", "", Abstract("kept"), "", "Feb 31"));
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(d, "PD0005", DigestSeverity.Error, 7, 1, 7, 7);
            Assert.Contains("nothing is under it", d.Message, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Feb 29", 2, 29, null)]
        [InlineData("Feb 29, 2024", 2, 29, 2024)]
        [InlineData("Dec 31", 12, 31, null)]
        public void Real_edge_dates_are_read(string date, int month, int day, int? year)
        {
            ParsedDigest digest = Parse(Lines(date, "", "A Paper", "", Abstract("dates")));
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(new DigestDate(month, day, year), Assert.Single(digest.Papers).Date);
        }

        [Fact]
        public void PD0006_unrepairable_link_is_a_warning_and_the_abstract_stays_intact()
        {
            string summary = "Code is at https:// and nowhere else. " + Abstract("links");
            string text = Lines("Mar 11", "", "A Paper", "", summary);
            ParsedDigest digest = Parse(text);
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal(summary, paper.Abstract);
            Assert.Empty(paper.Links);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            int column = summary.IndexOf("https://", System.StringComparison.Ordinal) + 1;
            AssertDiagnostic(d, "PD0006", DigestSeverity.Warning, 5, column, 5, column + "https://".Length);
            AssertCovers(text, d, "https://");
        }

        [Fact]
        public void PD0006_column_of_a_link_on_the_second_line_of_a_wrapped_abstract()
        {
            string text = Lines(
                "Mar 11",
                "",
                "A Paper",
                "",
                "We study broken links in depth and report what we found along the way. The results hold",
                "    across many settings; the code was meant to be at https://. and is not there.",
                "  Every number in this paper can be reproduced once it is.");
            ParsedDigest digest = Parse(text);
            Assert.Single(digest.Papers);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            int column = "    across many settings; the code was meant to be at ".Length + 1;
            AssertDiagnostic(d, "PD0006", DigestSeverity.Warning, 6, column, 6, column + "https://.".Length);
            AssertCovers(text, d, "https://.");
        }

        [Fact]
        public void PD0002_a_paper_before_the_first_date_line_is_an_error_not_a_preamble_warning()
        {
            string text = Lines("new", "", "Undated Paper", "", Abstract("undated"), "", "Mar 11", "", "Dated Paper", "", Abstract("dated"));
            ParsedDigest digest = Parse(text);
            Assert.Equal("Dated Paper", Assert.Single(digest.Papers).Title);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(d, "PD0002", DigestSeverity.Error, 3, 1, 5, Abstract("undated").Length + 1);
            Assert.Contains("Undated Paper", d.Message, System.StringComparison.Ordinal);
            AssertCovers(text, d, "Undated Paper\n\n" + Abstract("undated"));
        }

        [Fact]
        public void PD0002_an_abstract_alone_before_the_first_date_line_is_an_error()
        {
            string text = Lines(Abstract("undated"), "", "Mar 11", "", "Dated Paper", "", Abstract("dated"));
            ParsedDigest digest = Parse(text);
            Assert.Single(digest.Papers);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0002", DigestSeverity.Error, 1, 1, 1, Abstract("undated").Length + 1);
        }

        [Fact]
        public void PD0007_unknown_text_before_the_first_date_line_is_a_warning_per_paragraph()
        {
            string text = Lines("new", "", "Some stray text", "", "Subscribe", "", "More stray", "text", "", "Mar 11", "", "A Paper", "", Abstract("preamble"));
            ParsedDigest digest = Parse(text);
            Assert.Single(digest.Papers);
            Assert.Equal(2, digest.Diagnostics.Count);
            AssertDiagnostic(digest.Diagnostics[0], "PD0007", DigestSeverity.Warning, 3, 1, 3, 16);
            AssertDiagnostic(digest.Diagnostics[1], "PD0007", DigestSeverity.Warning, 7, 1, 8, 5);
            AssertCovers(text, digest.Diagnostics[1], "More stray\ntext");
        }

        [Fact]
        public void PD0008_date_line_followed_by_another_date_line()
        {
            string text = Lines("Mar 12", "", "Mar 11", "", "A Paper", "", Abstract("sections"));
            ParsedDigest digest = Parse(text);
            Assert.Equal(new DigestDate(3, 11, null), Assert.Single(digest.Papers).Date);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0008", DigestSeverity.Warning, 1, 1, 1, 7);
        }

        [Fact]
        public void PD0008_date_line_at_the_end()
        {
            string text = Lines("Mar 11", "", "A Paper", "", Abstract("sections"), "", "Mar 10", "");
            ParsedDigest digest = Parse(text);
            Assert.Single(digest.Papers);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0008", DigestSeverity.Warning, 7, 1, 7, 7);
        }

        [Fact]
        public void PD0008_and_PD0001_for_a_lone_date_line()
        {
            ParsedDigest digest = Parse("Mar 11");
            Assert.Empty(digest.Papers);
            Assert.Equal(new[] { "PD0008", "PD0001" }, digest.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public void PD0008_for_a_section_whose_only_paragraph_is_a_lost_title_comes_before_the_PD0003()
        {
            string text = Lines("Mar 11", "", "Lost Title", "", "Mar 10", "", "A Paper", "", Abstract("order"));
            ParsedDigest digest = Parse(text);
            Assert.Single(digest.Papers);
            Assert.Equal(2, digest.Diagnostics.Count);
            AssertDiagnostic(digest.Diagnostics[0], "PD0008", DigestSeverity.Warning, 1, 1, 1, 7);
            AssertDiagnostic(digest.Diagnostics[1], "PD0003", DigestSeverity.Error, 3, 1, 3, 11);
        }

        [Fact]
        public void PD0009_abstract_without_a_title()
        {
            string text = Lines("Mar 11", "", Abstract("orphans"), "", "A Paper", "", Abstract("papers"));
            ParsedDigest digest = Parse(text);
            Assert.Equal("A Paper", Assert.Single(digest.Papers).Title);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0009", DigestSeverity.Error, 3, 1, 3, Abstract("orphans").Length + 1);
        }

        [Fact]
        public void PD0009_second_abstract_after_a_paper()
        {
            string text = Lines("Mar 11", "", "A Paper", "", Abstract("papers"), "", Abstract("a second abstract"));
            ParsedDigest digest = Parse(text);
            Assert.Single(digest.Papers);
            AssertDiagnostic(Assert.Single(digest.Diagnostics), "PD0009", DigestSeverity.Error, 7, 1, 7, Abstract("a second abstract").Length + 1);
        }

        [Fact]
        public void Every_problem_at_once_is_reported_in_text_order()
        {
            string text = Lines(
                "Stray preamble",        // 1  PD0007
                "",
                "Mar 12",                // 3  PD0008
                "",
                "Mar 11",                // 5
                "",
                Abstract("orphans"),     // 7  PD0009
                "",
                "Paper One",             // 9
                "",
                Abstract("one"),         // 11
                "",
                "Lost Title",            // 13 PD0003
                "",
                "Apr 31",                // 15 PD0005
                "",
                "Skipped",               // 17
                "",
                Abstract("skipped"),     // 19
                "",
                "Mar 10",                // 21
                "",
                "paper one",             // 23 PD0004
                "",
                "Broken https:// link. " + Abstract("two")); // 25 PD0006
            ParsedDigest digest = Parse(text);
            Assert.Equal(new[] { "paper-one", "paper-one-2" }, digest.Papers.Select(p => p.Id));
            Assert.Equal(
                new[] { ("PD0007", 1), ("PD0008", 3), ("PD0009", 7), ("PD0003", 13), ("PD0005", 15), ("PD0004", 23), ("PD0006", 25) },
                digest.Diagnostics.Select(d => (d.Id, d.Line)));
        }
    }
}
