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
            var command = new Command("links", "List every code and project link, grouped by kind, with the paper it is from.");
            command.SetAction(parseResult =>
            {
                PaperCatalog catalog = context.LoadCatalog(parseResult);
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
    }
}
