using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PaperData.Core.Parsed;
using Xunit;
using static PaperData.Tests.Crafted;

namespace PaperData.Tests
{
    /// <summary>
    /// Inputs no digest should hold but a file might: binary, NUL, enormous runs. The parser must answer each with
    /// papers or diagnostics, never an exception. The sizes are chosen so that a quadratic step would take minutes
    /// (and time out CI) while the linear parser takes milliseconds; nothing here measures time itself.
    /// </summary>
    public class HostileInputTests
    {
        [Fact]
        public void Text_with_NUL_and_control_characters_parses_without_throwing()
        {
            string text = Lines("\0\0\0", "", "Mar 11", "", "Title\0With NUL", "", "\u0001\u0002 " + Abstract("binary") + "\0");
            ParsedDigest digest = ParseDigest(text);
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal("Title\0With NUL", paper.Title);
            Assert.Equal("PD0007", Assert.Single(digest.Diagnostics).Id);
        }

        [Fact]
        public void Random_bytes_read_as_text_parse_without_throwing()
        {
            var random = new Random(20240311);
            for (int round = 0; round < 50; round++)
            {
                byte[] bytes = new byte[4096];
                random.NextBytes(bytes);
                string text = round % 2 == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
                ParsedDigest digest = ParseDigest(text);
                Assert.True(digest.Papers.Count > 0 || digest.Diagnostics.Count > 0);
                PaperCatalog catalog = PaperCatalog.Parse(text);
                Assert.Equal(digest.Papers.Count, catalog.Count);
            }
        }

        [Fact]
        public void Lone_surrogates_and_bidi_controls_stay_in_the_text_exactly()
        {
            string title = "Evil \u202Etitle\u202C with \uD800 lone surrogate";
            ParsedPaper paper = Assert.Single(ParseDigest(Lines("Mar 11", "", title, "", Abstract("bidi"))).Papers);
            Assert.Equal(title, paper.Title);
        }

        [Theory]
        [InlineData(')')]
        [InlineData('.')]
        [InlineData(']')]
        public void A_link_with_a_huge_run_of_trailing_punctuation_is_trimmed(char trailing)
        {
            string summary = "Code at https://example.org/x" + new string(trailing, 200_000) + " " + Abstract("runs");
            ParsedPaper paper = Assert.Single(ParseDigest(Lines("Mar 11", "", "A Paper", "", summary)).Papers);
            Assert.Equal("https://example.org/x", Assert.Single(paper.Links).Url);
        }

        [Fact]
        public void A_huge_wrapped_paragraph_with_a_broken_link_on_every_line_maps_every_column()
        {
            const int lines = 20_000;
            var text = new StringBuilder("Mar 11\n\nA Paper\n\n");
            for (int i = 0; i < lines; i++) text.Append("  line ").Append(i).Append(" https:// broken.\n");
            ParsedDigest digest = ParseDigest(text.ToString());
            Assert.Single(digest.Papers);
            Assert.Equal(lines, digest.Diagnostics.Count);
            Assert.All(digest.Diagnostics.Select((d, i) => (d, i)), x =>
            {
                Assert.Equal(("PD0006", 5 + x.i), (x.d.Id, x.d.Line));
                Assert.Equal(("  line " + x.i + " ").Length + 1, x.d.Column);
            });
        }

        [Fact]
        public void Thousands_of_duplicate_titles_keep_every_paper_with_unique_ids()
        {
            const int papers = 20_000;
            var text = new StringBuilder("Mar 11\n");
            for (int i = 0; i < papers; i++) text.Append("\nSame Title\n\nShort abstract.\n");
            ParsedDigest digest = ParseDigest(text.ToString());
            Assert.Equal(papers, digest.Papers.Count);
            Assert.Equal(papers - 1, digest.Diagnostics.Count(d => d.Id == "PD0004"));
            Assert.Equal(papers, digest.Papers.Select(p => p.Id).Distinct().Count());
            Assert.Equal("same-title-" + papers, digest.Papers[papers - 1].Id);
        }

        [Fact]
        public void A_megabyte_broken_link_gives_a_short_diagnostic_spanning_all_of_it()
        {
            string link = "https://" + new string('x', 1_000_000);
            ParsedDigest digest = ParseDigest(Lines("Mar 11", "", "A Paper", "", "See " + link + " now."));
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            Assert.Equal(("PD0006", 5, 5, link.Length), (d.Id, d.Line, d.Column, d.Length));
            Assert.True(d.Message.Length < 200, d.Message.Length.ToString(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_megabyte_line_without_spaces_is_one_paragraph()
        {
            string blob = new string('x', 1_000_000);
            ParsedDigest digest = ParseDigest(Lines("Mar 11", "", "A Paper", "", blob));
            Assert.Equal(blob, Assert.Single(digest.Papers).Abstract);
        }

        [Fact]
        public void A_megabyte_of_bare_github_io_words_is_scanned_once()
        {
            string words = string.Concat(Enumerable.Repeat("name-name-name-name.github.iox ", 30_000));
            ParsedDigest digest = ParseDigest(Lines("Mar 11", "", "A Paper", "", words));
            Assert.Empty(Assert.Single(digest.Papers).Links);
        }
    }
}
