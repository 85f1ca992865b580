using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace PaperData.Benchmarks.Tests
{
    /// <summary>
    /// The benchmarks' quick mode, in process and at tiny sizes: it must produce catalogues, and those must agree
    /// with a runtime parse. No timing is asserted; the numbers belong in BENCHMARKS.md.
    /// </summary>
    public class QuickModeSmokeTests
    {
        [Fact]
        public void Quick_mode_generates_compiles_and_loads_catalogues_that_agree_with_a_runtime_parse()
        {
            List<SmokeResult> results = SmokeRun.Run(new[] { 57, 200 });

            Assert.Equal(new[] { 57, 200 }, results.Select(r => r.Papers));
            foreach (SmokeResult r in results)
            {
                Assert.Equal(r.Papers, r.GeneratedCount);
                Assert.True(r.GeneratedSourceChars > 0);
                Assert.True(r.SameAsParsed, "generated papers differ from parsed ones at " + r.Papers);
                Assert.True(r.SearchSameAsParsed, "stored-index search differs from built-index search at " + r.Papers);
                Assert.True(r.RelatedSameAsParsed, "compile-time related papers differ from run-time ones at " + r.Papers);
                Assert.True(r.ScanHoldsEverySearchHit, "a search hit does not contain the query word at " + r.Papers);
            }

            Assert.True(results[1].ScanHits > 0, "the 200-paper digest should mention the query word");
        }

        [Fact]
        public void A_digest_of_more_than_eight_data_chunks_reads_the_same_through_both_accessor_switches()
        {
            // About 9 MB of data: the paper table sits in a chunk reserved after the header, the accessor's first
            // switch covers chunks 0 to 7 and More(index) the rest.
            string source = GeneratorRunner.Run(SyntheticDigest.Write(5200, Harness.RealDigest())).Source;
            Assert.Contains("default: return More(index);", source);
            Assert.Contains("private static global::System.ReadOnlySpan<byte> Chunk9 => ", source);

            SmokeResult result = Assert.Single(SmokeRun.Run(new[] { 5200 }));
            Assert.Equal(5200, result.GeneratedCount);
            Assert.True(result.SameAsParsed);
            Assert.True(result.SearchSameAsParsed);
            Assert.True(result.RelatedSameAsParsed);
        }

        [Fact]
        public void Before_CSharp_11_the_same_data_is_written_as_string_chunks_and_reads_the_same()
        {
            var csharp10 = new CSharpParseOptions(LanguageVersion.CSharp10, DocumentationMode.Parse);
            string source = GeneratorRunner.Run(SyntheticDigest.Write(20, Harness.RealDigest()), csharp10).Source;
            Assert.Contains("private const string Chunk1 = ", source);
            Assert.DoesNotContain("u8;", source);

            SmokeResult result = Assert.Single(SmokeRun.Run(new[] { 40 }, csharp10));
            Assert.True(result.SameAsParsed);
            Assert.True(result.SearchSameAsParsed);
            Assert.True(result.RelatedSameAsParsed);
        }

        [Fact]
        public void Before_CSharp_11_a_digest_too_large_for_string_literals_gets_PD0105_instead_of_code_that_cannot_compile()
        {
            var csharp10 = new CSharpParseOptions(LanguageVersion.CSharp10, DocumentationMode.Parse);
            var (source, _, diagnostics) = GeneratorRunner.Run(SyntheticDigest.Write(4500, Harness.RealDigest()), csharp10);

            Assert.Empty(source);
            Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == "PD0105");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Contains("LangVersion", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Synthetic_digest_is_deterministic_and_parses_cleanly()
        {
            string real = Harness.RealDigest();
            string first = SyntheticDigest.Write(120, real);
            Assert.Equal(first, SyntheticDigest.Write(120, real));

            PaperCatalog parsed = PaperCatalog.Parse(first);
            Assert.Equal(120, parsed.Count);
            Assert.False(parsed.HasErrors);
            Assert.Equal(24, parsed.WithCode().Count); // one paper in five names a repository
            double averageAbstract = parsed.Papers.Average(p => p.Abstract.Length);
            Assert.InRange(averageAbstract, 1500, 1800);
        }
    }
}
