using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>
    /// Builds Consumers/XunitV3, an xunit.v3 test project that references PaperData.Xunit from the feed, then lists
    /// its tests with theory pre-enumeration (what test explorers show) and runs them, with its own runner.
    /// </summary>
    public sealed class XunitConsumer : BuiltConsumer
    {
        public XunitConsumer(PackedPackage package)
            : base(package, "XunitV3")
        {
        }

        public CliResult? Listing { get; private set; }

        public CliResult? Run { get; private set; }

        protected override async Task AfterBuildAsync()
        {
            Listing = await Project.RunAsync("net10.0", "-list", "full/json", "-preEnumerateTheories", "-noColor");
            Run = await Project.RunAsync("net10.0", "-preEnumerateTheories", "-noColor");
        }
    }

    public sealed class XunitConsumerTests : IClassFixture<XunitConsumer>
    {
        private readonly XunitConsumer _consumer;

        public XunitConsumerTests(XunitConsumer consumer) => _consumer = consumer;

        [Fact]
        public void The_consumer_builds_with_warnings_as_errors()
        {
            Assert.True(_consumer.Build.Succeeded, _consumer.Build.Describe());
            Assert.False(Regex.IsMatch(_consumer.Build.Output, @": warning [A-Z]+\d+"), _consumer.Build.Describe());
        }

        [Fact]
        public void The_bundled_catalogue_is_listed_as_57_cases_each_named_by_a_paper_id()
        {
            string[] names = Listed("Consumer.Tests.TrendingTheories");
            Assert.Equal(57, names.Length);
            Assert.Equal(57, names.Distinct(StringComparer.Ordinal).Count());
            Assert.All(names, n => Assert.Matches(@"^Consumer\.Tests\.TrendingTheories\.Every_paper_has_a_title_and_an_abstract \[[a-z0-9]+(-[a-z0-9]+)*\]$", n));
            Assert.Contains("Consumer.Tests.TrendingTheories.Every_paper_has_a_title_and_an_abstract [tabpfn-a-transformer-that-solves-small-tabular-classification-problems-in-a]", names);
        }

        [Fact]
        public void The_project_s_own_digest_is_sampled_to_two_listed_cases()
        {
            Assert.Equal(2, Listed("Consumer.Tests.ShelfTheories").Length);
        }

        [Fact]
        public void All_59_cases_run_and_pass()
        {
            Assert.True(_consumer.Build.Succeeded, _consumer.Build.Describe());
            Assert.True(_consumer.Run!.Succeeded, _consumer.Run.Describe());
            Assert.Contains("Total: 59, Errors: 0, Failed: 0, Skipped: 0", _consumer.Run.Output, StringComparison.Ordinal);
        }

        private string[] Listed(string testClass)
        {
            Assert.True(_consumer.Build.Succeeded, _consumer.Build.Describe());
            Assert.True(_consumer.Listing!.Succeeded, _consumer.Listing.Describe());
            string json = _consumer.Listing.Output.Split('\n').Single(line => line.StartsWith('['));
            using JsonDocument listing = JsonDocument.Parse(json);
            return listing.RootElement.EnumerateArray()
                .Where(c => c.GetProperty("Class").GetString() == testClass)
                .Select(c => c.GetProperty("DisplayName").GetString()!)
                .ToArray();
        }
    }
}
