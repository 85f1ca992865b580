using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace PaperData.Cli.Commands
{
    /// <summary>
    /// <c>check &lt;digest&gt;...</c>: parses each digest and prints its diagnostics in MSBuild form on stdout, then a
    /// summary line. Exit 0 when no digest has an error or a warning (info lines alone do not fail), 1 when one has,
    /// 4 when a file cannot be read (the other files are still checked).
    /// </summary>
    internal static class CheckCommand
    {
        public static Command Create(CliContext context)
        {
            var digests = new Argument<string[]>("digest")
            {
                Description = "Digest files to validate.",
                Arity = ArgumentArity.OneOrMore,
            };

            var command = new Command("check", "Validate digests; diagnostics print as path(line,col): error PD0003: message.") { digests };
            command.SetAction(parseResult =>
            {
                string[] paths = parseResult.GetValue(digests) ?? System.Array.Empty<string>();
                int papers = 0, errors = 0, warnings = 0, unreadable = 0;
                foreach (string path in paths)
                {
                    PaperCatalog catalog;
                    try
                    {
                        catalog = DigestFiles.Load(path);
                    }
                    catch (CliFailure failure)
                    {
                        context.Err.WriteLine("paperdata: " + failure.Message);
                        unreadable++;
                        continue;
                    }

                    foreach (PaperDiagnostic diagnostic in catalog.Diagnostics) context.Out.WriteLine(diagnostic.ToString());
                    papers += catalog.Count;
                    errors += catalog.Diagnostics.Count(d => d.Severity == PaperDiagnosticSeverity.Error);
                    warnings += catalog.Diagnostics.Count(d => d.Severity == PaperDiagnosticSeverity.Warning);
                }

                context.Out.WriteLine(Summary(paths.Length - unreadable, papers, errors, warnings));
                if (unreadable > 0) return ExitCodes.IoError;
                return errors + warnings > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
            });
            return command;
        }

        private static string Summary(int digests, int papers, int errors, int warnings) =>
            "Checked " + Count(digests, "digest") + ": " + Count(papers, "paper") + ", " + Count(errors, "error") + ", " + Count(warnings, "warning") + ".";

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
