using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace PaperData.Cli.Tests
{
    /// <summary>Runs the tool in process, as a pipe would see it unless an environment is given.</summary>
    internal static class Cli
    {
        public static string RealDigestPath => Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt");

        public static async Task<CliResult> RunAsync(params string[] args) => await RunInAsync(CliEnvironment.Plain, args);

        public static async Task<CliResult> RunInAsync(CliEnvironment environment, params string[] args)
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int exitCode = await CliApp.RunAsync(args, stdout, stderr, environment, Xunit.TestContext.Current.CancellationToken);
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        }
    }

    internal sealed record CliResult(int ExitCode, string Out, string Err)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The single stderr line every failure must produce, with no stack trace.</summary>
        public string SingleErrorLine()
        {
            Xunit.Assert.Single(ErrLines);
            Xunit.Assert.DoesNotContain("   at ", Err, StringComparison.Ordinal);
            Xunit.Assert.StartsWith("paperdata: ", ErrLines[0], StringComparison.Ordinal);
            return ErrLines.Single();
        }
    }
}
