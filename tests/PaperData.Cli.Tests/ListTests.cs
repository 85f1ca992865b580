using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class ListTests
    {
        // Table rows start with the right-aligned rank; wrapped title lines start with spaces only.
        private static string[] Rows(CliResult result) =>
            result.OutLines.Skip(1).Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToArray();

        [Fact]
        public async Task List_prints_a_header_and_one_aligned_row_per_paper()
        {
            CliResult result = await Cli.RunAsync("list");

            Assert.Equal(0, result.ExitCode);
            Assert.Matches("^ #  Code  Short name +Title$", result.OutLines[0]);
            string[] rows = Rows(result);
            Assert.Equal(57, rows.Length);
            Assert.StartsWith(" 1  code  ", rows[0], System.StringComparison.Ordinal);
            Assert.StartsWith(" 7        S3IM ", rows[6], System.StringComparison.Ordinal);
            int titleColumn = result.OutLines[0].IndexOf("Title", System.StringComparison.Ordinal);
            Assert.Equal(titleColumn, rows[6].IndexOf("S3IM: Stochastic", System.StringComparison.Ordinal));
            Assert.All(result.OutLines, l => Assert.True(l.Length <= CliEnvironment.DefaultWidth, l));
        }

        [Fact]
        public async Task With_code_lists_exactly_the_catalogue_papers_with_code()
        {
            CliResult text = await Cli.RunAsync("list", "--with-code");
            CliResult json = await Cli.RunAsync("list", "--with-code", "--json");

            int expected = TrendingPapers.Catalog.WithCode().Count;
            Assert.True(expected > 0);
            Assert.Equal(expected, Rows(text).Length);
            Assert.All(Rows(text), r => Assert.Contains("  code  ", r, System.StringComparison.Ordinal));
            using JsonDocument document = JsonDocument.Parse(json.Out);
            Assert.Equal(
                TrendingPapers.Catalog.WithCode().Select(p => p.Id),
                document.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        }

        [Fact]
        public async Task Date_and_limit_filter_the_list()
        {
            Assert.Equal(57, Rows(await Cli.RunAsync("list", "--date", "Mar 11")).Length);
            Assert.Equal(57, Rows(await Cli.RunAsync("list", "--date", "march 11")).Length);
            Assert.Empty(Rows(await Cli.RunAsync("list", "--date", "Mar 12")));
            Assert.Equal(5, Rows(await Cli.RunAsync("list", "--limit", "5")).Length);
        }

        [Fact]
        public async Task An_unreadable_date_is_a_usage_error()
        {
            CliResult result = await Cli.RunAsync("list", "--date", "Feb 30");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                "paperdata: --date expects a date like \"Mar 11\", \"March 11, 2025\" or \"2025-03-11\", not \"Feb 30\". (see paperdata list --help)",
                result.SingleErrorLine());
        }

        [Fact]
        public async Task Wide_titles_wrap_under_their_column_at_a_narrow_width()
        {
            CliResult result = await Cli.RunInAsync(new CliEnvironment(60, useColor: false), "list", "--limit", "3");

            Assert.All(result.OutLines, l => Assert.True(l.Length <= 60, l));
            int titleColumn = result.OutLines[0].IndexOf("Title", System.StringComparison.Ordinal);
            string continuation = result.OutLines[2];
            Assert.Equal(new string(' ', titleColumn), continuation[..titleColumn]);
            Assert.NotEqual(' ', continuation[titleColumn]);
        }
    }
}
