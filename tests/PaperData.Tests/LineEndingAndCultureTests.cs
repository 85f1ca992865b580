using System;
using System.Globalization;
using System.Linq;
using PaperData.Core.Parsed;
using Xunit;
using static PaperData.Tests.Crafted;

namespace PaperData.Tests
{
    /// <summary>
    /// The same digest parses to the same result under LF, CRLF and CR, with and without a UTF-8 byte-order mark,
    /// and under any current culture (issue D item 3).
    /// </summary>
    public class LineEndingAndCultureTests
    {
        // A digest with a problem of every kind that has a position, a wrapped paragraph and a link on its second line.
        private static readonly string Flawed = Lines(
            "new", "", "Stray text", "", "Mar 12", "", "Mar 11", "",
            "IMAGE Inpainting in Istanbul", "", Abstract("image inpainting"), "",
            "Wrapped Paper", "", "We study wrapping in depth and report what we found along the way.",
            "  The code is at https://. and also at github.com/Owner/Repo. Every number can be reproduced.", "",
            "image inpainting in ISTANBUL", "", Abstract("duplicates"), "",
            "Lost Title", "", "Feb 30", "", "Skipped", "", Abstract("skipped"));

        public static TheoryData<string> LineBreaks => new TheoryData<string> { "\r\n", "\r" };

        public static TheoryData<string> Cultures => new TheoryData<string> { "tr-TR", "fi-FI", "ar-SA", "he-IL" };

        [Theory]
        [MemberData(nameof(LineBreaks))]
        public void Real_digest_parses_the_same_under_every_line_ending_with_and_without_BOM(string lineBreak)
        {
            AssertSameParse(TestData.RealDigest, lineBreak);
        }

        [Theory]
        [MemberData(nameof(LineBreaks))]
        public void Flawed_digest_gives_the_same_diagnostics_at_the_same_lines_and_columns(string lineBreak)
        {
            ParsedDigest reference = ParseDigest(Flawed);
            Assert.Equal(
                new[] { "PD0007", "PD0008", "PD0006", "PD0004", "PD0003", "PD0005" },
                reference.Diagnostics.Select(d => d.Id));
            AssertSameParse(Flawed, lineBreak);
        }

        [Fact]
        public void A_BOM_alone_changes_nothing_but_offsets()
        {
            AssertSameParse(Flawed, "\n");
        }

        [Fact]
        public void Mixed_line_endings_in_one_digest_count_lines_the_same()
        {
            string mixed = Flawed.Replace("\n", "\r\n");
            int third = mixed.IndexOf("\r\n", mixed.IndexOf("Mar 12", StringComparison.Ordinal), StringComparison.Ordinal);
            mixed = mixed.Substring(0, third) + "\r" + mixed.Substring(third + 2);
            AssertEquivalent(ParseDigest(Flawed), ParseDigest(mixed), mixed);
        }

        [Theory]
        [MemberData(nameof(Cultures))]
        public void Parsing_is_the_same_in_every_culture(string culture)
        {
            ParsedDigest invariantReal = InCulture(CultureInfo.InvariantCulture.Name, () => ParseDigest(TestData.RealDigest));
            ParsedDigest invariantFlawed = InCulture(CultureInfo.InvariantCulture.Name, () => ParseDigest(Flawed));
            Assert.Equal(invariantReal, InCulture(culture, () => ParseDigest(TestData.RealDigest)));
            Assert.Equal(invariantFlawed, InCulture(culture, () => ParseDigest(Flawed)));
        }

        [Fact]
        public void Titles_with_dotted_and_dotless_I_get_the_same_ids_and_duplicate_check_in_Turkish()
        {
            ParsedDigest digest = InCulture("tr-TR", () =>
            {
                // Guard: the culture really is Turkish here, so the test means something.
                Assert.Equal("\u0131", "I".ToLower(CultureInfo.CurrentCulture));
                return ParseDigest(Flawed);
            });
            Assert.Equal("image-inpainting-in-istanbul", digest.Papers[0].Id);
            Assert.Equal("image-inpainting-in-istanbul-2", digest.Papers[2].Id);
            Assert.Contains(digest.Diagnostics, d => d.Id == "PD0004" && d.Line == 18);
        }

        [Theory]
        [MemberData(nameof(Cultures))]
        public void Runtime_queries_are_the_same_in_every_culture(string culture)
        {
            (string?, string[], int, string, string) Query()
            {
                PaperCatalog catalog = PaperCatalog.Parse(Flawed);
                return (
                    catalog.Find("IMAGE INPAINTING IN ISTANBUL")?.Id,
                    catalog.Search("ISTANBUL inpainting").Select(h => h.Paper.Id).ToArray(),
                    catalog.Mentioning("istanbul").Count,
                    catalog.Papers[0].Date.ToString(),
                    catalog.Diagnostics[0].ToString());
            }

            var expected = InCulture(CultureInfo.InvariantCulture.Name, Query);
            Assert.Equal("image-inpainting-in-istanbul", expected.Item1);
            Assert.Equal(new[] { "image-inpainting-in-istanbul", "image-inpainting-in-istanbul-2" }, expected.Item2);
            Assert.Equal(2, expected.Item3);
            Assert.Equal("Mar 11", expected.Item4);
            var actual = InCulture(culture, Query);
            Assert.Equal(expected.Item1, actual.Item1);
            Assert.Equal(expected.Item2, actual.Item2);
            Assert.Equal(expected.Item3, actual.Item3);
            Assert.Equal(expected.Item4, actual.Item4);
            Assert.Equal(expected.Item5, actual.Item5);
        }

        private static void AssertSameParse(string text, string lineBreak)
        {
            ParsedDigest reference = ParseDigest(text);
            string converted = text.Replace("\r\n", "\n").Replace("\n", lineBreak);
            AssertEquivalent(reference, ParseDigest(converted), converted);
            string withBom = "\uFEFF" + converted;
            AssertEquivalent(reference, ParseDigest(withBom), withBom);
            Assert.Equal(ParseDigest(converted + lineBreak).Papers, reference.Papers);
        }

        // Equal papers, content hash and diagnostics; only offsets and lengths (into the text as given) differ, and
        // those must still cover the same text once line breaks are normalised.
        private static void AssertEquivalent(ParsedDigest expected, ParsedDigest actual, string actualText)
        {
            Assert.Equal(expected.Papers, actual.Papers);
            Assert.Equal(expected.ContentHash, actual.ContentHash);
            Assert.Equal(
                expected.Diagnostics.Select(d => (d.Id, d.Severity, d.Message, d.Line, d.Column, d.EndLine, d.EndColumn)),
                actual.Diagnostics.Select(d => (d.Id, d.Severity, d.Message, d.Line, d.Column, d.EndLine, d.EndColumn)));
            foreach (DigestDiagnostic d in actual.Diagnostics)
            {
                string covered = actualText.Substring(d.Offset, d.Length).Replace("\r\n", "\n").Replace('\r', '\n');
                Assert.DoesNotContain('\uFEFF', covered);
                Assert.Equal(covered.Length, expected.Diagnostics.Single(e => e.Line == d.Line && e.Column == d.Column && e.Id == d.Id).Length);
            }
        }

        private static T InCulture<T>(string name, Func<T> action)
        {
            CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                return action();
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
            }
        }
    }
}
