using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PaperData.Benchmarks
{
    /// <summary>What one size measured outside BenchmarkDotNet: the one-shot costs that need fresh processes.</summary>
    public sealed class SizeResult
    {
        public int Papers { get; set; }

        public double DigestMegabytes { get; set; }

        public double GeneratorColdMs { get; set; }

        public double GeneratorWarmMs { get; set; }

        public double GeneratorWarmCpuMs { get; set; }

        public double GeneratorWarmAllocatedMegabytes { get; set; }

        /// <summary>NaN when not measured (small sizes): the compile without doc comment parsing.</summary>
        public double CompileNoDocsMs { get; set; } = double.NaN;

        public double CompileNoDocsPeakMegabytes { get; set; } = double.NaN;

        public double GeneratedSourceMegabytes { get; set; }

        public double CompileMs { get; set; }

        public double CompilePeakMegabytes { get; set; }

        /// <summary>First access with the JIT-only library.</summary>
        public FirstAccess Generated { get; set; } = FirstAccess.None;

        /// <summary>The same generated app with the package's ReadyToRun PaperData.dll for this RID; None without the image.</summary>
        public FirstAccess ReadyToRun { get; set; } = FirstAccess.None;

        /// <summary>None when the naive catalogue cannot compile (CS8103).</summary>
        public FirstAccess Naive { get; set; } = FirstAccess.None;

        public FirstAccess SystemTextJson { get; set; } = FirstAccess.None;

        /// <summary>Where the generated app was written, for the in-process benchmarks.</summary>
        public string GeneratedAssembly { get; set; } = string.Empty;

        public string DigestText { get; set; } = string.Empty;

        public byte[] Json { get; set; } = Array.Empty<byte>();
    }

    /// <summary>
    /// One app's time to first access over repeated fresh processes: median wall time from Main, median wall time from
    /// process start, the fastest wall time from Main (on a shared machine the best estimate of the work itself) and
    /// the median CPU time of the main thread (the work, without waiting for a core). NaN when not measured.
    /// </summary>
    public sealed record FirstAccess(double Ms, double SinceStartMs, double FastestMs, double CpuMs)
    {
        public static readonly FirstAccess None = new FirstAccess(double.NaN, double.NaN, double.NaN, double.NaN);
    }

    /// <summary>
    /// Builds, per size, the synthetic digest, the generated catalogue (timed in a GeneratorDriver), and three apps
    /// compiled in child processes (compile time and peak memory), then runs each app for time to first access.
    /// </summary>
    public static class Harness
    {
        public static string RealDigest() =>
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));

        public static SizeResult Measure(int papers, string realDigest, string workDirectory, int repeats, bool compileWithoutDocs, TextWriter log)
        {
            var result = new SizeResult { Papers = papers };
            string size = papers.ToString(CultureInfo.InvariantCulture);
            string dir = Path.Combine(workDirectory, size);
            Directory.CreateDirectory(dir);

            string digest = SyntheticDigest.Write(papers, realDigest);
            result.DigestText = digest;
            result.DigestMegabytes = digest.Length / 1e6;
            PaperCatalog parsed = PaperCatalog.Parse(digest);
            if (parsed.Count != papers || parsed.HasErrors) throw new InvalidOperationException("The synthetic digest of " + papers + " papers parsed to " + parsed.Count);

            var (source, elapsed, diagnostics) = GeneratorRunner.Run(digest);
            Diagnostic? error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is not null || source.Length == 0) throw new InvalidOperationException("The generator failed: " + error);
            result.GeneratorColdMs = elapsed.TotalMilliseconds;
            result.GeneratedSourceMegabytes = source.Length / 1e6;

            // A second, warm run (JIT done): wall time, this process's CPU time and the bytes it allocated.
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan warm = GeneratorRunner.Run(digest).Elapsed;
            result.GeneratorWarmCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            result.GeneratorWarmAllocatedMegabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            result.GeneratorWarmMs = warm.TotalMilliseconds;
            log.WriteLine($"[{papers}] digest {result.DigestMegabytes:F1} MB, generator cold {elapsed.TotalMilliseconds:F0} ms, warm {warm.TotalMilliseconds:F0} ms ({result.GeneratorWarmCpuMs:F0} ms CPU), source {result.GeneratedSourceMegabytes:F1} MB");

            string generated = Write(dir, "generated.cs", source);
            string genProgram = Write(dir, "program-generated.cs", Apps.Program(Apps.GeneratedFirstPaper));
            (result.CompileMs, result.CompilePeakMegabytes) = CompileInChild(Path.Combine(dir, "generated-app-" + size + ".dll"), generated, genProgram);
            result.GeneratedAssembly = Path.Combine(dir, "generated-app-" + size + ".dll");
            log.WriteLine($"[{papers}] compile {result.CompileMs:F0} ms, compiler peak {result.CompilePeakMegabytes:F0} MB");
            if (compileWithoutDocs)
            {
                (result.CompileNoDocsMs, result.CompileNoDocsPeakMegabytes) = CompileInChild(Path.Combine(dir, "generated-nodocs-" + size + ".dll"), generated, genProgram, "--no-docs");
                log.WriteLine($"[{papers}] compile without doc comments {result.CompileNoDocsMs:F0} ms, compiler peak {result.CompileNoDocsPeakMegabytes:F0} MB");
            }

            if (Apps.NaiveLiteralChars(parsed.Papers) < Apps.StringLiteralLimit)
            {
                string naive = Write(dir, "naive.cs", Apps.NaiveCatalog(parsed.Papers));
                string naiveProgram = Write(dir, "program-naive.cs", Apps.Program(Apps.NaiveFirstPaper));
                CompileInChild(Path.Combine(dir, "naive-app.dll"), naive, naiveProgram);
                result.Naive = RunApp(Path.Combine(dir, "naive-app.dll"), repeats);
            }

            result.Json = Apps.Json(parsed.Papers);
            File.WriteAllBytes(Path.Combine(dir, Apps.JsonFile), result.Json);
            string json = Write(dir, "json.cs", Apps.JsonLoader());
            string jsonProgram = Write(dir, "program-json.cs", Apps.Program(Apps.JsonFirstPaper));
            CompileInChild(Path.Combine(dir, "json-app.dll"), json, jsonProgram);

            result.Generated = RunApp(result.GeneratedAssembly, repeats);
            if (File.Exists(ReadyToRunImage))
            {
                string r2r = ReadyToRunCopy(dir, result.GeneratedAssembly);
                result.ReadyToRun = RunApp(r2r, repeats);
            }

            result.SystemTextJson = RunApp(Path.Combine(dir, "json-app.dll"), repeats);
            log.WriteLine($"[{papers}] first access: generated {result.Generated.Ms:F2} ms ({result.Generated.CpuMs:F2} ms CPU), ReadyToRun {result.ReadyToRun.Ms:F2} ms ({result.ReadyToRun.CpuMs:F2} ms CPU), naive {result.Naive.Ms:F2} ms ({result.Naive.CpuMs:F2} ms CPU), json {result.SystemTextJson.Ms:F2} ms ({result.SystemTextJson.CpuMs:F2} ms CPU)");
            return result;
        }

        /// <summary>The package's linux-x64 ReadyToRun PaperData.dll, which a Release build of this project copies beside it.</summary>
        public static string ReadyToRunImage => Path.Combine(AppContext.BaseDirectory, "readytorun", "PaperData.dll");

        // The same app in a folder of its own, beside the precompiled library instead of the IL one.
        private static string ReadyToRunCopy(string dir, string app)
        {
            string folder = Path.Combine(dir, "readytorun");
            Directory.CreateDirectory(folder);
            string copy = Path.Combine(folder, Path.GetFileName(app));
            File.Copy(app, copy, overwrite: true);
            File.Copy(Path.ChangeExtension(app, ".runtimeconfig.json"), Path.ChangeExtension(copy, ".runtimeconfig.json"), overwrite: true);
            File.Copy(ReadyToRunImage, Path.Combine(folder, "PaperData.dll"), overwrite: true);
            return copy;
        }

        private static string Write(string dir, string name, string text)
        {
            string path = Path.Combine(dir, name);
            File.WriteAllText(path, text);
            return path;
        }

        private static (double Ms, double PeakMegabytes) CompileInChild(string output, params string[] sources)
        {
            string args = "exec \"" + typeof(Harness).Assembly.Location + "\" compile \"" + output + "\" " + string.Join(" ", sources.Select(s => "\"" + s + "\""));
            string line = RunDotnet(args).Split('\n').Last(l => l.StartsWith("compile-ms=", StringComparison.Ordinal));
            Dictionary<string, string> values = line.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            if (values["errors"] != "0") throw new InvalidOperationException("Compiling " + output + " failed");
            string dir = Path.GetDirectoryName(output)!;
            File.Copy(typeof(Paper).Assembly.Location, Path.Combine(dir, "PaperData.dll"), overwrite: true);
            File.WriteAllText(Path.ChangeExtension(output, ".runtimeconfig.json"),
                "{\"runtimeOptions\":{\"tfm\":\"net10.0\",\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\"10.0.0\"}}}");
            return (double.Parse(values["compile-ms"], CultureInfo.InvariantCulture),
                long.Parse(values["peak-bytes"], CultureInfo.InvariantCulture) / 1048576.0);
        }

        /// <summary>Runs an app <paramref name="repeats"/> times: see <see cref="FirstAccess"/>.</summary>
        private static FirstAccess RunApp(string dll, int repeats)
        {
            // The app gets both cores to itself: this process's own background work (tiered JIT of Roslyn after the
            // compiles, GC) would otherwise run beside it. One untimed run first brings the files into the page cache.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            System.Threading.Thread.Sleep(SettleMilliseconds);
            RunDotnet("exec \"" + dll + "\"");
            var inProcess = new List<double>();
            var sinceStart = new List<double>();
            var cpu = new List<double>();
            for (int i = 0; i < repeats; i++)
            {
                string[] parts = RunDotnet("exec \"" + dll + "\"").Trim().Split(' ');
                inProcess.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
                sinceStart.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
                cpu.Add(double.Parse(parts[3], CultureInfo.InvariantCulture));
            }

            return new FirstAccess(Median(inProcess), Median(sinceStart), inProcess.Min(), Median(cpu));
        }

        private const int SettleMilliseconds = 1500;

        private static string RunDotnet(string arguments)
        {
            var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using Process process = Process.Start(start)!;
            var errorTask = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("dotnet " + arguments + " failed: " + output + errorTask.Result);
            return output;
        }

        private static double Median(List<double> values)
        {
            values.Sort();
            return values[values.Count / 2];
        }
    }
}
