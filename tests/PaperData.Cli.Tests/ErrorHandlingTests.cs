using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class ErrorHandlingTests
    {
        [Theory]
        [InlineData("paperdata", "frobnicate")]
        [InlineData("paperdata list", "list", "--bogus")]
        [InlineData("paperdata export", "export", "--format", "xml")]
        [InlineData("paperdata list", "list", "--limit", "many")]
        [InlineData("paperdata show", "show")]
        [InlineData("paperdata")]
        public async Task Bad_command_lines_give_one_stderr_line_and_exit_2_pointing_at_that_command_help(string command, params string[] args)
        {
            CliResult result = await Cli.RunAsync(args);

            Assert.Equal(2, result.ExitCode);
            Assert.EndsWith("(see " + command + " --help)", result.SingleErrorLine(), System.StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Out);
        }

        [Fact]
        public async Task A_missing_digest_given_with_digest_is_one_stderr_line_and_exit_4()
        {
            using var digest = new TempDigest(string.Empty);

            CliResult result = await Cli.RunAsync("list", "--digest", digest.MissingPath);

            Assert.Equal(4, result.ExitCode);
            Assert.Equal("paperdata: cannot read digest '" + digest.MissingPath + "': no such file", result.SingleErrorLine());
            Assert.Equal(string.Empty, result.Out);
        }

        [Fact]
        public async Task A_directory_without_digests_given_as_digest_is_an_io_error_not_a_crash()
        {
            // A directory is an archive now; one with no *.json/*.txt file is most likely a wrong path.
            using var digest = new TempDigest(string.Empty, "digest.csv");

            string directory = System.IO.Path.GetDirectoryName(digest.Path)!;
            CliResult result = await Cli.RunAsync("export", "--digest", directory);

            Assert.Equal(4, result.ExitCode);
            Assert.Equal("paperdata: cannot read digest '" + directory + "': the directory holds no *.json or *.txt digest.", result.SingleErrorLine());
        }

        [Fact]
        public async Task A_binary_file_given_as_digest_is_one_clear_line_and_exit_4()
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "paperdata-binary-" + System.Guid.NewGuid().ToString("N") + ".txt");
            var bytes = new byte[9000];
            new System.Random(3).NextBytes(bytes);
            System.IO.File.WriteAllBytes(path, bytes);
            try
            {
                CliResult result = await Cli.RunAsync("check", path);

                Assert.Equal(4, result.ExitCode);
                Assert.Equal("paperdata: cannot read digest '" + path + "': it is not text (its start is full of NUL or undecodable bytes).", result.SingleErrorLine());
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        [Fact]
        public async Task Help_goes_to_stdout_and_exits_0()
        {
            CliResult result = await Cli.RunAsync("--help");

            Assert.Equal(0, result.ExitCode);
            foreach (string command in new[] { "list", "search", "show", "links", "check", "export", "--digest" })
            {
                Assert.Contains(command, result.Out, System.StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task Usage_lines_name_the_tool_paperdata_not_the_assembly()
        {
            CliResult result = await Cli.RunAsync("show", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("  paperdata show <paper> [options]", result.OutLines);
            Assert.DoesNotContain("PaperData.Cli", result.Out, System.StringComparison.Ordinal);
        }
    }
}
