using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary>CSV and Markdown carry every field of every paper, under the same snake_case names.</summary>
    public class ExportFieldTests
    {
        [Fact]
        public async Task Csv_holds_every_field_of_every_paper_of_both_catalogues()
        {
            foreach ((string[] digestArgs, IReadOnlyList<Paper> papers) in ExpectedColumns.Catalogues())
            {
                CliResult result = await Cli.RunAsync(new[] { "export", "-f", "csv" }.Concat(digestArgs).ToArray());

                Assert.Equal(0, result.ExitCode);
                List<string[]> records = Rfc4180.Parse(result.Out);
                Assert.Equal(ExpectedColumns.Names, records[0]);
                Assert.Equal(papers.Count + 1, records.Count);
                for (int i = 0; i < papers.Count; i++)
                {
                    Dictionary<string, object?> expected = ExpectedColumns.Row(papers[i]);
                    for (int c = 0; c < ExpectedColumns.Names.Length; c++)
                    {
                        Assert.Equal(ExpectedColumns.Text(expected[ExpectedColumns.Names[c]]), records[i + 1][c]);
                    }
                }
            }
        }

        [Fact]
        public async Task Csv_of_the_json_digest_joins_lists_with_semicolons_and_writes_iso_dates()
        {
            CliResult result = await Cli.RunAsync("export", "-f", "csv", "--digest", ExpectedColumns.JsonSamplePath);

            string[] first = Rfc4180.Parse(result.Out)[1];
            Assert.Equal("Lena Hartmann; Rafael  Okonkwo; Mei-Ling Zhou", first[10]);
            Assert.Equal("2025-03-11", first[5]);
            Assert.Equal("2025-03-10", first[11]);
            Assert.Equal("142", first[12]);
            Assert.Equal("SparseLoRA predicts which channels matter per token to speed up fine-tuning.", first[14]);
            Assert.Equal(new[] { "4", "512", "hartmann-lab" }, first[15..18]);
            Assert.Equal("true", first[21]);
        }

        [Fact]
        public async Task Markdown_lists_every_field_that_has_a_value_under_its_column_name()
        {
            foreach ((string[] digestArgs, IReadOnlyList<Paper> papers) in ExpectedColumns.Catalogues())
            {
                CliResult result = await Cli.RunAsync(new[] { "export", "-f", "markdown" }.Concat(digestArgs).ToArray());

                Assert.Equal(0, result.ExitCode);
                string[] sections = result.Out.Split("\n## ").Skip(1).ToArray();
                Assert.Equal(papers.Count, sections.Length);
                for (int i = 0; i < papers.Count; i++)
                {
                    string[] lines = sections[i].Split('\n');
                    Dictionary<string, object?> expected = ExpectedColumns.Row(papers[i]);
                    foreach (string name in ExpectedColumns.Names.Except(new[] { "rank", "title", "abstract", "links" }))
                    {
                        string text = ExpectedColumns.Text(expected[name]);
                        string prefix = "- **" + name + "**: ";
                        string? line = lines.FirstOrDefault(l => l.StartsWith(prefix, System.StringComparison.Ordinal));
                        if (text.Length == 0)
                        {
                            Assert.Null(line);
                            continue;
                        }

                        Assert.NotNull(line);
                        Assert.Equal(text, Unescape(line[prefix.Length..]));
                    }

                    Assert.Equal(papers[i].Links.Count, lines.Count(l => l.StartsWith("- [", System.StringComparison.Ordinal)));
                }
            }
        }

        [Fact]
        public void Every_column_but_the_flattened_ones_is_a_property_of_the_json_export_in_camel_case()
        {
            string[] json = { "rank", "id", "title", "shortName", "abstract", "date", "links", "arxivId", "authors", "publishedOn", "upvotes", "keywords", "aiSummary", "commentCount", "githubStars", "organization", "featuredOn" };
            string[] flattened = { "month", "day", "year", "repository", "project_page", "has_code" };

            foreach (Output.Columns.PaperColumn column in Output.Columns.PaperColumns.All.Where(c => !flattened.Contains(c.Name)))
            {
                Assert.Contains(column.JsonName, json);
            }

            Assert.Equal(ExpectedColumns.Names, Output.Columns.PaperColumns.All.Select(c => c.Name));
        }

        // Markdown escapes markup characters with a backslash; compare the text as a reader sees it.
        private static string Unescape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\\([\\`*_\[\]<>|])", "$1");
    }
}
