using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PaperData.Generator;
using PaperData.Testing;

namespace PaperData.Benchmarks
{
    /// <summary>
    /// <c>archive [DAYS] [--out DIR]</c>: an archive of DAYS (365) daily_papers files with one ClassName through the
    /// generator in a <see cref="CSharpGeneratorDriver"/> (driver timing, this process): a cold run, a warm run (fresh
    /// driver), a re-run with nothing changed, and the re-run after adding the next day's file to the warm driver (what
    /// an IDE or the compiler server does). <c>--out</c> also writes the files, for the package build in
    /// benchmarks/archive-build.sh (<c>--write-only</c>: only that).
    /// </summary>
    public static class ArchiveRun
    {
        private static string _directory = "/bench/papers/";

        public static int Run(string[] args, TextWriter output)
        {
            int days = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int d) ? d : 365;
            int at = Array.IndexOf(args, "--out");
            string? outDirectory = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;

            string[] words = SyntheticDigest.Vocabulary(Harness.RealDigest());
            var files = new List<(string Name, string Text)>();
            for (int day = 0; day <= days; day++) files.Add((SyntheticArchive.FileName(day), SyntheticArchive.Day(day, words)));
            (string Name, string Text) added = files[days];
            files.RemoveAt(days);
            if (outDirectory is not null)
            {
                Directory.CreateDirectory(outDirectory);
                foreach ((string name, string text) in files) File.WriteAllText(Path.Combine(outDirectory, name), text);
                File.WriteAllText(Path.Combine(outDirectory, "..", "next-day.json"), added.Text);
                output.WriteLine("written=" + outDirectory + " next=" + added.Name);
            }

            if (args.Contains("--write-only")) return 0;
            long bytes = files.Sum(f => (long)f.Text.Length);
            output.WriteLine("files=" + files.Count + " records=" + (files.Count * SyntheticArchive.PapersPerDay) + " chars=" + bytes.ToString(CultureInfo.InvariantCulture));

            // --disk (with --out): the texts are read from the written files when the generator asks, as the compiler
            // reads additional files (SourceText.From over the file stream), instead of strings already in memory.
            bool disk = args.Contains("--disk") && outDirectory is not null;
            if (disk) _directory = Path.GetFullPath(outDirectory!) + "/";
            AdditionalText[] texts = files.Select(f => disk ? new FileText(_directory + f.Name) : (AdditionalText)new InMemoryAdditionalText(_directory + f.Name, f.Text)).ToArray();
            var compilation = CSharpCompilation.Create("Bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var names = files.Select(f => f.Name).ToList();
            var allNames = names.Append(added.Name).ToList();

            // --resource: the items carry the resource name and key as the build task's targets hand them over, so the
            // generator emits only the typed surface (the data is in the resource). The key is the merged catalogue's
            // content hash, read from an untimed literal run over the same files (what the task computes); that run
            // warms the JIT, so for a truly cold first run pass the keys it printed: --resource --keys BEFORE,AFTER.
            if (args.Contains("--resource"))
            {
                AdditionalText[] withAdded = texts.Append(new InMemoryAdditionalText(_directory + added.Name, added.Text)).ToArray();
                int keys = Array.IndexOf(args, "--keys");
                string[] given = keys >= 0 && keys + 1 < args.Length ? args[keys + 1].Split(',') : Array.Empty<string>();
                string before = given.Length == 2 ? given[0] : KeyOf(texts, names, compilation);
                string after = given.Length == 2 ? given[1] : KeyOf(withAdded, allNames, compilation);
                _resourceKeys[names.Count] = before;
                _resourceKeys[allNames.Count] = after;
                output.WriteLine("mode=resource (data in the build task's resource; keys " + _resourceKeys[names.Count] + ", " + _resourceKeys[allNames.Count] + ")");
            }
            else
            {
                output.WriteLine("mode=literals (no build task: the data is compiled from u8 literals)");
            }

            GeneratorDriver cold = NewDriver(texts, names);
            Time("generator.cold", output, () => cold = cold.RunGenerators(compilation, CancellationToken.None), cold);
            output.WriteLine("  " + Describe(cold));
            output.WriteLine("  steps " + StepTimes(cold));
            GeneratorDriver warm = NewDriver(texts, names);
            Time("generator.warm", output, () => warm = warm.RunGenerators(compilation, CancellationToken.None), warm);
            Time("rerun.unchanged", output, () => warm = warm.RunGenerators(compilation, CancellationToken.None), warm);

            // --server (with --disk): as the compiler server's cached driver sees a build, every file is a new object read
            // from disk again (ReplaceAdditionalTexts), not only the added one.
            if (args.Contains("--server") && disk)
            {
                File.WriteAllText(_directory + added.Name, added.Text);
                warm = warm.ReplaceAdditionalTexts(allNames.Select(n => (AdditionalText)new FileText(_directory + n)).ToImmutableArray())
                    .WithUpdatedAnalyzerConfigOptions(Options(allNames));
            }
            else
            {
                warm = warm.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(_directory + added.Name, added.Text)))
                    .WithUpdatedAnalyzerConfigOptions(Options(allNames));
            }

