using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary><c>show</c> by arXiv id, with every field the JSON digest has (values as the sample file states them).</summary>
    public class ShowFieldsTests
    {
        private static string Sample => ExpectedColumns.JsonSamplePath;

        [Theory]
        [InlineData("2503.07459")]
        [InlineData("arXiv:2503.07459v2")]
        [InlineData("https://arxiv.org/abs/2503.07459")]
        public async Task Show_finds_a_paper_by_arXiv_id_in_any_form(string id)
        {
            CliResult result = await Cli.RunAsync("show", id, "--digest", Sample, "--json");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            Assert.Equal("2503.07459", document.RootElement.GetProperty("arxivId").GetString());
        }

        [Fact]
        public async Task Show_prints_authors_arXiv_id_upvotes_summary_repository_stars_page_comments_and_organization()
        {
            CliResult result = await Cli.RunAsync("show", "2503.07459", "--digest", Sample);

            Assert.Equal(0, result.ExitCode);
            string[] lines = result.Out.Split('\n');
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^arXiv +2503\\.07459$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Authors +Lena Hartmann, Rafael +Okonkwo, Mei-Ling Zhou$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Published +Mar 10, 2025$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Upvotes +142$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Comments +4$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Organization +hartmann-lab$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Repository +https://github\\.com/hartmann-lab/SparseLoRA \\(512 stars\\)$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Project page +https://hartmann-lab\\.github\\.io/sparselora/$"));
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^AI summary +SparseLoRA predicts which channels matter per token to speed up fine-tuning\\.$"));
        }

        [Fact]
        public async Task Fields_a_paper_lacks_are_not_printed_and_zero_comments_are()
        {
            // The second paper has numComments 0, githubStars null and no organization or summary.
            CliResult result = await Cli.RunAsync("show", "2503.06520", "--digest", Sample);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(result.OutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Comments +0$"));
            Assert.DoesNotContain(result.OutLines, l => l.StartsWith("Organization", System.StringComparison.Ordinal)
                || l.StartsWith("AI summary", System.StringComparison.Ordinal) || l.Contains("stars", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task Show_json_carries_the_new_fields_in_camel_case_and_null_where_unknown()
        {
            CliResult first = await Cli.RunAsync("show", "2503.07459", "--digest", Sample, "--json");
            CliResult second = await Cli.RunAsync("show", "2503.06520", "--digest", Sample, "--json");

            using JsonDocument one = JsonDocument.Parse(first.Out);
            using JsonDocument two = JsonDocument.Parse(second.Out);
            Assert.Equal("SparseLoRA predicts which channels matter per token to speed up fine-tuning.", one.RootElement.GetProperty("aiSummary").GetString());
            Assert.Equal(4, one.RootElement.GetProperty("commentCount").GetInt32());
            Assert.Equal(512, one.RootElement.GetProperty("githubStars").GetInt32());
            Assert.Equal("hartmann-lab", one.RootElement.GetProperty("organization").GetString());
            Assert.Equal(0, two.RootElement.GetProperty("commentCount").GetInt32());
            Assert.All(new[] { "aiSummary", "githubStars", "organization" },
                name => Assert.Equal(JsonValueKind.Null, two.RootElement.GetProperty(name).ValueKind));
        }

        [Fact]
        public async Task An_arXiv_id_on_a_text_digest_says_the_digest_has_none()
        {
            CliResult result = await Cli.RunAsync("show", "2503.07459");

            Assert.Equal(3, result.ExitCode);
            Assert.Equal("paperdata: no paper with arXiv id \"2503.07459\": this digest has no arXiv ids (text digests don't; fetch the JSON)", result.SingleErrorLine());
        }

        [Fact]
        public async Task A_text_digest_paper_shows_no_empty_rows()
        {
            CliResult result = await Cli.RunAsync("show", "S3IM");

            string[] labels = result.OutLines.Skip(1).TakeWhile(l => !l.StartsWith("We ", System.StringComparison.Ordinal))
                .Select(l => l.Split("  ")[0]).ToArray();
            Assert.Equal(new[] { "Rank", "Id", "Short name", "Date", "Code" }, labels.Take(5));
        }
    }
}
