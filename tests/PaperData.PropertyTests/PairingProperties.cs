using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// The reader pairs titles and abstracts over whole sections: digests of random paragraph lengths parse back
    /// exactly, and deleting one abstract costs exactly one error, at its title's line.
    /// </summary>
    public class PairingProperties
    {
        [Fact]
        public void Digests_of_random_paragraph_lengths_parse_back_exactly()
        {
            PropertyRuns.Check(PairingGen.Digest(punctuatedTitles: true), PropertyRuns.Parse, digest =>
            {
                PaperCatalog catalog = PaperCatalog.Parse(digest.Text);
                Assert.DoesNotContain(catalog.Diagnostics, d => d.Id != "PD0004");
                Assert.Equal(
                    digest.Papers.Select(p => (p.Title, p.Abstract, p.Date)),
                    catalog.Papers.Select(p => (p.Title, p.Abstract, p.Date)));
            });
        }

        [Fact]
        public void Deleting_one_abstract_costs_exactly_one_error_at_its_title()
        {
            Gen<(PlacedDigest Digest, int Lost)> damaged =
                from digest in PairingGen.Digest(punctuatedTitles: false)
                from lost in Gen.Choose(0, digest.Papers.Count - 1)
                select (digest, lost);
            PropertyRuns.Check(damaged, PropertyRuns.Parse, c =>
            {
                PlacedPaper lost = c.Digest.Papers[c.Lost];
                // The abstract's lines and the blank line after them go; the paragraphs around it stay apart.
                string text = string.Join("\n", c.Digest.Lines.Where((_, i) => i + 1 < lost.AbstractLine || i + 1 > lost.AbstractLine + lost.AbstractLines));
                PaperCatalog catalog = PaperCatalog.Parse(text);

                PaperDiagnostic error = Assert.Single(catalog.Diagnostics, d => d.Severity == PaperDiagnosticSeverity.Error);
                Assert.Equal(("PD0003", lost.TitleLine), (error.Id, error.Line));
                Assert.Equal(
                    c.Digest.Papers.Where(p => p != lost).Select(p => (p.Title, p.Abstract, p.Date)),
                    catalog.Papers.Select(p => (p.Title, p.Abstract, p.Date)));
            });
        }
    }
}
