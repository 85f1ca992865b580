using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class SearchTests
    {
        [Fact]
        public async Task Search_json_lists_the_catalogue_hits_in_rank_order_with_score_snippet_and_paper()
        {
            CliResult result = await Cli.RunAsync("search", "neural radiance fields", "--json");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement[] hits = document.RootElement.EnumerateArray().ToArray();
            string[] expected = TrendingPapers.Catalog.Search("neural radiance fields").Select(h => h.Paper.Id).ToArray();
            Assert.Equal(10, hits.Length);
            Assert.Equal(expected, hits.Select(h => h.GetProperty("paper").GetProperty("id").GetString()));
            double[] scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToArray();
            Assert.Equal(scores.OrderByDescending(s => s), scores);
            // JSON is data: the snippet carries no terminal marks, neither [brackets] nor escape codes.
            Assert.All(hits, h => Assert.DoesNotContain("[", h.GetProperty("snippet").GetString(), System.StringComparison.Ordinal));
            Assert.StartsWith("Recent work on Neural Radiance Fields (NeRF) has demonstrated", hits[0].GetProperty("snippet").GetString(), System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Search_text_shows_place_title_score_and_a_marked_snippet()
        {
            CliResult result = await Cli.RunAsync("search", "tensor completion", "--limit", "2");

            Assert.Equal(0, result.ExitCode);
            string[] lines = result.OutLines;
            Assert.Equal("1. Influence-guided Data Augmentation for Neural Tensor Completion", lines[0]);
            Assert.Matches(@"^   score \d+\.\d\d · #4 · influence-guided-data-augmentation-for-neural-tensor-completion$", lines[1]);
            Assert.Matches(@"\[tensor\]\s+\[completion\]", result.Out);
            Assert.Equal(2, lines.Count(l => l.Length > 0 && char.IsDigit(l[0])));
            Assert.DoesNotContain('\u001b', result.Out);
        }

        [Fact]
        public async Task A_query_that_matches_nothing_says_so_and_succeeds()
        {
            CliResult result = await Cli.RunAsync("search", "xyzzyplugh");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(new[] { "No paper matches \"xyzzyplugh\"." }, result.OutLines);
        }

        [Fact]
        public async Task A_negative_limit_is_a_usage_error()
        {
            CliResult result = await Cli.RunAsync("search", "neural", "--limit", "-3");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("paperdata: --limit expects a whole number, 1 or more, not \"-3\". (see paperdata search --help)", result.SingleErrorLine());
            Assert.Equal(string.Empty, result.Out);
        }

        [Theory]
        [InlineData("search", "neural", "-n", "0")]
        [InlineData("search", "neural", "-n", "-1")]
        [InlineData("list", "-n", "0")]
        [InlineData("list", "--limit", "-5")]
        public async Task A_limit_of_zero_or_less_is_a_usage_error_not_an_empty_answer(params string[] args)
        {
            CliResult result = await Cli.RunAsync(args);

            Assert.Equal(2, result.ExitCode);
            Assert.Matches("^paperdata: --limit expects a whole number, 1 or more, not \"-?\\d+\"\\. \\(see paperdata (search|list) --help\\)$", result.SingleErrorLine());
            Assert.Equal(string.Empty, result.Out);
        }

        [Fact]
        public async Task Search_help_states_the_limit_default_once()
        {
            CliResult result = await Cli.RunAsync("search", "--help");

            string limitLine = Assert.Single(result.OutLines, l => l.Contains("--limit", System.StringComparison.Ordinal));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(limitLine, "default"));
            Assert.Contains("[default: 10]", limitLine, System.StringComparison.Ordinal);
        }
    }
}
