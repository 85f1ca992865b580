using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PaperData.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project benchmarks/PaperData.Benchmarks</c>: the full run (57, 1,000, 10,000, 50,000 papers).
    /// <c>-- --quick</c> (or PAPERDATA_BENCH_QUICK=1): tiny sizes, one repeat, BenchmarkDotNet's dry job; a smoke test.
    /// <c>-- --sizes 57,1000</c>: chosen sizes. <c>compile OUT.dll SRC...</c>: the child process that compiles one app.
    /// <c>parse</c>: the text parser alone at 50,000 papers.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length >= 2 && args[0] == "compile") return AppCompiler.CompileInChild(args[1], args.Skip(2).ToArray());
            if (args.Length >= 2 && args[0] == "phases") return GeneratorPhases.Run(int.Parse(args[1], CultureInfo.InvariantCulture), Console.Out);
            if (args.Length >= 1 && args[0] == "archive") return ArchiveRun.Run(args, Console.Out);
            if (args.Length >= 1 && args[0] == "parse") return ParseOnly();
            if (args.Length >= 1 && args[0] == "parse-cpu") return ParserBenchmarks.CpuTimes(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15, Console.Out);
            if (args.Length >= 3 && args[0] == "generate") return GenerateOnly(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            if (args.Length >= 3 && args[0] == "digest") return WriteDigest(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);

            bool quick = args.Contains("--quick") || Environment.GetEnvironmentVariable("PAPERDATA_BENCH_QUICK") == "1";
            int[] sizes = quick ? new[] { 57, 300 } : new[] { 57, 1000, 10000, 50000 };
            int at = Array.IndexOf(args, "--sizes");
            if (at >= 0 && at + 1 < args.Length) sizes = args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            int repeats = quick ? 1 : 15; // first-access runs per app: single runs on a shared machine vary from 1.2 to 3 ms

            string work = Path.Combine(Path.GetTempPath(), "paperdata-bench");
            Directory.CreateDirectory(work);
            string real = Harness.RealDigest();
            var results = new List<SizeResult>();
            foreach (int size in sizes)
            {
                SizeResult result = Harness.Measure(size, real, work, repeats, compileWithoutDocs: size >= 10000, Console.Out);
                results.Add(result);
                CatalogBenchmarks.Prepared[size] = result;
            }

            // Few iterations: two shared cores; the generator runs for seconds per operation at 10,000 papers.
            Job job = (quick ? Job.Dry : Job.ShortRun.WithWarmupCount(2).WithIterationCount(3)).WithToolchain(InProcessEmitToolchain.Instance);
            IConfig config = ManualConfig.CreateEmpty()
                .AddJob(job)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddLogger(ConsoleLogger.Default)
                .AddExporter(MarkdownExporter.GitHub);
            Summary[] summaries = { BenchmarkRunner.Run<CatalogBenchmarks>(config), BenchmarkRunner.Run<GeneratorBenchmarks>(config) };
            Summary summary = summaries[0];

            string table = Report.Markdown(results, summaries);
            Console.WriteLine(table);
            string path = Path.Combine(summary.ResultsDirectoryPath, "paperdata-summary.md");
            File.WriteAllText(path, table);
            Console.WriteLine("Written to " + path);
            return 0;
        }

        /// <summary><c>parse</c>: the parser alone at 50,000 papers, 3 warm-up and 10 measured iterations, in process.</summary>
        private static int ParseOnly()
        {
            Job job = Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance);
            IConfig config = ManualConfig.CreateEmpty()
                .AddJob(job)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddLogger(ConsoleLogger.Default)
                .AddExporter(MarkdownExporter.GitHub);
            BenchmarkRunner.Run<ParserBenchmarks>(config);
            return 0;
        }

        /// <summary><c>digest N OUT.txt</c>: writes the synthetic digest of N papers (for build-bench.py, which builds real consumers).</summary>
        private static int WriteDigest(int papers, string output)
        {
            File.WriteAllText(output, SyntheticDigest.Write(papers, Harness.RealDigest()));
            return 0;
        }

        /// <summary><c>generate N OUT.cs</c>: one digest size through the generator twice (cold, warm), the source written out.</summary>
        private static int GenerateOnly(int papers, string output)
        {
            string digest = SyntheticDigest.Write(papers, Harness.RealDigest());
            for (int run = 0; run < 2; run++)
            {
                var (source, elapsed, diagnostics) = GeneratorRunner.Run(digest);
                Console.WriteLine("generator-ms=" + elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)
                    + " source-chars=" + source.Length.ToString(CultureInfo.InvariantCulture) + " diagnostics=" + diagnostics.Length.ToString(CultureInfo.InvariantCulture));
                foreach (var d in diagnostics.Take(3)) Console.WriteLine(d.ToString());
                if (run == 1) File.WriteAllText(output, source);
            }

            return 0;
        }
    }
}
