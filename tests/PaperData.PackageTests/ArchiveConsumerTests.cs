using System.IO;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>Builds and runs Consumers/Archive: <c>&lt;PaperDigest Include="papers/*.json" ClassName="Archive" /&gt;</c> over three daily files.</summary>
    public sealed class ArchiveConsumer : RunConsumer
    {
        public ArchiveConsumer(PackedPackage package)
            : base(package, "Archive", "net10.0")
        {
        }
    }

    public sealed class ArchiveConsumerTests : IClassFixture<ArchiveConsumer>
    {
        private readonly ArchiveConsumer _archive;

        public ArchiveConsumerTests(ArchiveConsumer archive) => _archive = archive;

        [Fact]
        public void A_wildcard_over_three_daily_files_gives_one_Archive_class_without_a_warning()
        {
            Assert.True(_archive.Build.Succeeded, _archive.Build.Describe());
            Assert.DoesNotContain(": warning ", _archive.Build.Output, System.StringComparison.Ordinal);
            Assert.Equal("Consumer.Archives.Archive", _archive.Value("archive.type"));
            Assert.Equal("1", _archive.Value("archive.generated.files"));
            Assert.Single(Directory.GetFiles(_archive.Project.GeneratedDirectory("net10.0"), "*.g.cs"));
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
        }
    }
}
