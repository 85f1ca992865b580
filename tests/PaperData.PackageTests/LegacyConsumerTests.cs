using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>Builds Consumers/Legacy: netstandard2.0, default C# 7.3, warnings as errors.</summary>
    public sealed class LegacyConsumer : BuiltConsumer
    {
        public LegacyConsumer(PackedPackage package)
            : base(package, "Legacy")
        {
        }
    }

    public sealed class LegacyConsumerTests : IClassFixture<LegacyConsumer>
    {
        private readonly LegacyConsumer _legacy;

        public LegacyConsumerTests(LegacyConsumer legacy) => _legacy = legacy;

        [Fact]
        public void Netstandard20_consumer_with_CSharp_7_3_builds_without_a_warning()
        {
            Assert.True(_legacy.Build.Succeeded, _legacy.Build.Describe());
            Assert.False(Regex.IsMatch(_legacy.Build.Output, @": warning [A-Z]+\d+"), _legacy.Build.Describe());
        }

        [Fact]
        public void Generated_code_for_CSharp_7_3_has_no_nullable_directive()
        {
            Assert.True(_legacy.Build.Succeeded, _legacy.Build.Describe());
            string file = Directory.GetFiles(_legacy.Project.GeneratedDirectory("netstandard2.0"), "*.g.cs").Single();
            string source = File.ReadAllText(file);
            Assert.Contains("internal static partial class Week11", source, System.StringComparison.Ordinal);
            Assert.Contains("namespace Legacy.Consumer", source, System.StringComparison.Ordinal);
            Assert.DoesNotContain("#nullable", source, System.StringComparison.Ordinal);
        }
    }
}
