using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary><c>export -o FILE</c>: the same bytes as stdout, written atomically, no temporary files left.</summary>
    public class ExportOutputFileTests
    {
        [Theory]
        [InlineData("json")]
        [InlineData("csv")]
        [InlineData("markdown")]
        [InlineData("atom")]
        [InlineData("rss")]
        public async Task The_file_holds_exactly_what_stdout_shows_and_nothing_else_is_left_beside_it(string format)
        {
            foreach (string option in new[] { "-o", "--output" })
            {
                using var folder = new TempDigest(string.Empty, "placeholder.txt");
                string directory = Path.GetDirectoryName(folder.Path)!;
                string path = Path.Combine(directory, "out", "papers." + format);
                CliResult piped = await Cli.RunAsync("export", "-f", format, "--digest", ExpectedColumns.JsonSamplePath);

                CliResult written = await Cli.RunAsync("export", "-f", format, "--digest", ExpectedColumns.JsonSamplePath, option, path);

                Assert.Equal(0, written.ExitCode);
                Assert.Equal(string.Empty, written.Out);
                Assert.Equal(string.Empty, written.Err);
                Assert.Equal(piped.Out, File.ReadAllText(path));
                Assert.Equal(new[] { "papers." + format }, Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
            }
        }

        [Fact]
        public async Task An_existing_file_is_replaced_whole()
        {
            using var folder = new TempDigest(string.Empty, "placeholder.txt");
            string path = Path.Combine(Path.GetDirectoryName(folder.Path)!, "papers.csv");
            File.WriteAllText(path, new string('x', 10_000_000));

            CliResult result = await Cli.RunAsync("export", "-f", "csv", "-o", path);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal((await Cli.RunAsync("export", "-f", "csv")).Out, File.ReadAllText(path));
        }

        [Fact]
        public async Task An_unwritable_output_is_one_line_with_exit_code_4_and_leaves_no_temporary_file()
        {
            using var folder = new TempDigest(string.Empty, "placeholder.txt");
            string directory = Path.GetDirectoryName(folder.Path)!;
            string target = Path.Combine(directory, "a-directory");
            Directory.CreateDirectory(target);

            CliResult result = await Cli.RunAsync("export", "-f", "json", "-o", target);

            Assert.Equal(4, result.ExitCode);
            Assert.StartsWith("paperdata: cannot write '" + target + "': ", result.SingleErrorLine(), System.StringComparison.Ordinal);
            Assert.Equal(new[] { "placeholder.txt" }, Directory.GetFiles(directory).Select(Path.GetFileName));
        }
    }
}
