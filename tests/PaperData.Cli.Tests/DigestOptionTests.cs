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
