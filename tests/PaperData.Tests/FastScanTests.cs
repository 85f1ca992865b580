using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Text;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>
    /// The parser's fast paths: link candidates found by an anchor scan (the regex runs only there), paragraphs split
    /// from the text by offsets, and the content hash streamed in chunks. Each must give what the plain way gives.
    /// </summary>
    public class FastScanTests
    {
        // The link pattern as it was before the anchor scan: tried at every position of the prose.
        private static readonly Regex EveryPosition = new Regex(
            @"(?<![\w@/.-])(?:(?<scheme>https?)[ \t]?:[ \t]?//|(?=(?:www\.|(?:github|gitlab)\.com/|bitbucket\.org/|huggingface\.co/|[A-Za-z0-9-]+\.github\.io\b)))[^\s<>""]*",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        [Theory]
        [InlineData("https://github.com/a/b is ours", 0, "https://github.com/a/b")]
        [InlineData("code github.com/a/b", 5, "github.com/a/b")]
        [InlineData("github.com/a/b", 0, "github.com/a/b")]
        [InlineData("x https: //github.com/a/b.", 2, "https: //github.com/a/b.")]
        [InlineData("x https\t://github.com/a/b", 2, "https\t://github.com/a/b")]
        [InlineData("\u3010https://github.com/a/b\u3011\u3002", 1, "https://github.com/a/b\u3011\u3002")]
        [InlineData("\u200Dhttps://github.com/a/b", 1, "https://github.com/a/b")]
        [InlineData("www. x", 0, "www.")]
        [InlineData("-.github.io", 0, "-.github.io")]
        public void A_link_at_the_edges_or_after_unusual_characters_is_found_where_it_starts(string prose, int start, string raw)
        {
            FoundLink found = Assert.Single(LinkExtractor.Find(prose));
            Assert.Equal(start, found.Start);
            Assert.Equal(raw, found.Raw);
        }

        [Fact]
        public void The_kelvin_sign_counts_as_k_in_a_bitbucket_host_as_the_regex_says()
        {
            // Regex ignore-case maps U+212A KELVIN SIGN to 'k'; the scan finds the host by its ASCII ".org/".
            FoundLink found = Assert.Single(LinkExtractor.Find("see bitbuc\u212Aet.org/team/repo."));
            Assert.Equal(new ParsedLink("https://bitbucket.org/team/repo", ParsedLinkKind.Repository, null, null), found.Link);
            Assert.Equal(4, found.Start);
        }

        [Fact]
        public void The_kelvin_sign_starts_a_github_io_host_name()
        {
            FoundLink found = Assert.Single(LinkExtractor.Find("\u212Alab.github.io/x"));
            Assert.Equal(new ParsedLink("https://klab.github.io/x", ParsedLinkKind.ProjectPage, "klab", null), found.Link);
        }

        [Theory]
        [InlineData("caf\u00E9.github.io")]
        [InlineData("\u00E9-lab.github.io")]
        [InlineData("_x.github.io")]
        [InlineData("a@b.github.io")]
        [InlineData("lab.github.io\u200D")]
        [InlineData("lab.github.io\u00E9")]
        [InlineData(".github.io")]
        [InlineData("x/https://github.com/a/b")]
        [InlineData("Xhttps://github.com/a/b")]
        [InlineData("\u00E9https://github.com/a/b")]
        [InlineData("p://github.com/a/b")]
        [InlineData("ttp://github.com/a/b")]
        [InlineData("http:")]
        public void A_host_glued_to_a_word_or_a_cut_scheme_is_no_link(string prose)
        {
            Assert.Empty(LinkExtractor.Find(prose));
        }

        [Fact]
        public void Links_start_and_end_where_the_pattern_tried_at_every_position_says()
        {
            // Every URL is distinct (a numbered path), so no repeat is dropped and the spans must match one for one.
            var random = new Random(20260311);
            for (int i = 0; i < 3000; i++)
            {
                string prose = RandomProse(random, i);
                var expected = EveryPosition.Matches(prose).Cast<Match>().Select(m => (m.Index, m.Value)).ToList();
                var actual = LinkExtractor.Find(prose).Select(f => (f.Start, f.Raw)).ToList();
                Assert.True(expected.SequenceEqual(actual), "prose: " + prose);
            }
        }

        [Fact]
        public void Paragraphs_map_back_to_lines_columns_and_offsets_under_every_line_ending()
        {
            // BOM, CRLF, a tab-only line, CR inside a paragraph, trailing blank lines.
            string text = "\uFEFF  Title one\r\n\t\r\n Abstract line one \rline two\n\n\n";
            List<Paragraph> paragraphs = Paragraph.Split(text);

            Assert.Equal(new[] { "Title one", "Abstract line one line two" }, paragraphs.Select(p => p.Text));
            Assert.Equal(new TextPosition(1, 3, 3), paragraphs[0].Start);
            Assert.Equal(new TextPosition(1, 12, 12), paragraphs[0].End);
            Assert.Equal(new TextPosition(3, 2, 18), paragraphs[1].Start);
            Assert.Equal(new TextPosition(4, 1, 37), paragraphs[1].PositionOf("Abstract line one ".Length));
            Assert.Equal(new TextPosition(4, 9, 45), paragraphs[1].End);
        }

        [Fact]
        public void Unicode_white_space_is_trimmed_and_blank_like_ascii_space()
        {
            List<Paragraph> paragraphs = Paragraph.Split("\u00A0a\u2028\n\u3000\u00A0\nb\u0085");
            Assert.Equal(new[] { "a", "b" }, paragraphs.Select(p => p.Text));
            Assert.Equal(new TextPosition(3, 1, 7), paragraphs[1].Start);
        }

        [Fact]
        public void The_streamed_hash_is_right_when_a_pair_or_a_line_break_straddles_any_chunk_boundary()
        {
            // Around 16384 characters, the chunk size: a surrogate pair, a CRLF and a lone high surrogate before CR.
            for (int at = 16380; at <= 16386; at++)
            {
                foreach (string middle in new[] { "\uD83D\uDE00", "\r\n", "\uD800\r", "\r\r\n" })
                {
                    string text = new string('x', at) + middle + new string('\u00E9', 20000) + "\uD83D\uDE00";
                    Assert.Equal(ReferenceLines.Hash(text), ContentHash.OfText(text));
                }
            }
        }

        [Fact]
        public void The_parser_hashes_the_text_as_its_lines()
        {
            string text = "\uFEFFMar 11\r\n\r\nA Title\r\rLong abstract \uD800 text.\r";
            Assert.Equal(ReferenceLines.Hash(text), Crafted.ParseDigest(text).ContentHash);
        }

        private static readonly string[] Before = { "", "", " ", "(", "@", "/", "-", "a", "_", ".", "\u00E9", "\u212A", "\u3010", "\u201C", "\u200D", "x." };

        private static readonly string[] Schemes =
        {
            "https://", "http://", "HTTPS://", "HtTp://", "https: //", "http :// ", "https\t://", "http:/", "htp://", "", "", "www.", "WWW.",
        };

        private static readonly string[] Hosts =
        {
            "github.com/o", "GitHub.COM/o", "gitlab.com/g", "bitbuc\u212Aet.org/t", "bitbucket.org/t", "huggingface.co/m", "name.github.io",
            "na-me.GITHUB.IO", "\u212Alab.github.io", "caf\u00E9.github.io", "lab.github.io\u200D", "example.org", "nohost", "\u4F8B\u3048.jp", "[::1]",
            "x.com/", ".co/", "www.",
        };

        private static readonly string[] After = { "", ".", ",", ")", "\u3002", "\u3011", "{url}", "?q=1#f", "\"", ">", ".git", ":", "..." };

        private static readonly string[] Between = { " ", "\n", ". ", ": ", " and ", " e.g. ", "\t" };

        private static string RandomProse(Random random, int index)
        {
            var prose = new StringBuilder();
            int links = random.Next(1, 6);
            for (int k = 0; k < links; k++)
            {
                prose.Append(Pick(random, Between))
                    .Append(Pick(random, Before))
                    .Append(Pick(random, Schemes))
                    .Append(Pick(random, Hosts))
                    .Append("/p").Append(index).Append('-').Append(k)
                    .Append(Pick(random, After));
            }

            return prose.Append(Pick(random, Between)).ToString();
        }

        private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
    }
}
