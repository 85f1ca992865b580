using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace PaperData.PropertyTests
{
    /// <summary>Properties of the parser alone, through the public <see cref="PaperCatalog.Parse(string)"/>.</summary>
    public class ParseProperties
    {
        private static readonly string RealDigest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));

        [Fact]
        public void Parsing_any_text_never_throws_and_places_every_diagnostic_in_the_text()
        {
            PropertyRuns.Check(Gen.OneOf(DigestGen.Hostile, DigestGen.Junk.Select(j => new GeneratedDigest(j, Array.Empty<ExpectedPaper>()))), PropertyRuns.Parse, digest =>
            {
                PaperCatalog catalog = PaperCatalog.Parse(digest.Text);
                AssertWellPlaced(catalog, digest.Text);
            });
        }

        [Fact]
        public void Parsing_mutations_of_the_real_digest_never_throws()
        {
            Gen<string> mutated =
                from at in Gen.Choose(0, RealDigest.Length)
                from cut in Gen.Choose(0, 2000)
                from insert in DigestGen.Junk
                select RealDigest.Substring(0, at) + insert + RealDigest.Substring(Math.Min(RealDigest.Length, at + cut));
            PropertyRuns.Check(mutated, PropertyRuns.Parse / 3, text => AssertWellPlaced(PaperCatalog.Parse(text), text));
        }

        [Fact]
        public void Well_formed_digests_parse_to_exactly_their_papers()
        {
            PropertyRuns.Check(DigestGen.WellFormed, PropertyRuns.Parse, digest =>
            {
                PaperCatalog catalog = PaperCatalog.Parse(digest.Text);
                Assert.DoesNotContain(catalog.Diagnostics, d => d.Severity == PaperDiagnosticSeverity.Error);
                Assert.Equal(digest.Expected.Count, catalog.Papers.Count);
                for (int i = 0; i < digest.Expected.Count; i++)
                {
                    Paper paper = catalog.Papers[i];
                    Assert.Equal(i + 1, paper.Rank);
                    Assert.Equal(digest.Expected[i].Title, paper.Title);
                    Assert.Equal(digest.Expected[i].Abstract, paper.Abstract);
                    Assert.Equal(digest.Expected[i].Date, paper.Date);
                }
            });
        }

        [Fact]
        public void Parse_write_parse_gives_the_same_papers()
        {
            PropertyRuns.Check(DigestGen.Any, PropertyRuns.Parse, digest => AssertRoundTrips(digest.Text));
        }

        [Fact]
        public void The_real_digest_round_trips_through_the_writer()
        {
            Assert.Equal(57, AssertRoundTrips(RealDigest).Papers.Count);
        }

        private static PaperCatalog AssertRoundTrips(string text)
        {
            PaperCatalog first = PaperCatalog.Parse(text);
            PaperCatalog second = PaperCatalog.Parse(DigestWriter.Write(first.Papers));
            // Paper equality covers rank, id, title, short name, abstract, date and every link.
            Assert.Equal(first.Papers, second.Papers);
            Assert.Equal(first.Papers.Select(p => p.Id), second.Papers.Select(p => p.Id));
            Assert.Equal(first.Papers.Select(p => p.ShortName), second.Papers.Select(p => p.ShortName));
            return first;
        }

        private static void AssertWellPlaced(PaperCatalog catalog, string text)
        {
            int lines = text.Count(c => c == '\n') + text.Count(c => c == '\r') + 1;
            foreach (PaperDiagnostic d in catalog.Diagnostics)
            {
                Assert.StartsWith("PD", d.Id, StringComparison.Ordinal);
                Assert.InRange(d.Line, 1, lines);
                Assert.InRange(d.Column, 1, text.Length + 1);
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            }

            Assert.Equal(Enumerable.Range(1, catalog.Papers.Count), catalog.Papers.Select(p => p.Rank));
            Assert.Equal(catalog.Papers.Count, catalog.Papers.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        }
    }
}
