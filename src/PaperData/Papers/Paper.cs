using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperData
{
    /// <summary>
    /// One paper of a digest. Immutable, with value equality over every field (links and lists compared item by
    /// item), so <c>==</c> agrees with <see cref="Equals(Paper?)"/>. Make a variant with
    /// <c>paper with { Title = "..." }</c>; lists given to an <c>init</c> are copied.
    /// </summary>
    public sealed record Paper
    {
        // An empty array: nothing to mutate, and no collection type to load on a generated catalogue's first access.
        private static readonly IReadOnlyList<string> NoStrings = Array.Empty<string>();
        private static readonly IReadOnlyList<CodeLink> NoLinks = Array.Empty<CodeLink>();

        private readonly string _id;
        private readonly string _title;
        private readonly string _abstract;
        private readonly IReadOnlyList<CodeLink> _links;
        private readonly IReadOnlyList<string> _authors;
        private readonly IReadOnlyList<string> _keywords;
        private IReadOnlyList<PaperDate>? _featuredOn;

        /// <summary>Creates a paper; <paramref name="links"/> is copied. Set the other fields with <c>init</c>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="abstract"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="links"/> holds a null link.</exception>
        public Paper(int rank, string id, string title, string? shortName, string @abstract, PaperDate date, IEnumerable<CodeLink>? links = null)
        {
            Rank = rank;
            _id = id ?? throw new ArgumentNullException(nameof(id));
            _title = title ?? throw new ArgumentNullException(nameof(title));
            ShortName = shortName;
            _abstract = @abstract ?? throw new ArgumentNullException(nameof(@abstract));
            Date = date;
            _links = CopyLinks(links, nameof(links));
            _authors = NoStrings;
            _keywords = NoStrings;
        }

        // Takes the arrays as they are: generated data is written by the generator, so already checked.
        private Paper(int rank, string id, string title, string? shortName, string @abstract, PaperDate date, CodeLink[]? links, string[]? authors, string[]? keywords)
        {
            Rank = rank;
            _id = id;
            _title = title;
            ShortName = shortName;
            _abstract = @abstract;
            Date = date;
            _links = links is null ? NoLinks : Array.AsReadOnly(links);
            _authors = authors is null ? NoStrings : Array.AsReadOnly(authors);
            _keywords = keywords is null ? NoStrings : Array.AsReadOnly(keywords);
        }

        /// <summary>A paper from a generated catalogue's data; null arrays mean none.</summary>
        internal static Paper FromData(
            int rank,
            string id,
            string title,
            string? shortName,
            string @abstract,
            PaperDate date,
            CodeLink[]? links,
            string? arxivId,
            string[]? authors,
            PaperDate? publishedOn,
            int? upvotes,
            string[]? keywords,
            string? aiSummary,
            int? commentCount,
            int? gitHubStars,
            string? organization,
            PaperDate[]? featuredOn = null) =>
            new Paper(rank, id, title, shortName, @abstract, date, links, authors, keywords)
            {
                ArxivId = arxivId,
                PublishedOn = publishedOn,
                Upvotes = upvotes,
                AiSummary = aiSummary,
                CommentCount = commentCount,
                GitHubStars = gitHubStars,
                Organization = organization,
                _featuredOn = featuredOn is null ? null : Array.AsReadOnly(featuredOn),
            };

        /// <summary>The 1-based position of the paper in its digest.</summary>
        public int Rank { get; init; }

        /// <summary>A stable id: a lowercase slug of the title, unique within the digest.</summary>
        public string Id
        {
            get => _id;
            init => _id = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>The title, exactly as in the digest (trimmed).</summary>
        public string Title
        {
            get => _title;
            init => _title = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>The name before ": " or " -- " when the title starts with one (<c>S3IM</c>, <c>TabPFN</c>), else null.</summary>
        public string? ShortName { get; init; }

        /// <summary>The abstract, exactly as in the digest (trimmed; a hard-wrapped paragraph joined by single spaces).</summary>
        public string Abstract
        {
            get => _abstract;
            init => _abstract = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>The date of the digest section the paper is listed under.</summary>
        public PaperDate Date { get; init; }

        /// <summary>Links found in the abstract, repaired, in order of appearance, without duplicates.</summary>
        public IReadOnlyList<CodeLink> Links
        {
            get => _links;
            init => _links = CopyLinks(value, nameof(value));
        }

        /// <summary>The arXiv id ("2502.12345") where the source has it (JSON digests), else null.</summary>
        public string? ArxivId { get; init; }

        /// <summary>The authors in paper order where the source lists them (JSON digests), else empty.</summary>
        public IReadOnlyList<string> Authors
        {
            get => _authors;
            init => _authors = CopyStrings(value, nameof(value));
        }

        /// <summary>The arXiv publication date, with its year, where the source has it (JSON digests), else null.</summary>
        public PaperDate? PublishedOn { get; init; }

        /// <summary>The upvotes on the Daily Papers page where the source has them (JSON digests), else null.</summary>
        public int? Upvotes { get; init; }

        /// <summary>The site's keywords (<c>ai_keywords</c>) where the source has them, else empty.</summary>
        public IReadOnlyList<string> Keywords
        {
            get => _keywords;
            init => _keywords = CopyStrings(value, nameof(value));
        }

        /// <summary>The site's one-line AI summary (<c>ai_summary</c>) where the source has one (JSON digests), else null.</summary>
        public string? AiSummary { get; init; }

        /// <summary>The number of comments on the paper's Hugging Face page (<c>numComments</c>; 0 when none), else null when unknown.</summary>
        public int? CommentCount { get; init; }

        /// <summary>The stars of the paper's GitHub repository (<c>githubStars</c>) where the source has them, else null.</summary>
        public int? GitHubStars { get; init; }

        /// <summary>The organization that submitted the paper, by its name on the site (<c>organization.name</c>), else null.</summary>
        public string? Organization { get; init; }

        /// <summary>
        /// Every day the paper was featured, earliest first, each a <see cref="PaperDate"/> with its year where the
        /// source has one (JSON digests). A catalogue merged from many days' files keeps a paper once, at its first
        /// day (<see cref="Date"/>), and lists here every day it appeared; otherwise it is just <see cref="Date"/>.
        /// Set to null or empty to mean just <see cref="Date"/>.
        /// </summary>
        public IReadOnlyList<PaperDate> FeaturedOn
        {
            get => _featuredOn ?? new[] { Date };
            init => _featuredOn = value is null || value.Count == 0 ? null : Array.AsReadOnly(new List<PaperDate>(value).ToArray());
        }

        /// <summary>
        /// The first GitHub repository among <see cref="Links"/>: a JSON digest's <c>githubRepo</c> comes first,
        /// else the first one the abstract mentions; null when there is none.
        /// </summary>
        public CodeLink? GitHubRepository
        {
            get
            {
                foreach (CodeLink link in Links)
                {
                    if (link.Kind == LinkKind.Repository && link.Owner is not null) return link;
                }

                return null;
            }
        }

        /// <summary>The first project page among <see cref="Links"/> (a JSON digest's <c>projectPage</c>, or a github.io page).</summary>
        public CodeLink? ProjectPage
        {
            get
            {
                foreach (CodeLink link in Links)
                {
                    if (link.Kind == LinkKind.ProjectPage) return link;
                }

                return null;
            }
        }

        /// <summary>True when a link points at a source repository.</summary>
        public bool HasCode
        {
            get
            {
                foreach (CodeLink link in Links)
                {
                    if (link.Kind == LinkKind.Repository) return true;
                }

                return false;
            }
        }

        /// <summary>The short name where there is one, else the title.</summary>
        public string DisplayName => ShortName ?? Title;

        /// <inheritdoc />
        public bool Equals(Paper? other)
        {
            if (other is null) return false;
            if (ReferenceEquals(this, other)) return true;
            return Rank == other.Rank && Id == other.Id && Title == other.Title && ShortName == other.ShortName
                && Abstract == other.Abstract && Date.Equals(other.Date) && ArxivId == other.ArxivId
                && Nullable.Equals(PublishedOn, other.PublishedOn) && Upvotes == other.Upvotes
                && AiSummary == other.AiSummary && CommentCount == other.CommentCount && GitHubStars == other.GitHubStars
                && Organization == other.Organization
                && SameItems(Links, other.Links) && SameItems(Authors, other.Authors) && SameItems(Keywords, other.Keywords)
                && SameItems(FeaturedOn, other.FeaturedOn);
        }

        /// <inheritdoc />
        public override int GetHashCode() => (Rank * 397) ^ StringComparer.Ordinal.GetHashCode(Title);

        /// <summary>"7. Title": rank and title, the same in every culture.</summary>
        public override string ToString() => Rank.ToString(CultureInfo.InvariantCulture) + ". " + Title;

        private static IReadOnlyList<CodeLink> CopyLinks(IEnumerable<CodeLink>? links, string parameter)
        {
            if (links is null) return NoLinks;
            var copy = new List<CodeLink>(links);
            if (copy.Contains(null!)) throw new ArgumentException("The links hold a null link.", parameter);
            return copy.Count == 0 ? NoLinks : copy.AsReadOnly();
        }

        private static IReadOnlyList<string> CopyStrings(IEnumerable<string>? values, string parameter)
        {
            if (values is null) return NoStrings;
            var copy = new List<string>(values);
            if (copy.Contains(null!)) throw new ArgumentException("The list holds a null string.", parameter);
            return copy.Count == 0 ? NoStrings : copy.AsReadOnly();
        }

        private static bool SameItems<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
            where T : IEquatable<T>
        {
            if (left.Count != right.Count) return false;
            for (int i = 0; i < left.Count; i++)
            {
                if (!left[i].Equals(right[i])) return false;
            }

            return true;
        }
    }
}
