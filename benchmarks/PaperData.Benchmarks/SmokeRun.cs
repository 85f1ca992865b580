using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperData.Benchmarks
{
    /// <summary>One size of the in-process quick run: what was produced and whether the pieces agree.</summary>
    public sealed class SmokeResult
    {
        public int Papers { get; set; }

        public int GeneratedCount { get; set; }

        public bool SameAsParsed { get; set; }

        public bool SearchSameAsParsed { get; set; }

        public bool RelatedSameAsParsed { get; set; }

        public int SearchHits { get; set; }

        public int ScanHits { get; set; }

        public bool ScanHoldsEverySearchHit { get; set; }

        public double GeneratorMs { get; set; }

        public int GeneratedSourceChars { get; set; }
    }

    /// <summary>
    /// The quick mode run in process (the test suite's smoke test): synthetic digest, generator in a
    /// GeneratorDriver, the generated code compiled and loaded, then compared with a runtime parse. No timing is judged.
    /// </summary>
    public static class SmokeRun
    {
        public const string Query = "diffusion";

        public static List<SmokeResult> Run(IEnumerable<int> sizes) => Run(sizes, GeneratorRunner.ParseOptions);

        /// <summary>The same under chosen parse options: C# 10 exercises the string-chunk fallback.</summary>
        public static List<SmokeResult> Run(IEnumerable<int> sizes, CSharpParseOptions parseOptions)
        {
            string real = Harness.RealDigest();
            var results = new List<SmokeResult>();
            foreach (int papers in sizes)
            {
                string digest = SyntheticDigest.Write(papers, real);
                var (source, elapsed, diagnostics) = GeneratorRunner.Run(digest, parseOptions);
                if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", diagnostics));
                List<string> errors = AppCompiler.Compile("Smoke" + papers + parseOptions.LanguageVersion, new[] { source }, executable: false, null, parseOptions, out byte[] image);
                if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors));
                var generated = new GeneratedAssembly(Assembly.Load(image));
                PaperCatalog catalog = generated.Fresh();
                PaperCatalog parsed = PaperCatalog.Parse(digest);

                IReadOnlyList<SearchHit> hits = catalog.Search(Query, papers);
                List<Paper> scan = LinqScan(catalog.Papers, Query);
                results.Add(new SmokeResult
                {
                    Papers = papers,
                    GeneratedCount = catalog.Count,
                    SameAsParsed = catalog.Papers.SequenceEqual(parsed.Papers) && generated.Catalog.Papers.SequenceEqual(parsed.Papers),
                    SearchSameAsParsed = hits.Select(h => (h.Paper.Rank, h.Score)).SequenceEqual(parsed.Search(Query, papers).Select(h => (h.Paper.Rank, h.Score))),
                    RelatedSameAsParsed = catalog.Papers.All(p => catalog.Related(p, 12).Select(r => r.Rank)
                        .SequenceEqual(parsed.Related(parsed.Papers[p.Rank - 1], 12).Select(r => r.Rank))),
                    SearchHits = hits.Count,
                    ScanHits = scan.Count,
                    ScanHoldsEverySearchHit = hits.All(h => scan.Contains(h.Paper)),
                    GeneratorMs = elapsed.TotalMilliseconds,
                    GeneratedSourceChars = source.Length,
                });
            }

            return results;
        }

        /// <summary>What one writes without an index: every title and abstract scanned with Contains.</summary>
        public static List<Paper> LinqScan(IReadOnlyList<Paper> papers, string word) =>
            papers.Where(p => p.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || p.Abstract.Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
