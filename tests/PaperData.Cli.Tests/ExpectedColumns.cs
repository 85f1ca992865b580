using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperData.Cli.Tests
{
    /// <summary>
    /// What each export column must hold for a paper, written out here from <see cref="Paper"/> itself so the export
    /// tests do not trust the column table they check. Values: int?, string?, DateOnly?, bool, string[].
    /// </summary>
    internal static class ExpectedColumns
    {
        public static readonly string[] Names =
        {
            "rank", "id", "title", "short_name", "abstract", "date", "month", "day", "year", "arxiv_id", "authors",
            "published_on", "upvotes", "keywords", "ai_summary", "comment_count", "github_stars", "organization", "links", "repository", "project_page", "has_code",
            "featured_on",
        };

        public static string JsonSamplePath => Path.Combine(AppContext.BaseDirectory, "samples", "daily_papers-2025-03-11.json");

        /// <summary>The two catalogues every export is checked against: the bundled one and the JSON sample.</summary>
        public static IEnumerable<(string[] DigestArgs, IReadOnlyList<Paper> Papers)> Catalogues()
        {
            yield return (Array.Empty<string>(), TrendingPapers.All);
            yield return (new[] { "--digest", JsonSamplePath }, PaperCatalog.Load(JsonSamplePath).Papers);
        }

        public static Dictionary<string, object?> Row(Paper paper) => new Dictionary<string, object?>
        {
            ["rank"] = paper.Rank,
            ["id"] = paper.Id,
            ["title"] = paper.Title,
            ["short_name"] = paper.ShortName,
            ["abstract"] = paper.Abstract,
            ["date"] = Date(paper.Date),
            ["month"] = paper.Date.Month,
            ["day"] = paper.Date.Day,
            ["year"] = paper.Date.Year,
            ["arxiv_id"] = paper.ArxivId,
            ["authors"] = paper.Authors.ToArray(),
            ["published_on"] = paper.PublishedOn is PaperDate published ? Date(published) : null,
            ["upvotes"] = paper.Upvotes,
            ["keywords"] = paper.Keywords.ToArray(),
            ["ai_summary"] = paper.AiSummary,
            ["comment_count"] = paper.CommentCount,
            ["github_stars"] = paper.GitHubStars,
            ["organization"] = paper.Organization,
            ["links"] = paper.Links.Select(l => l.ToString()).ToArray(),
            ["repository"] = paper.Links.FirstOrDefault(l => l.Kind == LinkKind.Repository)?.ToString(),
            ["project_page"] = paper.Links.FirstOrDefault(l => l.Kind == LinkKind.ProjectPage)?.ToString(),
            ["has_code"] = paper.HasCode,
            // ISO dates as text: CSV and Markdown write them so, and the Parquet test reads DATE list items back as "O".
            ["featured_on"] = paper.FeaturedOn.Select(Date).OfType<DateOnly>().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
        };

        /// <summary>The CSV/Markdown text of a value: invariant numbers, ISO dates, true/false, lists joined with "; ".</summary>
        public static string Text(object? value) => value switch
        {
            null => string.Empty,
            int number => number.ToString(CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            string[] items => string.Join("; ", items),
            _ => (string)value,
        };

        private static DateOnly? Date(PaperDate date) => date.Year is int year ? new DateOnly(year, date.Month, date.Day) : null;
    }
}
