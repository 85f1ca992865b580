using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using PaperData.Cli.Fetch;
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
                Description = "Only papers listed under this date, e.g. \"Mar 11\" or 2025-03-11.",
                HelpName = "DATE",
                CustomParser = ParseDate,
            };
            Option<DayRange?> week = ListSelection.Week();
            Option<DayRange?> month = ListSelection.Month();
            Option<ListOrder> sort = ListSelection.Sort();
            Option<int?> limit = CommonOptions.Limit(null);
            Option<bool> json = CommonOptions.Json();

            var command = new Command("list", "List the papers: rank, short name, title; \"code\" marks papers with a repository.")
            {
                withCode, date, week, month, sort, limit, json,
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

                if (parseResult.GetValue(week) is DayRange days) papers = ListSelection.Featured(catalog, papers, days, "--week");
                if (parseResult.GetValue(month) is DayRange monthDays) papers = ListSelection.Featured(catalog, papers, monthDays, "--month");
                papers = ListSelection.Order(catalog, papers, parseResult.GetValue(sort));
                if (parseResult.GetValue(limit) is int max) papers = papers.Take(max);
                Write(context, papers.ToList(), parseResult.GetValue(json), catalog.Has(PaperField.Upvotes));
                return ExitCodes.Ok;
            });
            return command;
        }

        // Upvotes and date get a column only where they say something: a digest with upvotes, papers of several days.
        private static void Write(CliContext context, IReadOnlyList<Paper> papers, bool json, bool withUpvotes)
        {
            if (json)
            {
                PaperJson.WritePapers(context.Out, papers);
                return;
            }

            bool withDates = papers.Select(p => p.Date).Distinct().Skip(1).Any();
            var table = new TableWriter().Column(rightAligned: true);
            if (withUpvotes) table.Column(rightAligned: true);
            if (withDates) table.Column();
            table.Column().Column().Column();
            Style style = context.Style;
            table.Row(Cells(style.Bold("#"), withUpvotes ? style.Bold("Upvotes") : null, withDates ? style.Bold("Date") : null, style.Bold("Code"), style.Bold("Short name"), style.Bold("Title")));
            foreach (Paper paper in papers)
            {
                table.Row(Cells(paper.Rank.ToString(CultureInfo.InvariantCulture),
                    withUpvotes ? paper.Upvotes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty : null,
                    withDates ? paper.Date.ToString() : null,
                    paper.HasCode ? style.Accent("code") : string.Empty, paper.ShortName ?? string.Empty, paper.Title));
            }

            table.Write(context.Out, context.Width);
        }

        // The cells of the columns in use: null marks a column left out.
        private static string[] Cells(params string?[] cells) => cells.Where(c => c is not null).Select(c => c!).ToArray();

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
