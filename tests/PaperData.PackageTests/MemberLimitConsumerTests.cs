using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>
    /// Builds and runs Consumers/MemberLimit: <c>&lt;PaperDataMaxMembers&gt;3&lt;/PaperDataMaxMembers&gt;</c> with a 5-paper
    /// and a 3-paper digest, docs generated and warnings as errors.
    /// </summary>
    public sealed class MemberLimitConsumer : RunConsumer
    {
        public MemberLimitConsumer(PackedPackage package)
            : base(package, "MemberLimit", "net10.0")
        {
        }
    }

    public sealed class MemberLimitConsumerTests : IClassFixture<MemberLimitConsumer>
    {
        private readonly MemberLimitConsumer _consumer;

        public MemberLimitConsumerTests(MemberLimitConsumer consumer) => _consumer = consumer;

        [Fact]
        public void The_property_reaches_the_generator_and_the_class_above_it_has_no_member_per_paper()
        {
            Assert.True(_consumer.Build.Succeeded, _consumer.Build.Describe());
            Assert.False(Regex.IsMatch(_consumer.Build.Output, @": (warning|error) [A-Z]+\d+"), _consumer.Build.Describe());
            Assert.Equal("All,Catalog", _consumer.Value("five.properties"));
            Assert.Equal("0", _consumer.Value("five.nested"));

            string five = File.ReadAllText(Directory.GetFiles(_consumer.Project.GeneratedDirectory("net10.0"), "Five.*.g.cs").Single());
            Assert.DoesNotContain("enum Key", five, System.StringComparison.Ordinal);
            Assert.DoesNotContain("class Titles", five, System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_catalogue_above_the_limit_still_has_every_paper()
        {
            Assert.Equal("5/5/5", _consumer.Value("five.count"));
            Assert.Equal("Delta: Learning delta Representations at Scale", _consumer.Value("five.find"));
        }

        [Fact]
        public void The_task_summarizes_the_class_above_the_limit_only_and_the_generator_reads_it_from_the_resource()
        {
            // Five is above the limit and reads without a diagnostic: the task wrote its paper count, so the generator
            // only hashed its text. Three is at the limit: parsed in full, no summary.
            string directory = Path.Combine(_consumer.Project.Directory, "obj", "Debug", "net10.0", "paperdata");
            string summary = Assert.Single(Directory.GetFiles(directory, "*.summary"));
            Assert.Contains(".Five-", Path.GetFileName(summary), System.StringComparison.Ordinal);
            Assert.Equal("5", File.ReadAllText(summary));

            string five = File.ReadAllText(Directory.GetFiles(_consumer.Project.GeneratedDirectory("net10.0"), "Five.*.g.cs").Single());
            Assert.Contains("FromResource(", five, System.StringComparison.Ordinal);
            Assert.Contains("public const int Count = 5;", five, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_class_at_the_limit_keeps_Get_Key_and_Titles()
        {
            Assert.Equal("Golf: Learning golf Representations at Scale|Hotel: Learning hotel Representations at Scale", _consumer.Value("three.key"));
        }
    }
}
