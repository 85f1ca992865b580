using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>
    /// Builds and runs Consumers/Archive: <c>&lt;PaperDigest Include="papers/*.json" ClassName="Archive" /&gt;</c> over three
    /// daily files, beside a one-file class <c>Consumer.Lists.Reading</c>; then adds a fourth day (later/2025-03-13.json
    /// copied into papers/, as <c>paperdata fetch</c> would), builds and runs again.
    /// </summary>
    public sealed class ArchiveConsumer : RunConsumer
    {
        public ArchiveConsumer(PackedPackage package)
            : base(package, "Archive", "net10.0")
        {
        }

        /// <summary>The resources the task wrote in the first build, by file name.</summary>
        public Dictionary<string, WrittenResource> Before { get; private set; } = new Dictionary<string, WrittenResource>();

        /// <summary>The .pdcat manifest resources of the first build's assembly.</summary>
        public string[] EmbeddedBefore { get; private set; } = Array.Empty<string>();

        /// <summary>The second build, after the day was added.</summary>
        public CliResult? Rebuild { get; private set; }

        /// <summary>The resources after the second build, by file name.</summary>
        public Dictionary<string, WrittenResource> After { get; private set; } = new Dictionary<string, WrittenResource>();

        /// <summary>The app's key=value lines after the second build.</summary>
        public Dictionary<string, string> ValuesAfter { get; private set; } = new Dictionary<string, string>();

        public string ResourceDirectory => Path.Combine(Project.Directory, "obj", "Debug", "net10.0", "paperdata");

        public string Assembly => Path.Combine(Project.Directory, "bin", "Debug", "net10.0", "Archive.dll");

        /// <summary>The .pdcat manifest resources embedded in the built app.</summary>
        public string[] EmbeddedCatalogues() => PeResources.Names(Assembly).Where(n => n.EndsWith(".pdcat", StringComparison.Ordinal)).ToArray();

        protected override async Task AfterBuildAsync()
        {
            await base.AfterBuildAsync();
            Before = Snapshot();
            EmbeddedBefore = EmbeddedCatalogues();

            File.Copy(Path.Combine(Project.Directory, "later", "2025-03-13.json"), Path.Combine(Project.Directory, "papers", "2025-03-13.json"));
            Rebuild = await Project.BuildAsync(Package);
            if (!Rebuild.Succeeded) return;
            After = Snapshot();
            CliResult run = await Project.RunAsync("net10.0");
            ValuesAfter = Consumer.ParseValues(run.Output);
        }

        private Dictionary<string, WrittenResource> Snapshot() =>
            Directory.GetFiles(ResourceDirectory, "*.pdcat").ToDictionary(
                f => Path.GetFileName(f),
                f => new WrittenResource(File.GetLastWriteTimeUtc(f), File.ReadAllBytes(f)),
                StringComparer.Ordinal);
    }

    /// <summary>A resource file as found after a build.</summary>
    public sealed record WrittenResource(DateTime LastWriteUtc, byte[] Bytes);

    public sealed class ArchiveConsumerTests : IClassFixture<ArchiveConsumer>
    {
        private readonly ArchiveConsumer _archive;

        public ArchiveConsumerTests(ArchiveConsumer archive) => _archive = archive;

        [Fact]
        public void A_wildcard_over_three_daily_files_gives_one_Archive_class_without_a_warning()
        {
            Assert.True(_archive.Build.Succeeded, _archive.Build.Describe());
            Assert.DoesNotContain(": warning ", _archive.Build.Output, StringComparison.Ordinal);
            Assert.Equal("Consumer.Archives.Archive", _archive.Value("archive.type"));
            Assert.Equal("1", _archive.Value("archive.generated.files"));
            Assert.Single(Directory.GetFiles(_archive.Project.GeneratedDirectory("net10.0"), "Archive.*.g.cs"));
        }

        [Fact]
        public void The_archive_holds_each_paper_once_in_day_order_with_every_day_it_was_featured()
        {
            // 2025-03-10: Alpha, Beta; 2025-03-11: Gamma, Alpha again; 2025-03-12: Delta.
            Assert.Equal("4/4", _archive.Value("archive.count"));
            Assert.Equal("Alpha Archive Net|Beta Daily Fields|Gamma Merge Flow|Delta Week Search", _archive.Value("archive.titles"));
            Assert.Equal("1,2,3,4", _archive.Value("archive.ranks"));
            Assert.Equal("2025-3-10,2025-3-11", _archive.Value("archive.alpha.featured"));
            Assert.Equal("Gamma Merge Flow", _archive.Value("archive.top"));
            Assert.Equal("2/2", _archive.Value("reading.count"));
        }

        [Fact]
        public void The_archive_class_is_one_embedded_resource_that_its_generated_code_reads()
        {
            Assert.True(_archive.Build.Succeeded, _archive.Build.Describe());

            // One resource per class, none per file: three days and one list give two .pdcat files...
            string[] written = _archive.Before.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Collection(written,
                name => Assert.StartsWith("PaperData.Consumer.Archives.Archive-", name, StringComparison.Ordinal),
                name => Assert.StartsWith("PaperData.Consumer.Lists.Reading-", name, StringComparison.Ordinal));

            // ...embedded under those names, and the archive's generated class reads its data from there (the app's
            // output, checked above, came through it) instead of compiling it in.
            Assert.Equal(written, _archive.EmbeddedBefore.OrderBy(n => n, StringComparer.Ordinal));
            string source = File.ReadAllText(Assert.Single(Directory.GetFiles(_archive.Project.GeneratedDirectory("net10.0"), "Archive.*.g.cs")));
            Assert.Contains("GeneratedCatalog.FromResource(typeof(Archive).Assembly, \"" + written[0] + "\"", source, StringComparison.Ordinal);
            Assert.DoesNotContain("class __Data", source, StringComparison.Ordinal);
        }

        [Fact]
        public void Adding_a_day_rewrites_the_archives_resource_and_leaves_the_other_class_resource_alone()
        {
            Assert.True(_archive.Rebuild is { Succeeded: true }, _archive.Rebuild?.Describe() ?? "no second build: " + _archive.Build.Describe());
            Assert.DoesNotContain(": warning ", _archive.Rebuild!.Output, StringComparison.Ordinal); // no PD0110: the resource matched

            Assert.Equal(_archive.Before.Keys.OrderBy(n => n, StringComparer.Ordinal), _archive.After.Keys.OrderBy(n => n, StringComparer.Ordinal));
            string archive = _archive.Before.Keys.Single(n => n.Contains(".Archive-", StringComparison.Ordinal));
            string reading = _archive.Before.Keys.Single(n => n.Contains(".Reading-", StringComparison.Ordinal));

            Assert.NotEqual(_archive.Before[archive].Bytes, _archive.After[archive].Bytes);
            Assert.True(_archive.After[archive].LastWriteUtc > _archive.Before[archive].LastWriteUtc, "the archive's resource was not rewritten");
            Assert.Equal(_archive.Before[reading].Bytes, _archive.After[reading].Bytes);
            Assert.Equal(_archive.Before[reading].LastWriteUtc, _archive.After[reading].LastWriteUtc);

            // The rebuilt app reads the new day from the rewritten resource, still one per class.
            Assert.Equal("5/5", _archive.ValuesAfter.GetValueOrDefault("archive.count"));
            Assert.EndsWith("|Epsilon Next Day", _archive.ValuesAfter.GetValueOrDefault("archive.titles"), StringComparison.Ordinal);
            Assert.Equal("2/2", _archive.ValuesAfter.GetValueOrDefault("reading.count"));
            Assert.Equal(_archive.After.Keys.OrderBy(n => n, StringComparer.Ordinal), _archive.EmbeddedCatalogues().OrderBy(n => n, StringComparer.Ordinal));
        }
    }
}
