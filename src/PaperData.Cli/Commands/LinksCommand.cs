using System.CommandLine;
using System.Globalization;
using System.Linq;
using PaperData.Cli.Output;

namespace PaperData.Cli.Commands
{
    /// <summary><c>links</c>: every link of the catalogue grouped by kind, GitHub repositories as owner/repo.</summary>
    internal static class LinksCommand
    {
        private static readonly (LinkKind Kind, string Heading)[] Groups =
        {
            (LinkKind.Repository, "Repositories"),
            (LinkKind.ProjectPage, "Project pages"),
            (LinkKind.Other, "Other links"),
        };

        public static Command Create(CliContext context)
        {
            Option<bool> json = CommonOptions.Json();
            var command = new Command("links", "List every code and project link, grouped by kind, with the paper it is from.") { json };
            command.SetAction(parseResult =>
            {
                PaperCatalog catalog = context.LoadCatalog(parseResult);
                if (parseResult.GetValue(json))
                {
                    WriteJson(context, catalog);
                    return ExitCodes.Ok;
                }

                Style style = context.Style;
                bool first = true;
                foreach ((LinkKind kind, string heading) in Groups)
                {
                    var links = catalog.Papers.SelectMany(p => p.Links.Where(l => l.Kind == kind).Select(l => (Paper: p, Link: l))).ToList();
                    if (links.Count == 0) continue;
                    if (!first) context.Out.WriteLine();
                    first = false;
                    context.Out.WriteLine(style.Bold(heading + " (" + links.Count.ToString(CultureInfo.InvariantCulture) + ")"));
                    var table = new TableWriter().Column().Column(rightAligned: true).Column();
                    foreach ((Paper paper, CodeLink link) in links)
                    {
                        table.Row("  " + style.Accent(link.DisplayName), "#" + paper.Rank.ToString(CultureInfo.InvariantCulture), paper.DisplayName);
                    }

                    table.Write(context.Out, context.Width);
                }

                if (first) context.Out.WriteLine("No links.");
                return ExitCodes.Ok;
            });
            return command;
        }

        /// <summary>
        /// One array in the text's order (repositories, project pages, other links; each in digest order): url, kind,
        /// name (owner/repo or the URL), owner and repository, and the paper it is from as rank, id and title.
        /// </summary>
        private static void WriteJson(CliContext context, PaperCatalog catalog) =>
            PaperJson.Write(context.Out, writer =>
            {
                writer.WriteStartArray();
                foreach ((LinkKind kind, _) in Groups)
                {
                    foreach (Paper paper in catalog.Papers)
                    {
                        foreach (CodeLink link in paper.Links.Where(l => l.Kind == kind))
                        {
                            writer.WriteStartObject();
                            writer.WriteString("url", link.Url.OriginalString);
                            writer.WriteString("kind", PaperJson.KindName(link.Kind));
                            writer.WriteString("name", link.DisplayName);
                            WriteStringOrNull(writer, "owner", link.Owner);
                            WriteStringOrNull(writer, "repository", link.Repository);
                            writer.WriteStartObject("paper");
                            writer.WriteNumber("rank", paper.Rank);
                            writer.WriteString("id", paper.Id);
                            writer.WriteString("title", paper.Title);
                            writer.WriteEndObject();
                            writer.WriteEndObject();
                        }
                    }
                }

                writer.WriteEndArray();
            });

        private static void WriteStringOrNull(System.Text.Json.Utf8JsonWriter writer, string name, string? value)
        {
            if (value is null) writer.WriteNull(name);
            else writer.WriteString(name, value);
        }
    }
}
