using System.Linq;
using PaperData.Core.Parsed;
using Xunit;
using static PaperData.Tests.Crafted;

namespace PaperData.Tests
{
    /// <summary>
    /// Titles and abstracts are paired over the whole date section: as written wherever they alternate, whatever they
    /// look like; one error exactly where a paragraph is missing; glued pairs and close calls reported, never silent.
    /// </summary>
    public class SectionPairingTests
    {
        private static void AssertPapers(ParsedDigest digest, params (string Title, string Abstract)[] expected) =>
            Assert.Equal(expected, digest.Papers.Select(p => (p.Title, p.Abstract)));

        private static string Digest(params string[] paragraphs) => Lines(new[] { "Mar 11" }.Concat(paragraphs).SelectMany(p => new[] { "", p }).ToArray());

        [Fact]
        public void Three_word_abstracts_pair_as_written()
        {
            ParsedDigest digest = ParseDigest(Digest("Sparse Attention", "It works well.", "Dense Retrieval", "Fast and robust.", "Graph Fields", "We try graphs."));
            AssertPapers(digest, ("Sparse Attention", "It works well."), ("Dense Retrieval", "Fast and robust."), ("Graph Fields", "We try graphs."));
            Assert.Empty(digest.Diagnostics);
        }

        [Fact]
        public void The_issue_fixture_short_abstracts_and_one_long_title_pairs_as_written()
        {
            string longTitle = string.Join(" ", Enumerable.Repeat("Scaling Sparse Mixture Models", 20));
            ParsedDigest digest = ParseDigest(Digest("Tests Matter", "A short abstract.", longTitle, "We argue that tests matter.", "Third Paper", "Short again."));
            AssertPapers(digest, ("Tests Matter", "A short abstract."), (longTitle, "We argue that tests matter."), ("Third Paper", "Short again."));
            Assert.Empty(digest.Diagnostics);
        }

        [Fact]
        public void A_3000_character_title_pairs_with_its_abstract()
        {
            string title = string.Concat(Enumerable.Repeat("Attention Is All You Need Again ", 100)).Trim();
            Assert.True(title.Length >= 3000);
            ParsedDigest digest = ParseDigest(Digest(title, "Tiny.", "Second Paper", Abstract("the second")));
            AssertPapers(digest, (title, "Tiny."), ("Second Paper", Abstract("the second")));
            Assert.Empty(digest.Diagnostics);
        }

        [Fact]
        public void Emoji_only_titles_and_titles_ending_in_a_full_stop_pair_as_written()
        {
            ParsedDigest digest = ParseDigest(Digest("\U0001F600\U0001F9EA", Abstract("emoji"), "Yes, We Can.", Abstract("full stops"), "\U0001F680", "Short."));
            AssertPapers(digest, ("\U0001F600\U0001F9EA", Abstract("emoji")), ("Yes, We Can.", Abstract("full stops")), ("\U0001F680", "Short."));
            Assert.Empty(digest.Diagnostics);
        }

        [Fact]
        public void A_missing_abstract_among_short_ones_is_one_error_at_its_title()
        {
            // The issue's variant: the abstract of line 7 is missing; reading on in pairs would blame line 11.
            string text = Lines("Mar 11", "", "Tests Matter", "", "A short abstract.", "", "Lost Title", "", "Another Paper", "", "We argue that tests matter.");
            ParsedDigest digest = ParseDigest(text);
            AssertPapers(digest, ("Tests Matter", "A short abstract."), ("Another Paper", "We argue that tests matter."));
            DigestDiagnostic error = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(error, "PD0003", DigestSeverity.Error, 7, 1, 7, "Lost Title".Length + 1);
        }

        [Fact]
        public void Deleting_any_one_abstract_of_the_real_digest_costs_exactly_one_error_at_its_title()
        {
            string real = TestData.RealDigest;
            ParsedDigest original = ParseDigest(real);
            string[] lines = real.Replace("\r\n", "\n").Split('\n');
            foreach (ParsedPaper lost in original.Papers)
            {
                // Drop the abstract's one line.
                int abstractLine = AbstractLine(lines, lost);
                Assert.Equal(lost.Abstract, lines[abstractLine - 1].Trim());
                string damaged = string.Join("\n", lines.Where((_, i) => i != abstractLine - 1));

                ParsedDigest digest = ParseDigest(damaged);
                DigestDiagnostic error = Assert.Single(digest.Diagnostics, d => d.Severity == DigestSeverity.Error);
                Assert.Equal(("PD0003", lost.TitleLine), (error.Id, error.Line));
                Assert.DoesNotContain(digest.Diagnostics, d => d.Id == "PD0017");
                var expected = original.Papers.Where(p => p != lost).Select(p => (p.Title, p.Abstract, p.Date)).ToArray();
                Assert.Equal(expected, digest.Papers.Select(p => (p.Title, p.Abstract, p.Date)));
            }
        }

