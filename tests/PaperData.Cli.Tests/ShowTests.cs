using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class ShowTests
    {
        private static readonly Paper S3im = TrendingPapers.Catalog.Find("S3IM")!;

        [Fact]
        public async Task Show_by_short_name_prints_the_whole_record_wrapped_to_the_width()
        {
            CliResult result = await Cli.RunAsync("show", "S3IM");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Err);
            string[] lines = result.Out.Split('\n');
            Assert.Equal(S3im.Title, lines[0]);
            Assert.Contains("Rank        7", lines);
            Assert.Contains("Id          " + S3im.Id, lines);
            Assert.Contains("Short name  S3IM", lines);
            Assert.Contains("Date        Mar 11", lines);
            Assert.All(lines, l => Assert.True(l.Length <= CliEnvironment.DefaultWidth, l));
            // Every word of the abstract is there, in order, only the line breaks differ.
            string body = string.Join(" ", lines.SkipWhile(l => l.Length > 0).Skip(1).SkipWhile(l => l.Length > 0).Skip(1).TakeWhile(l => l.Length > 0));
            Assert.Equal(S3im.Abstract, body);
        }

        [Fact]
        public async Task Links_show_kind_owner_and_repository_and_url_in_columns()
        {
            CliResult result = await Cli.RunAsync("show", "1");

            Assert.Equal("Links", result.OutLines[^2]);
            Assert.Equal("  repository  dyballa/dynamic-connectomes  https://github.com/dyballa/dynamic-connectomes", result.OutLines[^1]);
        }

        [Fact]
        public async Task An_empty_name_is_a_usage_error()
        {
            CliResult result = await Cli.RunAsync("show", " ");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("paperdata: show needs a paper id, short name, title or rank (see paperdata show --help)", result.SingleErrorLine());
        }

        [Theory]
        [InlineData("s3im-stochastic-structural-similarity-and-its-unreasonable-effectiveness-for")]
        [InlineData("s3im: stochastic structural SIMILARITY and its unreasonable effectiveness for neural fields")]
        [InlineData("7")]
        public async Task Show_finds_by_id_title_or_rank(string name)
        {
            CliResult result = await Cli.RunAsync("show", name, "--json");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            Assert.Equal(S3im.Id, document.RootElement.GetProperty("id").GetString());
            Assert.Equal("S3IM", document.RootElement.GetProperty("shortName").GetString());
        }

        [Fact]
        public async Task A_near_miss_suggests_the_closest_id_and_exits_3()
        {
            CliResult result = await Cli.RunAsync("show", "S3IN");

            Assert.Equal(3, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal("paperdata: no paper with id, short name or title \"S3IN\"; did you mean " + S3im.Id + "?", result.SingleErrorLine());
        }

        [Fact]
        public async Task A_misspelt_id_prefix_suggests_the_papers_it_starts()
        {
            CliResult result = await Cli.RunAsync("show", "nerfool-uncovering-the-vulnerabiltiy");

            Assert.Equal(3, result.ExitCode);
            Assert.Contains(TrendingPapers.Catalog.Find("NeRFool")!.Id, result.SingleErrorLine(), System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_name_far_from_every_paper_points_to_search()
        {
            CliResult result = await Cli.RunAsync("show", "quantum gravity");

            Assert.Equal(3, result.ExitCode);
            Assert.Equal("paperdata: no paper with id, short name or title \"quantum gravity\"; try: paperdata search \"quantum gravity\"", result.SingleErrorLine());
        }
    }
}
