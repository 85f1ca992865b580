using System.Globalization;
using PaperData.Cli.Output;

namespace PaperData.Cli.Commands
{
    /// <summary>
    /// The rows <c>show</c> prints after the date: every field the paper has, none that it lacks (a text digest's
    /// paper shows only Code), so an empty row never suggests "zero" or "none".
    /// </summary>
    internal static class ShowFields
    {
        public static void AddKnown(TableWriter fields, Style style, Paper paper)
        {
            if (paper.ArxivId is not null) fields.Row(style.Dim("arXiv"), paper.ArxivId);
            if (paper.PublishedOn is PaperDate published) fields.Row(style.Dim("Published"), published.ToString());
            if (paper.Authors.Count > 0) fields.Row(style.Dim("Authors"), string.Join(", ", paper.Authors));
            if (paper.Organization is not null) fields.Row(style.Dim("Organization"), paper.Organization);
            if (paper.Upvotes is int upvotes) fields.Row(style.Dim("Upvotes"), upvotes.ToString(CultureInfo.InvariantCulture));
            if (paper.CommentCount is int comments) fields.Row(style.Dim("Comments"), comments.ToString(CultureInfo.InvariantCulture));
            fields.Row(style.Dim("Code"), paper.HasCode ? "yes" : "no");
            if (paper.GitHubRepository is CodeLink repository)
            {
                string stars = paper.GitHubStars is int count ? " (" + count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " star)" : " stars)") : string.Empty;
                fields.Row(style.Dim("Repository"), repository.Url.OriginalString + stars);
            }
            else if (paper.GitHubStars is int count)
            {
                fields.Row(style.Dim("Stars"), count.ToString(CultureInfo.InvariantCulture));
            }

            if (paper.ProjectPage is CodeLink page) fields.Row(style.Dim("Project page"), page.Url.OriginalString);
            if (paper.Keywords.Count > 0) fields.Row(style.Dim("Keywords"), string.Join(", ", paper.Keywords));
            if (paper.AiSummary is not null) fields.Row(style.Dim("AI summary"), paper.AiSummary);
        }
    }
}
