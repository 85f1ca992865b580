using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class CheckTests
    {
        [Fact]
        public async Task The_real_digest_is_clean_and_exits_0()
        {
            CliResult result = await Cli.RunAsync("check", Cli.RealDigestPath);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(new[] { "Checked 1 digest: 57 papers, 0 errors, 0 warnings." }, result.OutLines);
            Assert.Equal(string.Empty, result.Err);
        }

        [Fact]
        public async Task A_broken_digest_prints_msbuild_form_diagnostics_and_exits_1()
        {
            // Line 7 holds a title with no abstract after it: PD0003 at (7,1).
            string text = TempDigest.Digest("Mar 11", ("Good Paper", TempDigest.Abstract("good things"))) + "\nOrphan Title\n";
            using var digest = new TempDigest(text);

            CliResult result = await Cli.RunAsync("check", digest.Path);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(
                new[]
                {
                    digest.Path + "(7,1): error PD0003: title 'Orphan Title' has no abstract paragraph after it; it is not part of the catalogue",
                    "Checked 1 digest: 1 paper, 1 error, 0 warnings.",
                },
                result.OutLines);
        }

        [Fact]
        public async Task Warnings_alone_also_exit_1()
        {
            // "Mar 12" on line 7 has no papers under it: warning PD0008.
            string text = TempDigest.Digest("Mar 11", ("Good Paper", TempDigest.Abstract("good things"))) + "\nMar 12\n";
            using var digest = new TempDigest(text);

            CliResult result = await Cli.RunAsync("check", digest.Path);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(digest.Path + "(7,1): warning PD0008: date line 'Mar 12' has no papers under it", result.OutLines[0]);
            Assert.Equal("Checked 1 digest: 1 paper, 0 errors, 1 warning.", result.OutLines[1]);
        }

        [Fact]
        public async Task Diagnostics_keep_the_path_as_given()
        {
            string text = TempDigest.Digest("Mar 11") + "\nOrphan Title\n";
            using var digest = new TempDigest(text);
            string relative = System.IO.Path.GetRelativePath(System.Environment.CurrentDirectory, digest.Path);

            CliResult result = await Cli.RunAsync("check", relative);

            Assert.Contains(result.OutLines, line => line.StartsWith(relative + "(3,1): error PD0003: ", System.StringComparison.Ordinal));
            Assert.All(result.OutLines.Where(line => line.Contains(" PD0", System.StringComparison.Ordinal)),
                line => Assert.StartsWith(relative + "(", line, System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_missing_file_is_one_stderr_line_and_exit_4_and_the_other_digests_are_still_checked()
        {
            using var digest = new TempDigest(TempDigest.Digest("Mar 11", ("Good Paper", TempDigest.Abstract("good things"))));

            CliResult result = await Cli.RunAsync("check", digest.MissingPath, digest.Path);

            Assert.Equal(4, result.ExitCode);
            Assert.Equal("paperdata: cannot read digest '" + digest.MissingPath + "': no such file", result.SingleErrorLine());
            Assert.Equal(new[] { "Checked 1 digest: 1 paper, 0 errors, 0 warnings." }, result.OutLines);
        }

        [Fact]
        public async Task Check_without_a_digest_is_a_usage_error()
        {
            CliResult result = await Cli.RunAsync("check");

            Assert.Equal(2, result.ExitCode);
            result.SingleErrorLine();
            Assert.Equal(string.Empty, result.Out);
        }
    }
}
