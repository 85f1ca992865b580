using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>Builds Consumers/Modern: netstandard2.0 with the newest C#, nullable, warnings as errors.</summary>
    public sealed class ModernConsumer : BuiltConsumer
    {
        public ModernConsumer(PackedPackage package)
            : base(package, "Modern")
        {
        }
    }

    public sealed class ModernConsumerTests : IClassFixture<ModernConsumer>
    {
        private readonly ModernConsumer _modern;

        public ModernConsumerTests(ModernConsumer modern) => _modern = modern;

        [Fact]
        public void Netstandard20_consumer_with_the_newest_CSharp_gets_u8_data_and_builds_without_a_warning()
        {
            Assert.True(_modern.Build.Succeeded, _modern.Build.Describe());
            Assert.False(Regex.IsMatch(_modern.Build.Output, @": warning [A-Z]+\d+"), _modern.Build.Describe());
            string source = File.ReadAllText(Directory.GetFiles(_modern.Project.GeneratedDirectory("netstandard2.0"), "*.g.cs").Single());
            Assert.Contains("#nullable enable", source, System.StringComparison.Ordinal);
            Assert.Contains("\"u8;", source, System.StringComparison.Ordinal);
        }
    }
}
