using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperData.Cli.Matching;
using PaperData.Cli.Output;

namespace PaperData.Cli.Commands
{
    /// <summary><c>show &lt;paper&gt;</c>: one whole record, wrapped; a near miss suggests the closest ids (exit code 3).</summary>
    internal static class ShowCommand
    {
        // "2503.07459", "arXiv:2503.07459v2" or an arxiv.org / huggingface.co/papers address.
        private static readonly Regex LooksLikeArxivId = new Regex(@"^\s*(arxiv:)?\d{4}\.\d{4,5}(v\d+)?\s*$|arxiv\.org/|huggingface\.co/papers/",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        public static Command Create(CliContext context)
        {
            var name = new Argument<string>("paper") { Description = "The paper's id, short name, title, arXiv id or rank." };
            Option<bool> json = CommonOptions.Json();

            var command = new Command("show", "Show one paper: title, id, date, authors, arXiv id, upvotes, AI summary, abstract and links.") { name, json };
            command.SetAction(parseResult =>
            {
                PaperCatalog catalog = context.LoadCatalog(parseResult);
                string wanted = parseResult.GetValue(name) ?? string.Empty;
                Paper paper = Find(catalog, wanted);
                if (parseResult.GetValue(json)) PaperJson.Write(context.Out, writer => PaperJson.WritePaper(writer, paper));
                else WriteText(context, paper);
                return ExitCodes.Ok;
            });
            return command;
        }

        /// <summary>By id, short name or title (the catalogue's rules), else by arXiv id, else by rank; a miss fails with suggestions.</summary>
        private static Paper Find(PaperCatalog catalog, string wanted)
        {
            if (string.IsNullOrWhiteSpace(wanted)) throw new CliFailure(ExitCodes.Usage, "show needs a paper id, short name, title or rank");
            if (catalog.Find(wanted) is Paper found) return found;
            if (catalog.FindByArxivId(wanted) is Paper byArxivId) return byArxivId;

            // An arXiv id cannot match a digest without them: say so rather than suggest look-alike titles.
            if (LooksLikeArxivId.IsMatch(wanted) && !catalog.Has(PaperField.ArxivId))
            {
                throw new CliFailure(ExitCodes.NotFound, "no paper with arXiv id \"" + wanted + "\": this digest has no arXiv ids (text digests don't; fetch the JSON)");
            }

            if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out int rank))
            {
                foreach (Paper paper in catalog.Papers)
                {
                    if (paper.Rank == rank) return paper;
                }
            }

            IReadOnlyList<string> closest = Suggestions.Closest(catalog.Papers, wanted);
            string hint = closest.Count > 0
                ? "; did you mean " + string.Join(", ", closest) + "?"
                : "; try: paperdata search \"" + wanted + "\"";
            throw new CliFailure(ExitCodes.NotFound, "no paper with id, short name or title \"" + wanted + "\"" + hint);
        }

        private static void WriteText(CliContext context, Paper paper)
        {
            Style style = context.Style;
            TextWrapper.WriteIndented(context.Out, style.Bold(paper.Title), context.Width, string.Empty);
            context.Out.WriteLine();

            var fields = new TableWriter().Column().Column();
            fields.Row(style.Dim("Rank"), paper.Rank.ToString(CultureInfo.InvariantCulture));
            fields.Row(style.Dim("Id"), paper.Id);
            if (paper.ShortName is not null) fields.Row(style.Dim("Short name"), paper.ShortName);
            fields.Row(style.Dim("Date"), paper.Date.ToString());
            ShowFields.AddKnown(fields, style, paper);
            fields.Write(context.Out, context.Width);
            context.Out.WriteLine();

            TextWrapper.WriteIndented(context.Out, paper.Abstract, context.Width, string.Empty);
            if (paper.Links.Count == 0) return;

            context.Out.WriteLine();
            context.Out.WriteLine(style.Bold("Links"));
            var links = new TableWriter().Column().Column().Column();
            foreach (CodeLink link in paper.Links)
            {
                string url = link.Url.OriginalString;
                links.Row("  " + PaperJson.KindName(link.Kind), style.Accent(link.DisplayName), link.DisplayName == url ? string.Empty : url);
            }

            links.Write(context.Out, context.Width);
        }
    }
}
