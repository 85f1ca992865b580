using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PaperData.Cli.Output;
using PaperData.Cli.Output.Feeds;

namespace PaperData.Cli.Commands
{
    /// <summary>
    /// <c>export --format json|csv|markdown|atom|rss|parquet [-o FILE]</c>: the whole catalogue, in digest order, on
    /// stdout or written atomically to a file.
    /// </summary>
    internal static class ExportCommand
    {
        // "md" is markdown's usual short name (the file extension), accepted as an alias.
        private static readonly string[] Formats = { "json", "csv", "markdown", "md", "atom", "rss", "parquet" };

        public static Command Create(CliContext context)
        {
            var format = new Option<string>("--format", "-f")
            {
                Description = "json (array of papers), csv (RFC 4180), markdown (or md), atom (Atom 1.0), rss (RSS 2.0) or parquet (binary, needs -o).",
                HelpName = "FORMAT",
                DefaultValueFactory = _ => "json",
            };
            format.AcceptOnlyFromAmong(Formats);
            var output = new Option<string?>("--output", "-o")
            {
                Description = "Write to FILE (replaced atomically) instead of stdout.",
                HelpName = "FILE",
            };
            var title = new Option<string?>("--title") { Description = "Atom/RSS: the feed's title (default \"" + FeedSettings.DefaultTitle + "\").", HelpName = "TEXT" };
            var link = new Option<Uri?>("--link")
            {
                Description = "Atom/RSS: the feed's link and Atom id, an absolute URL (default " + FeedSettings.DefaultLink + ").",
                HelpName = "URL",
                CustomParser = ParseLink,
            };

            var command = new Command("export", "Write the whole catalogue as JSON, CSV, Markdown, an Atom or RSS feed, or Parquet.")
            {
                format, output, title, link,
            };
            command.SetAction(async (parseResult, cancellationToken) =>
            {
                string chosen = parseResult.GetValue(format) ?? "json";
                if (chosen == "md") chosen = "markdown";
                bool isFeed = chosen is "atom" or "rss";
                if (!isFeed && (parseResult.GetResult(title) is not null || parseResult.GetResult(link) is not null))
                {
                    throw new CliFailure(ExitCodes.Usage, "--title and --link apply to --format atom and rss only");
                }

                string? path = parseResult.GetValue(output);
                if (chosen == "parquet" && path is null && context.OutputIsTerminal)
                {
                    throw new CliFailure(ExitCodes.Usage, "parquet is binary; write it to a file with -o FILE");
                }

                PaperCatalog catalog = context.LoadCatalog(parseResult);
                var settings = new FeedSettings(parseResult.GetValue(title) ?? FeedSettings.DefaultTitle, parseResult.GetValue(link) ?? new Uri(FeedSettings.DefaultLink));
                if (chosen == "parquet")
                {
                    await WriteParquetAsync(context, catalog.Papers, path, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    WriteText(context, path, writer => WriteTextFormat(chosen, writer, catalog.Papers, settings));
                }

                return ExitCodes.Ok;
            });
            return command;
        }

        private static void WriteTextFormat(string format, TextWriter writer, IReadOnlyList<Paper> papers, FeedSettings settings)
        {
            switch (format)
            {
                case "csv":
                    CsvExporter.Write(writer, papers);
                    break;
                case "markdown":
                    MarkdownExporter.Write(writer, papers);
                    break;
                case "atom":
                    FeedExporter.WriteAtom(writer, papers, settings);
                    break;
                case "rss":
                    FeedExporter.WriteRss(writer, papers, settings);
                    break;
                default:
                    PaperJson.WritePapers(writer, papers);
                    break;
            }
        }

        private static void WriteText(CliContext context, string? path, Action<TextWriter> write)
        {
            if (path is null)
            {
                write(context.Out);
                return;
            }

            OutputFile.Write(path, () => AtomicFile.WriteText(path, write));
        }

        private static async Task WriteParquetAsync(CliContext context, IReadOnlyList<Paper> papers, string? path, CancellationToken cancellationToken)
        {
            byte[] bytes = await ParquetExporter.ToBytesAsync(papers, cancellationToken).ConfigureAwait(false);
            if (path is null)
            {
                context.WriteBinary(bytes);
                return;
            }

            OutputFile.Write(path, () => AtomicFile.Write(path, stream => stream.Write(bytes, 0, bytes.Length)));
        }

        private static Uri? ParseLink(ArgumentResult result)
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) return uri;
            result.AddError("--link expects an absolute http or https URL, not \"" + text + "\".");
            return null;
        }
    }
}
