using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using PaperData.Cli.Output;

namespace PaperData.Cli.Commands
{
    /// <summary><c>list</c>: rank, short name and title of every paper, marking those with code.</summary>
    internal static class ListCommand
    {
        public static Command Create(CliContext context)
        {
            var withCode = new Option<bool>("--with-code") { Description = "Only papers that link to a source repository." };
            var date = new Option<PaperDate?>("--date")
            {
                Description = "Only papers listed under this date, e.g. \"Mar 11\".",
                HelpName = "DATE",
                CustomParser = ParseDate,
            };
            Option<int?> limit = CommonOptions.Limit(null);
            Option<bool> json = CommonOptions.Json();

            var command = new Command("list", "List the papers: rank, short name, title; \"code\" marks papers with a repository.")
            {
                withCode, date, limit, json,
            };
            command.SetAction(parseResult =>
            {
                PaperCatalog catalog = context.LoadCatalog(parseResult);
                IEnumerable<Paper> papers = parseResult.GetValue(withCode) ? catalog.WithCode() : catalog.Papers;
                if (parseResult.GetValue(date) is PaperDate day)
                {
                    var listed = new HashSet<Paper>(catalog.OnDate(day));
                    papers = papers.Where(listed.Contains);
                }

                if (parseResult.GetValue(limit) is int max) papers = papers.Take(max);
                Write(context, papers.ToList(), parseResult.GetValue(json));
                return ExitCodes.Ok;
            });
            return command;
        }

        private static void Write(CliContext context, IReadOnlyList<Paper> papers, bool json)
        {
            if (json)
            {
                PaperJson.WritePapers(context.Out, papers);
                return;
            }

            var table = new TableWriter().Column(rightAligned: true).Column().Column().Column();
            Style style = context.Style;
            table.Row(style.Bold("#"), style.Bold("Code"), style.Bold("Short name"), style.Bold("Title"));
            foreach (Paper paper in papers)
            {
                table.Row(paper.Rank.ToString(CultureInfo.InvariantCulture), paper.HasCode ? style.Accent("code") : string.Empty,
                    paper.ShortName ?? string.Empty, paper.Title);
            }

            table.Write(context.Out, context.Width);
        }

        /// <summary>Reads --date with the digest's own date rules (PaperDate.TryParse), so "Mar 11" means what it means in a digest.</summary>
        private static PaperDate? ParseDate(ArgumentResult result)
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : string.Empty;
            if (PaperDate.TryParse(text, out PaperDate date)) return date;
            result.AddError("--date expects a date like \"Mar 11\", \"March 11, 2025\" or \"2025-03-11\", not \"" + text + "\".");
            return null;
        }
    }
}
