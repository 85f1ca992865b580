using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary>The conventions of dotnet, gh and git: near misses suggested, help of the command in use, options only where they act.</summary>
    public class CliConventionsTests
    {
        [Theory]
        [InlineData("serch", "search")]
        [InlineData("lst", "list")]
        [InlineData("expot", "export")]
        [InlineData("SHOW", "show")]
        public async Task A_mistyped_command_suggests_the_closest_one(string typed, string meant)
        {
            CliResult result = await Cli.RunAsync(typed, "nerf");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("paperdata: unknown command '" + typed + "'; did you mean '" + meant + "'? (see paperdata --help)", result.SingleErrorLine());
            Assert.Equal(string.Empty, result.Out);
        }

        [Fact]
        public async Task A_command_far_from_every_name_gets_no_guess()
        {
            CliResult result = await Cli.RunAsync("frobnicate");

            Assert.Equal("paperdata: unknown command 'frobnicate' (see paperdata --help)", result.SingleErrorLine());
        }

        [Theory]
        [InlineData("--limt", "--limit", "search", "nerf")]
        [InlineData("--jsno", "--json", "search", "nerf")]
        [InlineData("--with-cod", "--with-code", "list")]
        [InlineData("--formt", "--format", "export")]
        public async Task A_mistyped_option_suggests_the_closest_option_of_that_command(string typed, string meant, params string[] command)
        {
            CliResult result = await Cli.RunAsync(command.Append(typed).ToArray());

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                "paperdata: unknown option '" + typed + "' for 'paperdata " + command[0] + "'; did you mean '" + meant + "'? (see paperdata " + command[0] + " --help)",
                result.SingleErrorLine());
        }

        [Theory]
        [InlineData("check", false)]
        [InlineData("diff", false)]
        [InlineData("fetch", false)]
        [InlineData("list", true)]
        [InlineData("search", true)]
        [InlineData("show", true)]
        [InlineData("links", true)]
        [InlineData("export", true)]
        public async Task Digest_is_offered_only_by_the_commands_that_read_the_catalogue(string command, bool offered)
        {
            CliResult result = await Cli.RunAsync(command, "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(offered, result.Out.Contains("--digest", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Digest_before_a_command_that_reads_no_catalogue_is_a_usage_error_not_ignored()
        {
            using var digest = new TempDigest(TempDigest.Digest("Mar 11", ("Alpha", TempDigest.Abstract("alpha"))));

            CliResult result = await Cli.RunAsync("--digest", digest.Path, "check", digest.Path);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("paperdata: --digest does not apply to 'check' (see paperdata check --help)", result.SingleErrorLine());
        }

        [Fact]
        public async Task A_digest_warning_is_printed_as_a_warning_and_an_error_as_an_error()
        {
            string text = TempDigest.Digest("Mar 11", ("Alpha", TempDigest.Abstract("alpha")), ("Alpha", TempDigest.Abstract("beta"))) + "\nOrphan Title\n";
            using var digest = new TempDigest(text);

            CliResult result = await Cli.RunAsync("list", "--digest", digest.Path);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(2, result.ErrLines.Length);
            Assert.StartsWith("paperdata: " + digest.Path + "(7,1): warning PD0004: ", result.ErrLines[0], StringComparison.Ordinal);
            Assert.StartsWith("paperdata: " + digest.Path + "(11,1): error PD0003: ", result.ErrLines[1], StringComparison.Ordinal);
            Assert.DoesNotContain("warning: ", result.Err, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Links_json_lists_every_link_with_its_paper()
        {
            CliResult result = await Cli.RunAsync("links", "--json");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement[] links = document.RootElement.EnumerateArray().ToArray();
            Assert.Equal(TrendingPapers.Catalog.Papers.Sum(p => p.Links.Count), links.Length);
            JsonElement first = links[0];
            Paper paper = TrendingPapers.Catalog.Papers.First(p => p.Links.Any(l => l.Kind == LinkKind.Repository));
            CodeLink link = paper.Links.First(l => l.Kind == LinkKind.Repository);
            Assert.Equal(link.Url.OriginalString, first.GetProperty("url").GetString());
            Assert.Equal("repository", first.GetProperty("kind").GetString());
            Assert.Equal(link.Owner + "/" + link.Repository, first.GetProperty("name").GetString());
            Assert.Equal(paper.Rank, first.GetProperty("paper").GetProperty("rank").GetInt32());
            Assert.Equal(paper.Title, first.GetProperty("paper").GetProperty("title").GetString());
            // Repositories first, then project pages, then other links, as the text groups them.
            string[] kinds = links.Select(l => l.GetProperty("kind").GetString()!).ToArray();
            Assert.Equal(kinds.OrderBy(k => k == "repository" ? 0 : k == "projectPage" ? 1 : 2), kinds);
        }

        [Fact]
        public async Task Search_json_on_a_colour_terminal_still_carries_no_highlighting()
        {
            CliResult result = await Cli.RunInAsync(new CliEnvironment(100, useColor: true, outputIsTerminal: true), "search", "neural radiance fields", "--json");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            foreach (JsonElement hit in document.RootElement.EnumerateArray())
            {
                string snippet = hit.GetProperty("snippet").GetString()!;
                Assert.DoesNotContain("\u001b", snippet, StringComparison.Ordinal);
                Assert.DoesNotContain("[", snippet, StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("list")]
        [InlineData("list", "--json")]
        [InlineData("search", "neural")]
        [InlineData("show", "1")]
        [InlineData("links")]
        [InlineData("links", "--json")]
        public async Task Output_file_gets_exactly_what_stdout_would_have(params string[] args)
        {
            using var folder = new TempDigest(string.Empty);
            string path = Path.Combine(Path.GetDirectoryName(folder.Path)!, "out.txt");

            CliResult plain = await Cli.RunAsync(args);
            CliResult written = await Cli.RunInAsync(new CliEnvironment(100, useColor: true, outputIsTerminal: true), args.Concat(new[] { "-o", path }).ToArray());

            Assert.Equal(0, written.ExitCode);
            Assert.Equal(string.Empty, written.Out);
            Assert.Equal(plain.Out, File.ReadAllText(path)); // no colour in a file, even from a colour terminal
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!), f => f.EndsWith("out.txt", StringComparison.Ordinal)); // no temp file left
        }

        [Fact]
        public async Task Check_and_diff_write_their_report_to_the_output_file_and_keep_their_exit_code()
        {
            using var digest = new TempDigest(TempDigest.Digest("Mar 11", ("Alpha", TempDigest.Abstract("alpha"))) + "\nOrphan Title\n");
            string directory = Path.GetDirectoryName(digest.Path)!;
            string checkFile = Path.Combine(directory, "check.txt");
            string diffFile = Path.Combine(directory, "diff.txt");

            CliResult check = await Cli.RunAsync("check", digest.Path, "-o", checkFile);
            CliResult diff = await Cli.RunAsync("diff", digest.Path, Cli.RealDigestPath, "--output", diffFile);

            Assert.Equal(1, check.ExitCode);
            Assert.Equal(string.Empty, check.Out);
            Assert.Contains("error PD0003", File.ReadAllText(checkFile), StringComparison.Ordinal);
            Assert.EndsWith("Checked 1 digest: 1 paper, 1 error, 0 warnings.\n", File.ReadAllText(checkFile), StringComparison.Ordinal);
            Assert.Equal(1, diff.ExitCode);
            Assert.Equal(string.Empty, diff.Out);
            Assert.Contains("- Alpha", File.ReadAllText(diffFile), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_failing_command_leaves_an_existing_output_file_as_it_was()
        {
            using var folder = new TempDigest("old content\n", "out.txt");

            CliResult result = await Cli.RunAsync("show", "no-such-paper-at-all", "-o", folder.Path);

            Assert.Equal(3, result.ExitCode);
            Assert.Equal("old content\n", File.ReadAllText(folder.Path));
        }

        [Fact]
        public async Task An_output_file_that_cannot_be_written_is_one_line_and_exit_4()
        {
            using var blocker = new TempDigest("a file, not a folder\n", "blocker");
            string path = Path.Combine(blocker.Path, "out.txt");

            CliResult result = await Cli.RunAsync("list", "-o", path);

            Assert.Equal(4, result.ExitCode);
            Assert.StartsWith("paperdata: cannot write '" + path + "': ", result.SingleErrorLine(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Check_json_lists_each_diagnostic_with_place_severity_and_the_counts()
        {
            string text = TempDigest.Digest("Mar 11", ("Alpha", TempDigest.Abstract("alpha")), ("Alpha", TempDigest.Abstract("beta"))) + "\nOrphan Title\n";
            using var digest = new TempDigest(text);

            CliResult result = await Cli.RunAsync("check", digest.Path, "--json");

            Assert.Equal(1, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement root = document.RootElement;
            Assert.Equal(1, root.GetProperty("digests").GetInt32());
            Assert.Equal(2, root.GetProperty("papers").GetInt32());
            Assert.Equal(1, root.GetProperty("errors").GetInt32());
            Assert.Equal(1, root.GetProperty("warnings").GetInt32());
            JsonElement[] diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToArray();
            Assert.Equal(new[] { "PD0004", "PD0003" }, diagnostics.Select(d => d.GetProperty("id").GetString()));
            Assert.Equal(new[] { "warning", "error" }, diagnostics.Select(d => d.GetProperty("severity").GetString()));
            Assert.Equal(new[] { 7, 11 }, diagnostics.Select(d => d.GetProperty("line").GetInt32()));
            Assert.Equal(digest.Path, diagnostics[1].GetProperty("path").GetString());
            Assert.StartsWith("title 'Orphan Title' has no abstract", diagnostics[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
