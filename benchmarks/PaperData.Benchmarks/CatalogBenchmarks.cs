using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace PaperData.Benchmarks
{
    /// <summary>
    /// The in-process measurements, per size: the generator in a GeneratorDriver, enumerating every paper from
    /// cold (generated data vs System.Text.Json), and Search (stored index) vs a LINQ Contains scan.
    /// The apps the harness compiled are loaded here, so the catalogue is the real generated one.
    /// </summary>
    [MemoryDiagnoser]
    public class CatalogBenchmarks
    {
        /// <summary>Set by <see cref="Program"/> before the run (in-process toolchain, so statics are shared).</summary>
        public static Dictionary<int, SizeResult> Prepared { get; } = new Dictionary<int, SizeResult>();

        private byte[] _json = Array.Empty<byte>();
        private GeneratedAssembly? _generated;
        private PaperCatalog? _catalog;

        public static IEnumerable<int> Sizes => Prepared.Keys.OrderBy(k => k);

        [ParamsSource(nameof(Sizes))]
        public int Papers { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            SizeResult prepared = Prepared[Papers];
            _json = prepared.Json;
            _generated = new GeneratedAssembly(Assembly.LoadFrom(prepared.GeneratedAssembly));
            _catalog = _generated.Catalog;
            _catalog.Search(SmokeRun.Query, 10); // the stored index's lengths table is read once, on first search
            foreach (Paper paper in _catalog.Papers) _ = paper.Title;
        }

        [Benchmark(Description = "Enumerate all, generated (cold)")]
        public long EnumerateGenerated()
        {
            long total = 0;
            foreach (Paper paper in _generated!.Fresh().Papers) total += paper.Abstract.Length;
            return total;
        }

        [Benchmark(Description = "Enumerate all, System.Text.Json")]
        public long EnumerateJson()
        {
            long total = 0;
            foreach (Apps.JsonPaper dto in JsonSerializer.Deserialize<List<Apps.JsonPaper>>(_json)!)
            {
                var paper = new Paper(dto.Rank, dto.Id, dto.Title, dto.ShortName, dto.Abstract, new PaperDate(dto.Month, dto.Day),
                    dto.Links.Select(l => new CodeLink(l.Url, (LinkKind)l.Kind, l.Owner, l.Repository)));
                total += paper.Abstract.Length;
            }

            return total;
        }

        [Benchmark(Description = "Search (stored index)")]
        public int Search() => _catalog!.Search(SmokeRun.Query, 10).Count;

        [Benchmark(Description = "LINQ Contains scan")]
        public int LinqScan() => SmokeRun.LinqScan(_catalog!.Papers, SmokeRun.Query).Count;
    }
}

namespace PaperData.Benchmarks
{
    /// <summary>The generator in a GeneratorDriver, up to 10,000 papers (at 50,000 one operation takes too long for iterations; the harness times it).</summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private string _digest = string.Empty;

        public static IEnumerable<int> Sizes => CatalogBenchmarks.Sizes.Where(s => s <= 10000);

        [ParamsSource(nameof(Sizes))]
        public int Papers { get; set; }

        [GlobalSetup]
        public void Setup() => _digest = CatalogBenchmarks.Prepared[Papers].DigestText;

        [Benchmark(Description = "Generator (GeneratorDriver)")]
        public int Generator() => GeneratorRunner.Run(_digest).Source.Length;
    }
}
