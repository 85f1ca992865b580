using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperData.Cli.Output.Columns
{
    /// <summary>
    /// The columns of the table exports, in order: CSV's header, Parquet's schema, Markdown's fields and the fields
    /// <c>diff</c> compares all come from this one list. A new <see cref="Paper"/> property is one line here, e.g.
    /// <c>PaperColumn.OptionalText("ai_summary", p => p.AiSummary),</c>.
    /// </summary>
    internal static class PaperColumns
    {
        public static readonly IReadOnlyList<PaperColumn> All = new[]
        {
            PaperColumn.Int("rank", p => p.Rank).ComparedAs(null), // Position only; diff reports moves separately.
            PaperColumn.Text("id", p => p.Id).ComparedAs(null), // The title's slug (plus -2 on clashes): a title change says it.
            PaperColumn.Text("title", p => p.Title),
            PaperColumn.OptionalText("short_name", p => p.ShortName),
            PaperColumn.Text("abstract", p => p.Abstract),
            PaperColumn.Date("date", p => ToDate(p.Date)), // The day it was featured; null without a year.
            PaperColumn.Int("month", p => p.Date.Month).ComparedAs("date"),
            PaperColumn.Int("day", p => p.Date.Day).ComparedAs("date"),
            PaperColumn.OptionalInt("year", p => p.Date.Year).ComparedAs("date"),
            PaperColumn.OptionalText("arxiv_id", p => p.ArxivId),
            PaperColumn.Texts("authors", p => p.Authors),
            PaperColumn.Date("published_on", p => ToDate(p.PublishedOn)),
            PaperColumn.OptionalInt("upvotes", p => p.Upvotes),
            PaperColumn.Texts("keywords", p => p.Keywords),
            PaperColumn.OptionalText("ai_summary", p => p.AiSummary),
            PaperColumn.OptionalInt("comment_count", p => p.CommentCount),
            PaperColumn.OptionalInt("github_stars", p => p.GitHubStars),
            PaperColumn.OptionalText("organization", p => p.Organization),
            PaperColumn.Texts("links", p => p.Links.Select(Url)),
            PaperColumn.OptionalText("repository", p => FirstUrl(p, LinkKind.Repository)).ComparedAs("links"),
            PaperColumn.OptionalText("project_page", p => FirstUrl(p, LinkKind.ProjectPage)).ComparedAs("links"),
            PaperColumn.Flag("has_code", p => p.HasCode).ComparedAs("links"),

            // Last, as featuredOn is last in JSON: every day the paper was featured (an archive's merge), earliest
            // first; days whose year is unknown (text digests without years) cannot be a DATE and are left out, as
            // "date" is null for them. diff reports it as "date": it reads each side as one file or a folder's files
            // concatenated, where featuredOn is the paper's date and changes only with it.
            PaperColumn.Dates("featured_on", p => p.FeaturedOn.Select(d => ToDate(d)).OfType<DateOnly>()).ComparedAs("date"),
        };

        /// <summary>The column called <paramref name="name"/>.</summary>
        public static PaperColumn Named(string name) => All.Single(c => c.Name == name);

        /// <summary>A link's URL exactly as the digest wrote it (after the parser's repairs).</summary>
        public static string Url(CodeLink link) => link.Url.OriginalString;

        /// <summary>
        /// A calendar date when the year is known and the day exists; PaperDate allows day 31 in every month, so a
        /// hand-made "Feb 31, 2025" is null here rather than a crash.
        /// </summary>
        public static DateOnly? ToDate(PaperDate? date)
        {
            if (date is not PaperDate known || known.Year is not int year) return null;
            return known.Day <= DateTime.DaysInMonth(year, known.Month) ? new DateOnly(year, known.Month, known.Day) : null;
        }

        private static string? FirstUrl(Paper paper, LinkKind kind) =>
            paper.Links.FirstOrDefault(l => l.Kind == kind) is CodeLink link ? Url(link) : null;
    }
}
