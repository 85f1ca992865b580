using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PaperData.Cli.Output;

namespace PaperData.Cli.Commands
{
    /// <summary>
    /// <c>check &lt;digest&gt;... [--json]</c>: parses each digest and prints its diagnostics in MSBuild form on stdout, then a
    /// summary line (or all of it as one JSON object). Exit 0 when no digest has an error or a warning (info lines alone do not fail), 1 when one has,
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

            Option<bool> json = CommonOptions.Json();
            json.Description = "Write the diagnostics and counts as one JSON object instead of text.";
            var command = new Command("check", "Validate digests; diagnostics print as path(line,col): error PD0003: message.") { digests, json };
            command.SetAction(parseResult =>
            {
                string[] paths = parseResult.GetValue(digests) ?? System.Array.Empty<string>();
                int papers = 0, errors = 0, warnings = 0, unreadable = 0;
                bool asJson = parseResult.GetValue(json);
                var found = new List<PaperDiagnostic>();
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

                    found.AddRange(catalog.Diagnostics);
                    if (!asJson)
                    {
                        foreach (PaperDiagnostic diagnostic in catalog.Diagnostics) context.Out.WriteLine(diagnostic.ToString());
                    }

                    papers += catalog.Count;
                    errors += catalog.Diagnostics.Count(d => d.Severity == PaperDiagnosticSeverity.Error);
                    warnings += catalog.Diagnostics.Count(d => d.Severity == PaperDiagnosticSeverity.Warning);
                }

                if (asJson) WriteJson(context, found, paths.Length - unreadable, papers, errors, warnings);
                else context.Out.WriteLine(Summary(paths.Length - unreadable, papers, errors, warnings));
                if (unreadable > 0) return ExitCodes.IoError;
                return errors + warnings > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
            });
            return command;
        }

        /// <summary>
        /// {"digests", "papers", "errors", "warnings", "diagnostics": [{"path", "line", "column", "endLine", "endColumn",
        /// "severity" ("error" | "warning" | "info"), "id", "message"}]}, diagnostics in file and text order.
        /// </summary>
        private static void WriteJson(CliContext context, IReadOnlyList<PaperDiagnostic> diagnostics, int digests, int papers, int errors, int warnings) =>
            PaperJson.Write(context.Out, writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("digests", digests);
                writer.WriteNumber("papers", papers);
                writer.WriteNumber("errors", errors);
                writer.WriteNumber("warnings", warnings);
                writer.WriteStartArray("diagnostics");
                foreach (PaperDiagnostic diagnostic in diagnostics) WriteDiagnostic(writer, diagnostic);
                writer.WriteEndArray();
                writer.WriteEndObject();
            });

        private static void WriteDiagnostic(Utf8JsonWriter writer, PaperDiagnostic diagnostic)
        {
            writer.WriteStartObject();
            if (diagnostic.Path is null) writer.WriteNull("path");
            else writer.WriteString("path", diagnostic.Path);
            writer.WriteNumber("line", diagnostic.Line);
            writer.WriteNumber("column", diagnostic.Column);
            writer.WriteNumber("endLine", diagnostic.EndLine);
            writer.WriteNumber("endColumn", diagnostic.EndColumn);
            writer.WriteString("severity", diagnostic.Severity switch
            {
                PaperDiagnosticSeverity.Error => "error",
                PaperDiagnosticSeverity.Warning => "warning",
                _ => "info",
            });
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }

        private static string Summary(int digests, int papers, int errors, int warnings) =>
            "Checked " + Count(digests, "digest") + ": " + Count(papers, "paper") + ", " + Count(errors, "error") + ", " + Count(warnings, "warning") + ".";

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
