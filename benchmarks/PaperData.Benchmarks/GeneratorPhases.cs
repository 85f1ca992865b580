using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Core.Indexing;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Text;
using PaperData.Core.Storage;
using PaperData.Generator.Emit;
using PaperData.Generator.Model;

namespace PaperData.Benchmarks
{
    /// <summary><c>phases N</c>: where the generator's time goes for one digest size (parse, model, index, related, emit, Roslyn parsing the output).</summary>
    public static class GeneratorPhases
    {
        public static int Run(int papers, TextWriter log)
        {
            string digest = SyntheticDigest.Write(papers, Harness.RealDigest());
            _cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            // The parser splits lines and paragraphs in one pass (lines stay offsets), so there is no separate lines lap.
            var paragraphs = Paragraph.Split(digest);
            Lap(log, "  parse: lines + paragraphs", stopwatch);
            ContentHash.OfText(digest);
            Lap(log, "  parse: content hash", stopwatch);
            foreach (Paragraph paragraph in paragraphs) LinkExtractor.Find(paragraph.Text);
            Lap(log, "  parse: links", stopwatch);
            ParsedDigest parsed = TextDigestParser.Parse(digest, CancellationToken.None);
            Lap(log, "parse (all)", stopwatch);
            var global = new GlobalSettings("Bench", "/bench", null, "public", long.MaxValue);
            var settings = new DigestSettings("/bench/papers.txt", "papers.txt", GeneratorRunner.ClassName, GeneratorRunner.Namespace, "public", global);
            CatalogModel model = CatalogModelBuilder.Build(new MergedInput(settings, "papers.txt", "papers.txt", parsed, EquatableArray<DiagnosticInfo>.Empty), LanguageVersion.CSharp12);
            Lap(log, "model", stopwatch);
            TermIndex index = TermIndex.Build(model.Papers.Count, i => model.Papers[i].Paper.Title, i => model.Papers[i].Paper.Abstract);
            Lap(log, "term index", stopwatch);
            RelatedRanking.TopForAll(index, RelatedRanking.StoredCount, CancellationToken.None);
            Lap(log, "related", stopwatch);
            var chunks = CatalogDataWriter.Write(CatalogEmitter.Papers(model), CancellationToken.None);
            Lap(log, "data (index + related + records)", stopwatch);
            CatalogEmitter.Emit(model, chunks, CancellationToken.None, out _);
            Lap(log, "emit: text (data precomputed)", stopwatch);
            string source = CatalogEmitter.Emit(model);
            Lap(log, "emit (all, data included)", stopwatch);
            CSharpSyntaxTree.ParseText(source, GeneratorRunner.ParseOptions);
            Lap(log, "Roslyn parses the output", stopwatch);
            log.WriteLine("chunks=" + chunks.Count.ToString(CultureInfo.InvariantCulture) + " source-chars=" + source.Length.ToString(CultureInfo.InvariantCulture));
            return 0;
        }

        private static TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

        // Wall time and this process's CPU time: on a shared machine the second says more about the work itself.
        private static void Lap(TextWriter log, string name, Stopwatch stopwatch)
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            log.WriteLine(name + ": " + stopwatch.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms wall, "
                + (cpu - _cpu).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms CPU");
            _cpu = cpu;
            stopwatch.Restart();
        }
    }
}
