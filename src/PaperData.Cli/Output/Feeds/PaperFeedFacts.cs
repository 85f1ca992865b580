using System;
using System.Collections.Generic;
using System.Linq;
using PaperData.Cli.Output.Columns;

namespace PaperData.Cli.Output.Feeds
{
    /// <summary>
    /// What Atom and RSS both say about a paper, decided once: its stable id, where it links, and its dates. Nothing
    /// depends on the clock, so the same digest always gives the same feed.
    /// </summary>
    internal sealed class PaperFeedFacts
    {
        /// <summary>The "updated" of an entry (and a feed) with no dated paper: a fixed instant, never "now".</summary>
        public static readonly DateTimeOffset UnknownDate = DateTimeOffset.UnixEpoch;

        /// <summary>The tag URI prefix (RFC 4151) of papers without an arXiv id.</summary>
        public const string TagPrefix = "tag:paperdata,2025:";

        private const string ArxivAbstractPage = "https://arxiv.org/abs/";

        public PaperFeedFacts(Paper paper)
        {
            Paper = paper;
            string? arxivId = paper.ArxivId is null ? null : XmlText.Clean(paper.ArxivId.Trim());
            Uri? arxivPage = arxivId is { Length: > 0 } && Uri.TryCreate(ArxivAbstractPage + arxivId, UriKind.Absolute, out Uri? page) ? page : null;
            // The arXiv page is the paper's permanent address; otherwise the id is a tag URI over the paper's id, which
            // is the title's slug: stable across runs and digests for the same title.
            Id = arxivPage?.OriginalString ?? TagPrefix + paper.Id;
            IsPermaLink = arxivPage is not null;
            Links = paper.Links.Select(l => (Url: ToUri(PaperColumns.Url(l)), Kind: PaperJson.KindName(l.Kind)))
                .Where(l => l.Url is not null).Select(l => (l.Url!, l.Kind)).ToArray();
            AlternateLink = arxivPage ?? Links.Select(l => l.Url).FirstOrDefault();
            FeaturedOn = ToInstant(paper.Date);
            PublishedOn = ToInstant(paper.PublishedOn);
        }

        public Paper Paper { get; }

        /// <summary><c>https://arxiv.org/abs/&lt;arXiv id&gt;</c>, else <c>tag:paperdata,2025:&lt;paper id&gt;</c>.</summary>
        public string Id { get; }

        /// <summary>True when <see cref="Id"/> is a page a browser can open (the arXiv page).</summary>
        public bool IsPermaLink { get; }

        /// <summary>The arXiv page, else the paper's first link, else null.</summary>
        public Uri? AlternateLink { get; }

        /// <summary>The paper's links with their kinds ("repository", "projectPage", "other").</summary>
        public IReadOnlyList<(Uri Url, string Kind)> Links { get; }

        /// <summary>The day the digest featured the paper, when its year is known.</summary>
        public DateTimeOffset? FeaturedOn { get; }

        /// <summary>The paper's own publication date (arXiv), when known with its year.</summary>
        public DateTimeOffset? PublishedOn { get; }

        /// <summary>Atom's "updated": featured on, else published on, else <see cref="UnknownDate"/>.</summary>
        public DateTimeOffset Updated => FeaturedOn ?? PublishedOn ?? UnknownDate;

        /// <summary>The text fields, cleaned for XML.</summary>
        public string Title => XmlText.Clean(Paper.Title);

        public string Abstract => XmlText.Clean(Paper.Abstract);

        public IEnumerable<string> Authors => Paper.Authors.Select(XmlText.Clean);

        public IEnumerable<string> Keywords => Paper.Keywords.Select(XmlText.Clean);

        /// <summary>The site's one-line AI summary, cleaned for XML; null when the paper has none.</summary>
        public string? AiSummary => string.IsNullOrWhiteSpace(Paper.AiSummary) ? null : XmlText.Clean(Paper.AiSummary);

        /// <summary>The submitting organization on the site, cleaned for XML; null when unknown.</summary>
        public string? Organization => string.IsNullOrWhiteSpace(Paper.Organization) ? null : XmlText.Clean(Paper.Organization);

        /// <summary>
        /// The site's numbers a reader would want beside the text, each only when known (0 is a real zero):
        /// "142 upvotes, 4 comments, 512 GitHub stars"; null when none is known (text digests).
        /// </summary>
        public string? SiteLine
        {
            get
            {
                var parts = new List<string>(3);
                if (Paper.Upvotes is int upvotes) parts.Add(Count(upvotes, "upvote"));
                if (Paper.CommentCount is int comments) parts.Add(Count(comments, "comment"));
                if (Paper.GitHubStars is int stars) parts.Add(Count(stars, "GitHub star"));
                return parts.Count == 0 ? null : string.Join(", ", parts);
            }
        }

        /// <summary>The entry's text: the abstract, then the <see cref="SiteLine"/> after a blank line when there is one.</summary>
        public string Body => SiteLine is string line ? Abstract + "\n\n" + line : Abstract;

        private static string Count(int count, string noun) =>
            count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        private static DateTimeOffset? ToInstant(PaperDate? date) =>
            PaperColumns.ToDate(date) is DateOnly day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

        // A link that XML cannot hold or that is no absolute URI is left out rather than written broken.
        private static Uri? ToUri(string url) =>
            XmlText.Clean(url) == url && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri : null;
    }
}
