using System.Text.RegularExpressions;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>Builds Consumers/Broken: a digest with an error, in a project whose C# version is too old.</summary>
    public sealed class BrokenConsumer : BuiltConsumer
    {
        public BrokenConsumer(PackedPackage package)
            : base(package, "Broken")
        {
        }
    }

    public sealed class BrokenConsumerTests : IClassFixture<BrokenConsumer>
    {
        private readonly BrokenConsumer _broken;

        public BrokenConsumerTests(BrokenConsumer broken) => _broken = broken;

        [Fact]
        public void Build_fails()
        {
            Assert.False(_broken.Build.Succeeded, _broken.Build.Describe());
        }

        [Fact]
        public void Digest_error_is_reported_at_the_digest_line_and_column()
        {
            Assert.True(Regex.IsMatch(_broken.Build.Output, @"digests[/\\]broken\.txt\(7,3\): error PD0003:"), _broken.Build.Describe());
        }

        [Fact]
        public void Too_old_language_version_is_one_clear_PD_error_naming_what_is_needed()
        {
            Assert.True(Regex.IsMatch(_broken.Build.Output, @"digests[/\\]broken\.txt\(1,1\): error PD0105: .*C# 7\.3"), _broken.Build.Describe());
        }

        [Fact]
        public void No_compiler_error_buries_the_PD_diagnostics()
        {
            Assert.False(Regex.IsMatch(_broken.Build.Output, @"error CS\d{4}"), _broken.Build.Describe());
        }
    }
}
