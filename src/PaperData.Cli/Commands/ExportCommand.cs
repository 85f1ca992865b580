using System.CommandLine;
using PaperData.Cli.Output;

namespace PaperData.Cli.Commands
{
    /// <summary><c>export --format json|csv|markdown</c>: the whole catalogue on stdout, in digest order.</summary>
    internal static class ExportCommand
    {
        public static Command Create(CliContext context)
        {
            var format = new Option<string>("--format", "-f")
            {
                Description = "json (array of papers), csv (RFC 4180) or markdown.",
                HelpName = "FORMAT",
                DefaultValueFactory = _ => "json",
            };
            format.AcceptOnlyFromAmong("json", "csv", "markdown");

            var command = new Command("export", "Write the whole catalogue as JSON, CSV or Markdown.") { format };
            command.SetAction(parseResult =>
            {
                PaperCatalog catalog = context.LoadCatalog(parseResult);
                switch (parseResult.GetValue(format))
                {
                    case "csv":
                        CsvExporter.Write(context.Out, catalog.Papers);
                        break;
                    case "markdown":
                        MarkdownExporter.Write(context.Out, catalog.Papers);
                        break;
                    default:
                        PaperJson.WritePapers(context.Out, catalog.Papers);
                        break;
                }

                return ExitCodes.Ok;
            });
            return command;
        }
    }
}