        [Fact]
        public void Deleting_any_one_title_of_the_real_digest_costs_exactly_one_error_at_its_abstract()
        {
            string real = TestData.RealDigest;
            ParsedDigest original = ParseDigest(real);
            string[] lines = real.Replace("\r\n", "\n").Split('\n');
            foreach (ParsedPaper lost in original.Papers)
            {
                int abstractLine = AbstractLine(lines, lost);
                string damaged = string.Join("\n", lines.Select((line, i) => i == lost.TitleLine - 1 ? string.Empty : line));

                ParsedDigest digest = ParseDigest(damaged);
                DigestDiagnostic error = Assert.Single(digest.Diagnostics, d => d.Severity == DigestSeverity.Error);
                Assert.Equal(("PD0009", abstractLine), (error.Id, error.Line));
                var expected = original.Papers.Where(p => p != lost).Select(p => (p.Title, p.Abstract, p.Date)).ToArray();
                Assert.Equal(expected, digest.Papers.Select(p => (p.Title, p.Abstract, p.Date)));
            }
        }

        [Fact]
        public void A_title_glued_to_its_abstract_is_split_and_warned_with_the_fix()
        {
            string text = Lines("Mar 11", "", "First Paper", "", Abstract("first"), "", "Glued Paper", "Its abstract follows on the next line.", "", "Third Paper", "", Abstract("third"));
            ParsedDigest digest = ParseDigest(text);
            AssertPapers(digest, ("First Paper", Abstract("first")), ("Glued Paper", "Its abstract follows on the next line."), ("Third Paper", Abstract("third")));
            DigestDiagnostic warning = Assert.Single(digest.Diagnostics);
            AssertDiagnostic(warning, "PD0016", DigestSeverity.Warning, 7, 1, 7, "Glued Paper".Length + 1);
            Assert.Contains("put a blank line between title and abstract", warning.Message, System.StringComparison.Ordinal);
            Assert.Equal(7, digest.Papers[1].TitleLine);
        }

        [Fact]
        public void A_glued_pair_that_cannot_be_split_safely_is_an_error_at_its_line_with_the_fix()
        {
            // The first line ends in a comma: it may be a wrapped sentence, so nothing is guessed.
            string text = Lines("Mar 11", "", "First Paper", "", Abstract("first"), "", "Sparse models, dense results,", "We show both at once. " + Abstract("glue"), "", "Third Paper", "", Abstract("third"));
            ParsedDigest digest = ParseDigest(text);
            AssertPapers(digest, ("First Paper", Abstract("first")), ("Third Paper", Abstract("third")));
            DigestDiagnostic error = Assert.Single(digest.Diagnostics);
            Assert.Equal(("PD0009", DigestSeverity.Error, 7), (error.Id, error.Severity, error.Line));
            Assert.Contains("put a blank line between title and abstract", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_date_line_run_into_an_abstract_is_not_taken_for_a_glued_title()
        {
            string text = Lines("Mar 11", "", "First Paper", "", Abstract("first"), "", "Sep 17", "We study dates. They run into text.", "", "Third Paper", "", Abstract("third"));
            ParsedDigest digest = ParseDigest(text);
            Assert.DoesNotContain(digest.Papers, p => p.Title == "Sep 17");
            Assert.DoesNotContain(digest.Diagnostics, d => d.Id == "PD0016");
            Assert.Contains(digest.Diagnostics, d => d.Severity == DigestSeverity.Error && d.Line == 7);
        }

        [Fact]
        public void A_hard_wrapped_abstract_is_never_split()
        {
            string text = Lines("Mar 11", "", "Wrapped Paper", "", "We study wrapped abstracts in depth and report", "what we found. The results hold across many settings.");
            ParsedDigest digest = ParseDigest(text);
            AssertPapers(digest, ("Wrapped Paper", "We study wrapped abstracts in depth and report what we found. The results hold across many settings."));
            Assert.Empty(digest.Diagnostics);
        }

        [Fact]
        public void When_two_readings_are_close_the_alternation_is_kept_and_the_first_ambiguous_paragraph_warned()
        {
            // Five look-alike paragraphs: any one of them could be the lost one.
            string text = Lines("Mar 11", "", "Alpha Models", "", "Beta Models", "", "Gamma Models", "", "Delta Models", "", "Epsilon Models");
            ParsedDigest digest = ParseDigest(text);
            AssertPapers(digest, ("Alpha Models", "Beta Models"), ("Gamma Models", "Delta Models"));
            DigestDiagnostic warning = Assert.Single(digest.Diagnostics, d => d.Id == "PD0017");
            Assert.Equal((DigestSeverity.Warning, 5), (warning.Severity, warning.Line));
            DigestDiagnostic error = Assert.Single(digest.Diagnostics, d => d.Severity == DigestSeverity.Error);
            Assert.Equal(("PD0003", 11), (error.Id, error.Line));
        }

        [Fact]
        public void Sections_are_paired_separately()
        {
            string text = Lines("Mar 11", "", "Lost Title", "", "Mar 12", "", "Kept Paper", "", "Kept.");
            ParsedDigest digest = ParseDigest(text);
            AssertPapers(digest, ("Kept Paper", "Kept."));
            Assert.Equal(new[] { ("PD0003", 3), ("PD0008", 1) }, digest.Diagnostics.Select(d => (d.Id, d.Line)).OrderBy(x => x.Id));
        }

        // The 1-based line of a paper's abstract in the real digest: the paragraph after its title's blank line(s).
        private static int AbstractLine(string[] lines, ParsedPaper paper)
        {
            int line = paper.TitleLine + 1;
            while (lines[line - 1].Trim().Length == 0) line++;
            return line;
        }
    }
}
