using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using BenchmarkDotNet.Attributes;
using PaperData.Core.Reading.Text;

namespace PaperData.Benchmarks
{
    /// <summary>
    /// <c>parse</c>: the text parser alone on the synthetic digest (what the generator's "parse" phase is), so a
    /// change to the reader can be measured before and after with the same file.
    /// </summary>
    [MemoryDiagnoser]
    public class ParserBenchmarks
    {
        private string _digest = string.Empty;

        [Params(50000)]
        public int Papers { get; set; }

        [GlobalSetup]
        public void Setup() => _digest = SyntheticDigest.Write(Papers, Harness.RealDigest());

        [Benchmark(Description = "Parse text digest")]
        public int Parse() => TextDigestParser.Parse(_digest, CancellationToken.None).Papers.Count;

        /// <summary>
        /// <c>parse-cpu [N]</c>: N parses (after 3 untimed) with this thread's CPU time for each, median and fastest:
        /// on a busy shared machine wall time mostly measures waiting for a core, CPU time far less so.
        /// </summary>
        public static int CpuTimes(int runs, TextWriter log)
        {
            var bench = new ParserBenchmarks { Papers = 50000 };
            bench.Setup();
            for (int i = 0; i < 3; i++) bench.Parse();
            var times = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                GC.Collect();
                double start = ThreadCpuMs();
                bench.Parse();
                times.Add(ThreadCpuMs() - start);
            }

            times.Sort();
            log.WriteLine("parse 50000 thread CPU ms: median " + times[times.Count / 2].ToString("F0", CultureInfo.InvariantCulture)
                + ", fastest " + times[0].ToString("F0", CultureInfo.InvariantCulture) + ", runs " + runs.ToString(CultureInfo.InvariantCulture));
            return 0;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out Timespec time);

        // CLOCK_THREAD_CPUTIME_ID = 3 on Linux.
        private static double ThreadCpuMs()
        {
            ClockGetTime(3, out Timespec t);
            return (t.Seconds * 1e3) + (t.Nanoseconds / 1e6);
        }
    }
}
