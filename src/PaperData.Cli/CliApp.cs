using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperData.Cli.Commands;
using PaperData.Cli.Output;

namespace PaperData.Cli
{
    /// <summary>
    /// The whole tool behind one call, so tests drive it in process with their own writers. Every failure ends as
    /// one "paperdata: ..." line on stderr and an exit code from <see cref="ExitCodes"/>, never a stack trace.
    /// </summary>
    internal static class CliApp
    {
        /// <summary>Runs one command line and returns its exit code.</summary>
        /// <param name="args">The command line, without the tool's name.</param>
        /// <param name="stdout">Where results go.</param>
        /// <param name="stderr">Where errors, warnings and progress go.</param>
        /// <param name="environment">Terminal facts (width, colour); plain text when null.</param>
        /// <param name="cancellationToken">Stops a long command (fetch) between steps.</param>
        /// <param name="binaryStdout">The raw stdout for binary exports (parquet without -o); text goes to <paramref name="stdout"/>.</param>
        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment? environment = null, CancellationToken cancellationToken = default, Stream? binaryStdout = null)
        {
            var context = new CliContext(stdout, stderr, environment ?? CliEnvironment.Plain, binaryStdout);
            ParseResult? parseResult = null;
            try
            {
                Command root = BuildRoot(context);
                parseResult = root.Parse(args);
                if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
                {
                    stderr.WriteLine("paperdata: " + UsageErrors.Describe(parseResult));
                    return ExitCodes.Usage;
                }

                Command command = parseResult.CommandResult.Command;
                if (parseResult.GetResult(context.DigestOption) is not null && command != root && !command.Options.OfType<DigestFileOption>().Any())
                {
                    throw new CliFailure(ExitCodes.Usage, "--digest does not apply to '" + command.Name + "'");
                }

                var invocation = new InvocationConfiguration
                {
                    Output = stdout,
                    Error = stderr,
                    EnableDefaultExceptionHandler = false, // Failures are ours to report, as one line.
                    ProcessTerminationTimeout = null, // No Ctrl+C hook: commands are short, and tests run in process.
                };
                string? outputPath = command.Options.OfType<OutputFileOption>().Select(o => parseResult.GetValue(o)).FirstOrDefault();
                if (outputPath is null || parseResult.Action is HelpAction) return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
                return await InvokeIntoFileAsync(parseResult, invocation, context, outputPath, cancellationToken).ConfigureAwait(false);
            }
            catch (CliFailure failure) when (failure.ExitCode == ExitCodes.Usage && parseResult is not null && !failure.Message.Contains("(see ", StringComparison.Ordinal))
            {
                // A usage mistake found by the command itself: point at that command's help, as parse errors do.
                stderr.WriteLine("paperdata: " + failure.Message + UsageErrors.HelpHint(parseResult.CommandResult));
                return failure.ExitCode;
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

        // -o FILE on a text command: what it prints is kept and written atomically once it has run, so a failure
        // (exit 2 and up) leaves an existing FILE as it was; exit 1 (check's problems, diff's differences) is a result.
        private static async Task<int> InvokeIntoFileAsync(ParseResult parseResult, InvocationConfiguration invocation, CliContext context, string path, CancellationToken cancellationToken)
        {
            if (path.Length == 0) throw new CliFailure(ExitCodes.Usage, "--output expects a file name, not an empty string");
            var buffer = new StringWriter { NewLine = "\n" };
            context.RedirectOutput(buffer);
            int exitCode = await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            if (exitCode == ExitCodes.Ok || exitCode == ExitCodes.ProblemsFound)
            {
                OutputFile.Write(path, () => AtomicFile.WriteText(path, writer => writer.Write(buffer.ToString())));
            }

            return exitCode;
        }

        // A plain command named "paperdata" rather than RootCommand, whose name (and so every usage line) would be the
        // assembly's, "PaperData.Cli". Help is recursive so that "paperdata show --help" works too.
        private static Command BuildRoot(CliContext context)
        {
            Command list = ListCommand.Create(context), search = SearchCommand.Create(context), show = ShowCommand.Create(context),
                links = LinksCommand.Create(context), check = CheckCommand.Create(context), export = ExportCommand.Create(context),
                diff = DiffCommand.Create(context);

            // Options go only where they act: --digest on the commands that read the catalogue (check and diff name
            // their files, fetch reads none), -o FILE on those that print text (export has its own, for binary
            // parquet; fetch writes a folder of files).
            foreach (Command reader in new[] { list, search, show, links, export }) reader.Options.Add(CommonOptions.Digest());
            foreach (Command printer in new[] { list, search, show, links, check, diff }) printer.Options.Add(CommonOptions.Output());

            var root = new Command("paperdata", "Fetch, read, search, check, export and compare papers digests (Hugging Face Daily Papers as text or JSON).")
            {
                list, search, show, links, check, export, diff, Fetch.FetchCommand.Create(context),
            };
            root.Options.Add(new HelpOption { Recursive = true });
            root.Options.Add(new VersionOption());
            root.Options.Add(context.DigestOption);
            return root;
        }
    }
}
