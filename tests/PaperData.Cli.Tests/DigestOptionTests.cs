using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class DigestOptionTests
    {
        [Fact]
        public async Task Repeated_digests_merge_in_order_with_ranks_renumbered()
        {
            using var first = new TempDigest(TempDigest.Digest("Mar 11", ("Alpha", TempDigest.Abstract("alpha")), ("Beta", TempDigest.Abstract("beta"))));
            using var second = new TempDigest(TempDigest.Digest("Mar 12", ("Gamma", TempDigest.Abstract("gamma"))));

            CliResult result = await Cli.RunAsync("--digest", first.Path, "export", "--digest", second.Path);

            Assert.Equal(0, result.ExitCode);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement[] papers = document.RootElement.EnumerateArray().ToArray();
            Assert.Equal(new[] { "Alpha", "Beta", "Gamma" }, papers.Select(p => p.GetProperty("title").GetString()));
            Assert.Equal(new[] { 1, 2, 3 }, papers.Select(p => p.GetProperty("rank").GetInt32()));
            Assert.Equal(12, papers[2].GetProperty("date").GetProperty("day").GetInt32());
        }

        [Fact]
        public async Task A_directory_digest_is_an_archive_merged_by_day_with_each_paper_once()
        {
            // Two text days in one folder (TempDigest's folder): Alpha is featured on both, and is listed once, first.
            using var mar12 = new TempDigest(TempDigest.Digest("Mar 12", ("Gamma", TempDigest.Abstract("gamma")), ("Alpha", TempDigest.Abstract("alpha again"))), "b.txt");
            string folder = System.IO.Path.GetDirectoryName(mar12.Path)!;
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "a.txt"), TempDigest.Digest("Mar 11", ("Alpha", TempDigest.Abstract("alpha"))));

            CliResult result = await Cli.RunAsync("export", "--digest", folder);

            Assert.Equal(0, result.ExitCode);
            Assert.Empty(result.ErrLines);
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement[] papers = document.RootElement.EnumerateArray().ToArray();
            Assert.Equal(new[] { "Alpha", "Gamma" }, papers.Select(p => p.GetProperty("title").GetString()));
            Assert.Equal(new[] { 1, 2 }, papers.Select(p => p.GetProperty("rank").GetInt32()));
            Assert.Equal(11, papers[0].GetProperty("date").GetProperty("day").GetInt32());
            Assert.Equal(new[] { 11, 12 }, papers[0].GetProperty("featuredOn").EnumerateArray().Select(d => d.GetProperty("day").GetInt32()));
            Assert.Equal(new[] { 12 }, papers[1].GetProperty("featuredOn").EnumerateArray().Select(d => d.GetProperty("day").GetInt32()));
        }

        [Fact]
        public async Task A_directory_without_digests_is_exit_4_with_one_line()
        {
            using var other = new TempDigest("not a digest", "notes.md");
            string folder = System.IO.Path.GetDirectoryName(other.Path)!;

            CliResult result = await Cli.RunAsync("list", "--digest", folder);

            Assert.Equal(4, result.ExitCode);
            Assert.Equal(new[] { "paperdata: cannot read digest '" + folder + "': the directory holds no *.json or *.txt digest." }, result.ErrLines);
        }

        [Fact]
        public async Task A_digest_with_errors_still_shows_what_was_read_and_warns_on_stderr()
        {
            string text = TempDigest.Digest("Mar 11", ("Alpha", TempDigest.Abstract("alpha"))) + "\nOrphan Title\n";
            using var digest = new TempDigest(text);

            CliResult result = await Cli.RunAsync("list", "--digest", digest.Path);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                new[] { "paperdata: " + digest.Path + "(7,1): error PD0003: title 'Orphan Title' has no abstract paragraph after it; it is not part of the catalogue" },
                result.ErrLines);
            Assert.Equal(2, result.OutLines.Length);
            Assert.Matches("^1 +Alpha$", result.OutLines[1]);
        }
    }
}
