using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperData.Cli.Commands;

namespace PaperData.Cli
{
    /// <summary>
    /// The whole tool behind one call, so tests drive it in process with their own writers. Every failure ends as
    /// one "paperdata: ..." line on stderr and an exit code from <see cref="ExitCodes"/>, never a stack trace.
    /// </summary>
    internal static class CliApp
    {
        /// <param name="binaryStdout">The raw stdout for binary exports (parquet without -o); text goes to <paramref name="stdout"/>.</param>
        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment? environment = null, CancellationToken cancellationToken = default, Stream? binaryStdout = null)
        {
            var context = new CliContext(stdout, stderr, environment ?? CliEnvironment.Plain, binaryStdout);
            try
            {
                Command root = BuildRoot(context);
                ParseResult parseResult = root.Parse(args);
                if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
                {
                    stderr.WriteLine("paperdata: " + OneLine(parseResult.Errors.Select(e => e.Message)) + " (see paperdata --help)");
                    return ExitCodes.Usage;
                }

                var invocation = new InvocationConfiguration
                {
                    Output = stdout,
                    Error = stderr,
                    EnableDefaultExceptionHandler = false, // Failures are ours to report, as one line.
                    ProcessTerminationTimeout = null, // No Ctrl+C hook: commands are short, and tests run in process.
                };
                return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            }
            catch (CliFailure failure)
            {
                stderr.WriteLine("paperdata: " + failure.Message);
                return failure.ExitCode;
            }
            catch (IOException e)
            {
                // Writing the output failed (a closed pipe, a full disk): say so once, in the shortest form.
                stderr.WriteLine("paperdata: cannot write output: " + e.Message);
                return ExitCodes.IoError;
            }
            catch (Exception e)
            {
                // A bug (cancellation included, which nothing requests outside tests): still one line, never a trace.
                stderr.WriteLine("paperdata: internal error (" + e.GetType().Name + "): " + e.Message);
                return ExitCodes.InternalError;
            }
        }

        // Parse errors can span lines ("Must be one of:\n\t'json'..."); the contract is one stderr line.
        private static string OneLine(IEnumerable<string> messages) =>
            string.Join(" ", string.Join(" ", messages).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        // A plain command named "paperdata" rather than RootCommand, whose name (and so every usage line) would be the
        // assembly's, "PaperData.Cli". Help is recursive so that "paperdata show --help" works too.
        private static Command BuildRoot(CliContext context)
        {
            var root = new Command("paperdata", "Fetch, read, search, check, export and compare papers digests (Hugging Face Daily Papers as text or JSON).")
            {
                ListCommand.Create(context),
                SearchCommand.Create(context),
                ShowCommand.Create(context),
                LinksCommand.Create(context),
                CheckCommand.Create(context),
                ExportCommand.Create(context),
                DiffCommand.Create(context),
                Fetch.FetchCommand.Create(context),
            };
            root.Options.Add(new HelpOption { Recursive = true });
            root.Options.Add(new VersionOption());
            root.Options.Add(context.DigestOption);
            return root;
        }
    }
}
