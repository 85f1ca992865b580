using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace PaperData.Benchmarks
{
    /// <summary>One Markdown table per run: the harness's one-shot numbers, BenchmarkDotNet's medians and allocations, and the ratios against the targets.</summary>
    public static class Report
    {
        public static string Markdown(List<SizeResult> results, Summary[] summaries)
        {
            var md = new StringBuilder();
            md.AppendLine("| Papers | Digest MB | Generated source MB | Generator cold / warm (ms) | warm CPU (ms) | warm allocated (MB) | Compile with docs (s) | Compiler peak with docs (MB) | Compile without docs (s) | Compiler peak without docs (MB) |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (SizeResult r in results)
            {
                md.AppendLine("| " + N(r.Papers) + " | " + F(r.DigestMegabytes, 1) + " | " + F(r.GeneratedSourceMegabytes, 1) + " | " + F(r.GeneratorColdMs, 0) + " / " + F(r.GeneratorWarmMs, 0)
                    + " | " + F(r.GeneratorWarmCpuMs, 0) + " | " + F(r.GeneratorWarmAllocatedMegabytes, 0)
                    + " | " + F(r.CompileMs / 1000, 1) + " | " + F(r.CompilePeakMegabytes, 0)
                    + " | " + (double.IsNaN(r.CompileNoDocsMs) ? "-" : F(r.CompileNoDocsMs / 1000, 1)) + " | " + (double.IsNaN(r.CompileNoDocsPeakMegabytes) ? "-" : F(r.CompileNoDocsPeakMegabytes, 0)) + " |");
            }

            md.AppendLine();
            md.AppendLine("| Papers | First access, main-thread CPU, median: generated, ReadyToRun library (ms) | generated, JIT only (ms) | naive (ms) | System.Text.Json (ms) | First access, wall from Main, median (fastest): generated, ReadyToRun (ms) | generated, JIT only (ms) | naive (ms) | System.Text.Json (ms) | Process start to first access, wall, median: generated ReadyToRun / JIT / naive / STJ (ms) |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (SizeResult r in results)
            {
                md.AppendLine("| " + N(r.Papers) + " | " + F(r.ReadyToRun.CpuMs, 2) + " | " + F(r.Generated.CpuMs, 2) + " | " + (double.IsNaN(r.Naive.CpuMs) ? "does not compile (CS8103)" : F(r.Naive.CpuMs, 2))
                    + " | " + F(r.SystemTextJson.CpuMs, 2)
                    + " | " + F(r.ReadyToRun.Ms, 2) + " (" + F(r.ReadyToRun.FastestMs, 2) + ")"
                    + " | " + F(r.Generated.Ms, 2) + " (" + F(r.Generated.FastestMs, 2) + ")"
                    + " | " + (double.IsNaN(r.Naive.Ms) ? "does not compile (CS8103)" : F(r.Naive.Ms, 2) + " (" + F(r.Naive.FastestMs, 2) + ")")
                    + " | " + F(r.SystemTextJson.Ms, 2) + " (" + F(r.SystemTextJson.FastestMs, 2) + ")"
                    + " | " + F(r.ReadyToRun.SinceStartMs, 0) + " / " + F(r.Generated.SinceStartMs, 0) + " / " + (double.IsNaN(r.Naive.SinceStartMs) ? "-" : F(r.Naive.SinceStartMs, 0)) + " / " + F(r.SystemTextJson.SinceStartMs, 0) + " |");
            }

            md.AppendLine();
            md.AppendLine("| Papers | Benchmark | Median | Allocated |");
            md.AppendLine("|---:|---|---:|---:|");
            foreach (BenchmarkReport report in summaries.SelectMany(s => s.Reports).OrderBy(r => Papers(r)).ThenBy(r => r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo))
            {
                double? median = report.ResultStatistics?.Median;
                long allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
                md.AppendLine("| " + N(Papers(report)) + " | " + report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'') + " | "
                    + (median is double m ? Time(m) : "n/a") + " | " + (allocated >= 0 ? Bytes(allocated) : "n/a") + " |");
            }

            md.AppendLine();
            md.AppendLine("Ratios (same run):");
            foreach (SizeResult r in results)
            {
                md.AppendLine("- " + N(r.Papers) + " papers: first access System.Text.Json / generated = "
                    + F(r.SystemTextJson.CpuMs / r.ReadyToRun.CpuMs, 1) + "x CPU, " + F(r.SystemTextJson.Ms / r.ReadyToRun.Ms, 1) + "x wall with the ReadyToRun library; "
                    + F(r.SystemTextJson.CpuMs / r.Generated.CpuMs, 1) + "x CPU, " + F(r.SystemTextJson.Ms / r.Generated.Ms, 1) + "x wall JIT only"
                    + (double.IsNaN(r.Naive.Ms) ? string.Empty : "; naive / generated = " + F(r.Naive.CpuMs / r.ReadyToRun.CpuMs, 1) + "x CPU ReadyToRun, "
                        + F(r.Naive.CpuMs / r.Generated.CpuMs, 1) + "x CPU JIT only")
                    + ", LINQ scan / Search = " + F(MedianOf(summaries, r.Papers, "LINQ Contains scan") / MedianOf(summaries, r.Papers, "Search (stored index)"), 0) + "x"
                    + ", generator warm = " + F(r.GeneratorWarmMs / 1000, 2) + " s wall, " + F(r.GeneratorWarmCpuMs / 1000, 2) + " s CPU");
            }

            return md.ToString();
        }

        private static int Papers(BenchmarkReport report) => (int)report.BenchmarkCase.Parameters["Papers"];

        private static double MedianOf(Summary[] summaries, int papers, string name) =>
            summaries.SelectMany(s => s.Reports).FirstOrDefault(r => Papers(r) == papers && r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'') == name)?.ResultStatistics?.Median ?? double.NaN;

        private static string Time(double nanoseconds) =>
            nanoseconds >= 1e9 ? F(nanoseconds / 1e9, 2) + " s"
            : nanoseconds >= 1e6 ? F(nanoseconds / 1e6, 2) + " ms"
            : nanoseconds >= 1e3 ? F(nanoseconds / 1e3, 2) + " us"
            : F(nanoseconds, 0) + " ns";

        private static string Bytes(long bytes) =>
            bytes >= 1 << 20 ? F(bytes / 1048576.0, 1) + " MB" : bytes >= 1024 ? F(bytes / 1024.0, 1) + " KB" : N(bytes) + " B";

        private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
