using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class DiffTests
    {
        private static readonly (string Title, string Abstract) Alpha = ("Alpha: First Paper", TempDigest.Abstract("alpha methods"));
        private static readonly (string Title, string Abstract) Beta = ("Beta: Second Paper", TempDigest.Abstract("beta methods"));
        private static readonly (string Title, string Abstract) Gamma = ("Gamma: Third Paper", TempDigest.Abstract("gamma methods"));

        [Fact]
        public async Task Identical_digests_exit_0_with_identical_text_and_empty_json_arrays()
        {
            CliResult text = await Cli.RunAsync("diff", Cli.RealDigestPath, Cli.RealDigestPath);
            CliResult json = await Cli.RunAsync("diff", Cli.RealDigestPath, Cli.RealDigestPath, "--json");

            Assert.Equal(0, text.ExitCode);
            Assert.Equal("identical\n", text.Out);
            Assert.Equal(0, json.ExitCode);
            using JsonDocument document = JsonDocument.Parse(json.Out);
            Assert.Equal(new[] { "added", "removed", "changed" }, document.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.All(document.RootElement.EnumerateObject(), p => Assert.Equal(0, p.Value.GetArrayLength()));
        }

        [Fact]
        public async Task Added_removed_and_changed_papers_are_listed_and_exit_1()
        {
            using var before = new TempDigest(TempDigest.Digest("Mar 11", Alpha, Beta), "old.txt");
            using var after = new TempDigest(TempDigest.Digest("Mar 12", ("  ALPHA:   first paper ", TempDigest.Abstract("alpha methods, revised")), Gamma), "new.txt");

            CliResult result = await Cli.RunAsync("diff", before.Path, after.Path);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(
                new[]
                {
                    "- Beta: Second Paper",
                    "+ Gamma: Third Paper",
                    "~ ALPHA:   first paper (fields: title, shortName, abstract, date)",
                    "1 added, 1 removed, 1 changed, 0 reordered",
                },
                result.OutLines);
        }

        [Fact]
        public async Task Json_diff_has_exactly_added_removed_and_changed_with_export_shaped_papers()
        {
            using var before = new TempDigest(TempDigest.Digest("Mar 11", Alpha, Beta), "old.txt");
            using var after = new TempDigest(TempDigest.Digest("Mar 11", (Alpha.Title, Alpha.Abstract + " More."), Gamma), "new.txt");

            CliResult result = await Cli.RunAsync("diff", before.Path, after.Path, "--json");
            CliResult export = await Cli.RunAsync("export", "--digest", after.Path);

            Assert.Equal(1, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            using JsonDocument exported = JsonDocument.Parse(export.Out);
            JsonElement root = document.RootElement;
            Assert.Equal(new[] { "added", "removed", "changed" }, root.EnumerateObject().Select(p => p.Name));
            Assert.True(JsonElement.DeepEquals(exported.RootElement[1], Assert.Single(root.GetProperty("added").EnumerateArray())));
            Assert.Equal("Beta: Second Paper", Assert.Single(root.GetProperty("removed").EnumerateArray()).GetProperty("title").GetString());
            JsonElement change = Assert.Single(root.GetProperty("changed").EnumerateArray());
            Assert.Equal(new[] { "before", "after", "fields" }, change.EnumerateObject().Select(p => p.Name));
            Assert.Equal(Alpha.Abstract, change.GetProperty("before").GetProperty("abstract").GetString());
            Assert.True(JsonElement.DeepEquals(exported.RootElement[0], change.GetProperty("after")));
            Assert.Equal(new[] { "abstract" }, change.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        }

        [Fact]
        public async Task Order_alone_is_no_difference_but_the_moves_are_shown()
        {
            using var before = new TempDigest(TempDigest.Digest("Mar 11", Alpha, Beta, Gamma), "old.txt");
            using var after = new TempDigest(TempDigest.Digest("Mar 11", Gamma, Alpha, Beta), "new.txt");

            CliResult text = await Cli.RunAsync("diff", before.Path, after.Path);
            CliResult json = await Cli.RunAsync("diff", before.Path, after.Path, "--json");

            Assert.Equal(0, text.ExitCode);
            // Gamma moved to the top; Alpha and Beta kept their order, so they are not reported as moved.
            Assert.Equal(new[] { "^ Gamma: Third Paper (moved: rank 3 -> 1)", "identical (1 reordered; order alone is no difference)" }, text.OutLines);
            Assert.Equal(0, json.ExitCode);
            using JsonDocument document = JsonDocument.Parse(json.Out);
            Assert.All(document.RootElement.EnumerateObject(), p => Assert.Equal(0, p.Value.GetArrayLength()));
        }

        [Fact]
        public async Task A_paper_added_at_the_top_shifts_ranks_without_reordering_anything()
        {
            using var before = new TempDigest(TempDigest.Digest("Mar 11", Alpha, Beta), "old.txt");
            using var after = new TempDigest(TempDigest.Digest("Mar 11", Gamma, Alpha, Beta), "new.txt");

            CliResult result = await Cli.RunAsync("diff", before.Path, after.Path);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(new[] { "+ Gamma: Third Paper", "1 added, 0 removed, 0 changed, 0 reordered" }, result.OutLines);
        }

        [Fact]
        public async Task Json_digests_match_by_arxiv_id_even_when_the_title_changed_and_report_upvotes()
        {
            string Paper(string title, int upvotes) =>
                "{\"paper\":{\"id\":\"2503.00001\",\"title\":\"" + title + "\",\"summary\":\"" + TempDigest.Abstract("x") + "\",\"publishedAt\":\"2025-03-01T00:00:00.000Z\",\"upvotes\":" + upvotes + "}}";
            using var before = new TempDigest("[" + Paper("Old Name", 3) + "]", "old.json");
            using var after = new TempDigest("[" + Paper("New Name", 9) + "]", "new.json");

            CliResult result = await Cli.RunAsync("diff", before.Path, after.Path);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(new[] { "~ New Name (fields: title, upvotes)", "0 added, 0 removed, 1 changed, 0 reordered" }, result.OutLines);
        }

        [Fact]
        public async Task The_text_digest_against_the_json_sample_matches_the_shared_title_and_names_its_new_fields()
        {
            CliResult result = await Cli.RunAsync("diff", Cli.RealDigestPath, ExpectedColumns.JsonSamplePath);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(
                "~ Neural Collapse in Deep Linear Networks: From Balanced to Imbalanced Data (fields: abstract, date, arxivId, authors, publishedOn, upvotes, commentCount)",
                result.OutLines);
            Assert.Equal("2 added, 56 removed, 1 changed, 0 reordered", result.OutLines[^1]);
        }

        [Fact]
        public async Task A_directory_is_its_txt_and_json_digests_merged_in_name_order()
        {
            using var part1 = new TempDigest(TempDigest.Digest("Mar 11", Alpha), "1-first.txt");
            string directory = Path.GetDirectoryName(part1.Path)!;
            File.WriteAllText(Path.Combine(directory, "2-second.txt"), TempDigest.Digest("Mar 11", Beta), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(directory, "notes.md"), "not a digest");
            using var whole = new TempDigest(TempDigest.Digest("Mar 11", Alpha, Beta), "whole.txt");

            CliResult same = await Cli.RunAsync("diff", directory, whole.Path);
            CliResult json = await Cli.RunAsync("diff", whole.Path, directory, "--json");

            Assert.Equal(0, same.ExitCode);
            Assert.Equal("identical\n", same.Out);
            Assert.Equal(0, json.ExitCode);
        }

        [Fact]
        public async Task A_missing_digest_is_exit_4_and_a_missing_argument_exit_2()
        {
            using var digest = new TempDigest(TempDigest.Digest("Mar 11", Alpha));

            CliResult missing = await Cli.RunAsync("diff", digest.Path, digest.MissingPath);
            CliResult emptyDirectory = await Cli.RunAsync("diff", digest.Path, Directory.CreateTempSubdirectory().FullName);
            CliResult oneArgument = await Cli.RunAsync("diff", digest.Path);

            Assert.Equal(4, missing.ExitCode);
            Assert.Equal("paperdata: cannot read digest '" + digest.MissingPath + "': no such file", missing.SingleErrorLine());
            Assert.Equal(4, emptyDirectory.ExitCode);
            Assert.Contains("no *.txt or *.json file", emptyDirectory.SingleErrorLine(), StringComparison.Ordinal);
            Assert.Equal(2, oneArgument.ExitCode);
            oneArgument.SingleErrorLine();
        }
    }
}