            Time("rerun.added-day", output, () => warm = warm.RunGenerators(compilation, CancellationToken.None), warm);
            output.WriteLine("  " + Describe(warm) + " " + ParseReasons(warm));
            output.WriteLine("  steps " + StepTimes(warm));
            return 0;
        }

        private sealed class FileText : AdditionalText
        {
            private SourceText? _text;

            public FileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText? GetText(CancellationToken cancellationToken = default)
            {
                if (_text is not null) return _text;
                using FileStream stream = File.OpenRead(Path);
                return _text = SourceText.From(stream, encoding: null, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
            }
        }

        private static readonly Dictionary<int, string> _resourceKeys = new Dictionary<int, string>();

        private static string KeyOf(AdditionalText[] texts, List<string> names, CSharpCompilation compilation)
        {
            _resourceKeys.Clear();
            GeneratorDriver driver = NewDriver(texts, names).RunGenerators(compilation, CancellationToken.None);
            string source = driver.GetRunResult().GeneratedTrees[0].GetText().ToString();
            return Regex.Match(source, "public const string ContentHash = \"([0-9a-f]+)\";").Groups[1].Value + "/json";
        }

        // Where the re-run's time went: each tracked step's elapsed time, summed over its runs (largest first).
        private static string StepTimes(GeneratorDriver driver) =>
            string.Join(" ", driver.GetRunResult().Results[0].TrackedSteps
                .Select(s => (Name: s.Key, Ms: s.Value.Sum(r => r.ElapsedTime.TotalMilliseconds)))
                .OrderByDescending(s => s.Ms)
                .Select(s => s.Name + "=" + s.Ms.ToString("F0", CultureInfo.InvariantCulture) + "ms"));

        private static GeneratorDriver NewDriver(AdditionalText[] texts, IEnumerable<string> names) =>
            CSharpGeneratorDriver.Create(
                new[] { new DigestGenerator().AsSourceGenerator() },
                texts,
                GeneratorRunner.ParseOptions,
                Options(names),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        // What PaperData.props/targets hand the compiler for <PaperDigest Include="papers/*.json" ClassName="Archive" />.
        private static InMemoryOptionsProvider Options(IEnumerable<string> names)
        {
            var list = names.ToList();
            _resourceKeys.TryGetValue(list.Count, out string? key);
            return new InMemoryOptionsProvider(
                new Dictionary<string, string>
                {
                    ["build_property.RootNamespace"] = GeneratorRunner.Namespace,
                    ["build_property.MSBuildProjectDirectory"] = "/bench",
                },
                list.ToDictionary(n => _directory + n, n =>
                {
                    var metadata = new Dictionary<string, string>
                    {
                        ["build_metadata.AdditionalFiles.PaperDataDigest"] = "true",
                        ["build_metadata.AdditionalFiles.PaperDataClassName"] = "Archive",
                    };
                    if (key is not null)
                    {
                        metadata["build_metadata.AdditionalFiles.PaperDataResource"] = "PaperData.Archive.pdcat";
                        metadata["build_metadata.AdditionalFiles.PaperDataResourceHash"] = key;
                    }

                    return (IReadOnlyDictionary<string, string>)metadata;
                }));
        }

        private static void Time(string label, TextWriter output, Action run, GeneratorDriver _)
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: false);
            var stopwatch = Stopwatch.StartNew();
            run();
            stopwatch.Stop();
            output.WriteLine(label + ".ms=" + stopwatch.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)
                + " cpu.ms=" + (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)
                + " allocated.mb=" + ((GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576.0).ToString("F0", CultureInfo.InvariantCulture));
        }

        // How many files the added-day re-run parsed again (New/Modified) and how many it took from the cache.
        private static string ParseReasons(GeneratorDriver driver)
        {
            var reasons = driver.GetRunResult().Results[0].TrackedSteps["Parse"].SelectMany(r => r.Outputs).GroupBy(o => o.Reason)
                .Select(g => g.Key + "=" + g.Count().ToString(CultureInfo.InvariantCulture));
            return "parse[" + string.Join(",", reasons) + "]";
        }

        /// <summary>Papers in the generated class and the generator's diagnostics, from a finished run.</summary>
        public static string Describe(GeneratorDriver driver)
        {
            GeneratorDriverRunResult result = driver.GetRunResult();
            string source = result.GeneratedTrees.Length == 0 ? string.Empty : result.GeneratedTrees[0].GetText().ToString();
            Match count = Regex.Match(source, @"public const int Count = (\d+);");
            return "papers=" + (count.Success ? count.Groups[1].Value : "?") + " classes=" + result.GeneratedTrees.Length.ToString(CultureInfo.InvariantCulture)
                + " diagnostics=" + result.Diagnostics.Length.ToString(CultureInfo.InvariantCulture)
                + " source.mb=" + (source.Length / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
        }
    }
}
