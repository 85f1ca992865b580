using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class ExportTests
    {
        [Fact]
        public async Task Json_export_is_an_array_of_the_57_bundled_papers_in_digest_order_with_the_contract_fields()
        {
            CliResult result = await Cli.RunAsync("export", "--format", "json");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Err);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement[] papers = document.RootElement.EnumerateArray().ToArray();
            Assert.Equal(57, papers.Length);
            for (int i = 0; i < papers.Length; i++)
            {
                Paper expected = TrendingPapers.All[i];
                JsonElement paper = papers[i];
                Assert.Equal(
                    new[] { "rank", "id", "title", "shortName", "abstract", "date", "links", "arxivId", "authors", "publishedOn", "upvotes", "keywords", "aiSummary", "commentCount", "githubStars", "organization", "featuredOn" },
                    paper.EnumerateObject().Select(p => p.Name));
                Assert.Equal(i + 1, paper.GetProperty("rank").GetInt32());
                Assert.Equal(expected.Id, paper.GetProperty("id").GetString());
                Assert.Equal(expected.Title, paper.GetProperty("title").GetString());
                Assert.Equal(expected.ShortName, paper.GetProperty("shortName").GetString());
                Assert.Equal(expected.Abstract, paper.GetProperty("abstract").GetString());
                JsonElement date = paper.GetProperty("date");
                Assert.Equal(3, date.GetProperty("month").GetInt32());
                Assert.Equal(11, date.GetProperty("day").GetInt32());
                Assert.Equal(JsonValueKind.Null, date.GetProperty("year").ValueKind);
                Assert.Equal(expected.Links.Count, paper.GetProperty("links").GetArrayLength());
                Assert.Equal(JsonValueKind.Null, paper.GetProperty("arxivId").ValueKind);
                Assert.Equal(0, paper.GetProperty("authors").GetArrayLength());
            }
        }

        [Fact]
        public async Task Json_export_of_a_json_digest_carries_arxiv_id_authors_years_upvotes_and_keywords()
        {
            string path = System.IO.Path.Combine(System.AppContext.BaseDirectory, "samples", "daily_papers-2025-03-11.json");

            CliResult result = await Cli.RunAsync("export", "--format", "json", "--digest", path);

            Assert.Equal(0, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement first = document.RootElement[0];
            Assert.Equal("2503.07459", first.GetProperty("arxivId").GetString());
            Assert.Equal(
                new[] { "Lena Hartmann", "Rafael  Okonkwo", "Mei-Ling Zhou" },
                first.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(142, first.GetProperty("upvotes").GetInt32());
            Assert.Equal(2025, first.GetProperty("date").GetProperty("year").GetInt32());
            Assert.Equal(2025, first.GetProperty("publishedOn").GetProperty("year").GetInt32());
            Assert.Equal(10, first.GetProperty("publishedOn").GetProperty("day").GetInt32());
            Assert.Contains("LoRA", first.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
            Assert.Contains(first.GetProperty("links").EnumerateArray(), l => l.GetProperty("repository").GetString() == "SparseLoRA");
        }

        [Fact]
        public async Task Json_links_carry_url_kind_owner_and_repository()
        {
            CliResult result = await Cli.RunAsync("export");

            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement first = document.RootElement[0].GetProperty("links")[0];
            Assert.Equal("https://github.com/dyballa/dynamic-connectomes", first.GetProperty("url").GetString());
            Assert.Equal("repository", first.GetProperty("kind").GetString());
            Assert.Equal("dyballa", first.GetProperty("owner").GetString());
            Assert.Equal("dynamic-connectomes", first.GetProperty("repository").GetString());

            var kinds = document.RootElement.EnumerateArray()
                .SelectMany(p => p.GetProperty("links").EnumerateArray())
                .Select(l => l.GetProperty("kind").GetString())
                .ToHashSet();
            Assert.Subset(new HashSet<string?> { "repository", "projectPage", "other" }, kinds);
            Assert.Contains("projectPage", kinds);
        }

        [Fact]
        public async Task Json_writes_non_ascii_text_as_is()
        {
            string title = "Café: 中文 Retrieval for Naïve Agents 🚀";
            string @abstract = TempDigest.Abstract("multilingual retrieval (中文, français, émigré) with \"quotes\" and a backslash \\");
            using var digest = new TempDigest(TempDigest.Digest("Mar 12, 2025", (title, @abstract)));

            CliResult result = await Cli.RunAsync("export", "--format", "json", "--digest", digest.Path);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"title\": \"Café: 中文 Retrieval for Naïve Agents 🚀\"", result.Out, System.StringComparison.Ordinal);
            Assert.Contains("(中文, français, émigré) with \\\"quotes\\\" and a backslash \\\\", result.Out, System.StringComparison.Ordinal);
            Assert.DoesNotContain("\\u", result.Out, System.StringComparison.Ordinal);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement paper = Assert.Single(document.RootElement.EnumerateArray());
            Assert.Equal(title, paper.GetProperty("title").GetString());
            Assert.Equal(@abstract, paper.GetProperty("abstract").GetString());
            Assert.Equal("Café", paper.GetProperty("shortName").GetString());
            Assert.Equal(2025, paper.GetProperty("date").GetProperty("year").GetInt32());
        }

        [Fact]
        public async Task Csv_export_has_a_header_and_one_rfc4180_record_per_paper()
        {
            CliResult result = await Cli.RunAsync("export", "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith(
                "rank,id,title,short_name,abstract,date,month,day,year,arxiv_id,authors,published_on,upvotes,keywords,ai_summary,comment_count,github_stars,organization,links,repository,project_page,has_code,featured_on\r\n",
                result.Out, System.StringComparison.Ordinal);
            List<string[]> records = Rfc4180.Parse(result.Out);
            Assert.Equal(58, records.Count);
            Assert.All(records, r => Assert.Equal(23, r.Length));
            Assert.Equal(TrendingPapers.All.Select(p => p.Title), records.Skip(1).Select(r => r[2]));
            Assert.Equal(TrendingPapers.All.Select(p => p.Abstract), records.Skip(1).Select(r => r[4]));
            Assert.Equal("https://github.com/dyballa/dynamic-connectomes", records[1][18]);
        }

        [Fact]
        public async Task Csv_quotes_fields_with_commas_and_doubles_quotes()
        {
            string title = "Commas, \"Quotes\" and More";
            using var digest = new TempDigest(TempDigest.Digest("Mar 11", (title, TempDigest.Abstract("escaping"))));

            CliResult result = await Cli.RunAsync("export", "--format", "csv", "--digest", digest.Path);

            Assert.Contains(",\"Commas, \"\"Quotes\"\" and More\",", result.Out, System.StringComparison.Ordinal);
            List<string[]> records = Rfc4180.Parse(result.Out);
            Assert.Equal(title, records[1][2]);
            Assert.Equal(string.Empty, records[1][3]);
            Assert.Equal(new[] { string.Empty, "3", "11", string.Empty }, records[1][5..9]);
        }

        [Fact]
        public async Task Markdown_export_has_one_section_per_paper_with_escaped_text()
        {
            CliResult result = await Cli.RunAsync("export", "--format", "markdown");

            Assert.Equal(0, result.ExitCode);
            string[] lines = result.Out.Split('\n');
            Assert.Equal("# Papers", lines[0]);
            string[] headings = lines.Where(l => l.StartsWith("## ", System.StringComparison.Ordinal)).ToArray();
            Assert.Equal(57, headings.Length);
            Assert.Equal("## 1. Learning dynamic representations of the functional connectome in neurobiological networks", headings[0]);
            Assert.Contains("- [dyballa/dynamic-connectomes](<https://github.com/dyballa/dynamic-connectomes>) (repository)", lines);
            // The digest's "*Tensor Programs*" stays literal text instead of turning into emphasis.
            Assert.Contains(lines, l => l.Contains("\\*Tensor Programs\\*", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task Md_is_markdown()
        {
            CliResult markdown = await Cli.RunAsync("export", "--format", "markdown");
            CliResult md = await Cli.RunAsync("export", "-f", "md");

            Assert.Equal(0, md.ExitCode);
            Assert.Equal(markdown.Out, md.Out);
            Assert.StartsWith("#", md.Out, System.StringComparison.Ordinal);
        }
    }
}
