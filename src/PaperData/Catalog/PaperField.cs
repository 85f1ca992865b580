using System;

namespace PaperData
{
    /// <summary>
    /// The optional fields of a <see cref="Paper"/>: what a catalogue may or may not carry. JSON digests carry most
    /// of them; text digests (the copied page) carry none, and their dates have a year only when the date line
    /// states one. Ask <see cref="PaperCatalog.Has"/> before reading "no results" as "none".
    /// </summary>
    public enum PaperField
    {
        /// <summary><see cref="Paper.ArxivId"/>.</summary>
        ArxivId = 0,

        /// <summary><see cref="Paper.Authors"/> (a non-empty list).</summary>
        Authors = 1,

        /// <summary><see cref="Paper.PublishedOn"/>, the arXiv publication date.</summary>
        PublishedOn = 2,

        /// <summary><see cref="Paper.Upvotes"/>.</summary>
        Upvotes = 3,

        /// <summary><see cref="Paper.Keywords"/> (a non-empty list).</summary>
        Keywords = 4,

        /// <summary><see cref="Paper.AiSummary"/>.</summary>
        AiSummary = 5,

        /// <summary><see cref="Paper.CommentCount"/>.</summary>
        CommentCount = 6,

        /// <summary><see cref="Paper.GitHubStars"/>.</summary>
        GitHubStars = 7,

        /// <summary><see cref="Paper.Organization"/>.</summary>
        Organization = 8,

        /// <summary>A year on <see cref="Paper.Date"/>, the day the paper was featured (text digests: only when the date line states it).</summary>
        FeaturedYear = 9,
    }

    /// <summary>
    /// A query needs a field that no paper of the catalogue carries (upvotes of a text digest, say): thrown instead
    /// of an empty answer, which would read as "no paper matched".
    /// </summary>
    public sealed class MissingPaperFieldException : InvalidOperationException
    {
        /// <summary>Creates the exception for <paramref name="field"/> with a message saying what to do.</summary>
        public MissingPaperFieldException(PaperField field)
            : base(MessageFor(field))
        {
            Field = field;
        }

        /// <summary>The field the query needed.</summary>
        public PaperField Field { get; }

        /// <summary>"This catalogue has no upvotes (text digests don't; load the JSON of /api/daily_papers)."</summary>
        public static string MessageFor(PaperField field) => field == PaperField.FeaturedYear
            ? "This catalogue's dates have no year (text digests have one only when the date line states it, e.g. 'Mar 11, 2025'; JSON digests always do)."
            : "This catalogue has no " + Describe(field) + " (text digests don't; load the JSON of /api/daily_papers, e.g. with 'paperdata fetch').";

        /// <summary>The field in words, plural where that reads better: "upvotes", "arXiv ids", "GitHub stars".</summary>
        public static string Describe(PaperField field) => field switch
        {
            PaperField.ArxivId => "arXiv ids",
            PaperField.Authors => "authors",
            PaperField.PublishedOn => "arXiv publication dates",
            PaperField.Upvotes => "upvotes",
            PaperField.Keywords => "keywords",
            PaperField.AiSummary => "AI summaries",
            PaperField.CommentCount => "comment counts",
            PaperField.GitHubStars => "GitHub stars",
            PaperField.Organization => "organizations",
            PaperField.FeaturedYear => "years on its dates",
            _ => field.ToString(),
        };
    }
}
