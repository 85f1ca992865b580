using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary><c>list --sort</c>, <c>--week</c>, <c>--month</c> and ISO <c>--date</c>, on a small JSON archive of several days.</summary>
    public class ListOrderAndPeriodTests
    {
        // Rank 1..5: featured Mon 2025-03-03 (W10), Sun 2025-03-09 (W10), Mon 2025-03-10 (W11), Fri 2025-02-28, Mon 2025-03-31.
        private static readonly string Archive = "[" + string.Join(",",
            Item("2503.00001", "Alpha", "2025-03-03", "5"),
            Item("2503.00002", "Beta", "2025-03-09", "50"),
            Item("2503.00003", "Gamma", "2025-03-10", "20"),
            Item("2502.00004", "Delta", "2025-02-28", "null"),
            Item("2503.00005", "Epsilon", "2025-03-31", "50")) + "]";

        private static string Item(string id, string title, string day, string upvotes) =>
            "{\"paper\": {\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"summary\": \"About " + title + ".\", \"publishedAt\": \"" + day
            + "T08:00:00.000Z\", \"upvotes\": " + upvotes + "}, \"publishedAt\": \"" + day + "T09:00:00.000Z\"}";

        private static async Task<int[]> Ranks(params string[] args)
        {
            using var digest = new TempDigest(Archive, "archive.json");
            CliResult result = await Cli.RunAsync(args.Concat(new[] { "--digest", digest.Path, "--json" }).ToArray());
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Err);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            return document.RootElement.EnumerateArray().Select(p => p.GetProperty("rank").GetInt32()).ToArray();
        }

        [Fact]
        public async Task Sort_upvotes_puts_most_first_ties_in_rank_order_and_papers_without_votes_last()
        {
            Assert.Equal(new[] { 2, 5, 3, 1, 4 }, await Ranks("list", "--sort", "upvotes"));
            Assert.Equal(new[] { 1, 2, 3, 4, 5 }, await Ranks("list", "--sort", "rank"));
            Assert.Equal(new[] { 1, 2, 3, 4, 5 }, await Ranks("list"));
        }

        [Fact]
        public async Task Sort_date_puts_the_newest_featured_day_first()
        {
            Assert.Equal(new[] { 5, 3, 2, 1, 4 }, await Ranks("list", "--sort", "date"));
        }

        [Fact]
        public async Task Week_and_month_select_by_the_featured_day()
        {
            Assert.Equal(new[] { 1, 2 }, await Ranks("list", "--week", "2025-W10"));
            Assert.Equal(new[] { 3 }, await Ranks("list", "--week", "2025-w11"));
            Assert.Equal(new[] { 1, 2, 3, 5 }, await Ranks("list", "--month", "2025-03"));
            Assert.Equal(new[] { 4 }, await Ranks("list", "--month", "2025-02"));
            Assert.Empty(await Ranks("list", "--month", "2024-03"));
        }

        [Fact]
        public async Task The_top_of_a_week_combines_week_sort_and_limit()
        {
            Assert.Equal(new[] { 2 }, await Ranks("list", "--week", "2025-W10", "--sort", "upvotes", "-n", "1"));
        }

        [Fact]
        public async Task Date_accepts_iso_dates_beside_month_names()
        {
            Assert.Equal(new[] { 2 }, await Ranks("list", "--date", "2025-03-09"));
            Assert.Equal(new[] { 2 }, await Ranks("list", "--date", "Mar 9"));
            Assert.Empty(await Ranks("list", "--date", "2024-03-09"));
        }

        [Fact]
        public async Task The_table_shows_upvotes_and_dates_when_the_digest_has_them()
        {
            using var digest = new TempDigest(Archive, "archive.json");
            CliResult result = await Cli.RunAsync("list", "--digest", digest.Path, "--sort", "upvotes");

            Assert.Equal(0, result.ExitCode);
            Assert.Matches("^# +Upvotes +Date +Code +Short name +Title$", result.OutLines[0]);
            Assert.Matches("^2 +50 +Mar 9, 2025 +Beta$", result.OutLines[1]);
            Assert.Matches("^4 +Feb 28, 2025 +Delta$", result.OutLines[5]);
        }

        [Fact]
        public async Task On_a_text_digest_an_iso_date_matches_its_yearless_date()
        {
            CliResult result = await Cli.RunAsync("list", "--date", "2025-03-11", "--json");
            using JsonDocument document = JsonDocument.Parse(result.Out);
            Assert.Equal(57, document.RootElement.GetArrayLength());
        }

        [Fact]
        public async Task Sorting_a_text_digest_by_upvotes_says_it_has_none()
        {
            CliResult result = await Cli.RunAsync("list", "--sort", "upvotes");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal("paperdata: this digest has no upvotes (text digests don't; fetch the JSON) (see paperdata list --help)", result.SingleErrorLine());
        }

        [Theory]
        [InlineData("--week", "2025-W11")]
        [InlineData("--month", "2025-03")]
        public async Task A_period_on_a_text_digest_without_years_says_its_dates_have_no_year(string option, string value)
        {
            CliResult result = await Cli.RunAsync("list", option, value);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("paperdata: this digest's dates have no year, so " + option + " cannot place its papers", result.SingleErrorLine(), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--sort", "stars", "--sort expects rank, upvotes or date")]
        [InlineData("--week", "2021-W53", "2021 has 52 ISO weeks")]
        [InlineData("--week", "2025-10", "--week expects an ISO week as YYYY-Www")]
        [InlineData("--month", "2025-13", "--month expects a month as YYYY-MM")]
        public async Task Bad_values_are_usage_errors(string option, string value, string message)
        {
            CliResult result = await Cli.RunAsync("list", option, value);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Err, System.StringComparison.Ordinal);
        }
    }
}
