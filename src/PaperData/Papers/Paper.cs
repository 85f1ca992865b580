using System;
using System.Collections.Generic;

namespace PaperData
{
    /// <summary>
    /// One paper of a digest. Immutable, with value equality over every field, links and the optional fields of
    /// JSON digests (arXiv id, authors, publication date, upvotes, keywords) included.
    /// </summary>
    public sealed class Paper : IEquatable<Paper>
    {
        // An empty array: nothing to mutate, and no collection type to load on a generated catalogue's first access.
        private static readonly IReadOnlyList<string> NoStrings = Array.Empty<string>();

        /// <summary>Creates a paper; <paramref name="links"/> is copied.</summary>
        /// <exception cref="ArgumentException"><paramref name="links"/> holds a null link.</exception>
        public Paper(int rank, string id, string title, string? shortName, string @abstract, PaperDate date, IEnumerable<CodeLink>? links = null)
            : this(rank, id, title, shortName, @abstract, date, links, null, null, null, null, null)
        {
        }

        /// <summary>
        /// Creates a paper with the fields richer sources (JSON digests) have; the lists are copied, null ones
        /// become empty.
        /// </summary>
        public Paper(
            int rank,
            string id,
            string title,
            string? shortName,
            string @abstract,
            PaperDate date,
            IEnumerable<CodeLink>? links,
            string? arxivId,
            IEnumerable<string>? authors,
            PaperDate? publishedOn,
            int? upvotes,
            IEnumerable<string>? keywords)
            : this(
                rank,
                id ?? throw new ArgumentNullException(nameof(id)),
                title ?? throw new ArgumentNullException(nameof(title)),
                shortName,
                @abstract ?? throw new ArgumentNullException(nameof(@abstract)),
                date,
                links is null ? (IReadOnlyList<CodeLink>)Array.Empty<CodeLink>() : Array.AsReadOnly(PaperCatalog.NoNulls(links, nameof(links))),
                arxivId,
                Copy(authors),
                publishedOn,
                upvotes,
                Copy(keywords))
        {
        }

        // Takes the lists as they are: the public constructors copy and check, generated data needs neither.
        private Paper(
            int rank,
            string id,
            string title,
            string? shortName,
            string @abstract,
            PaperDate date,
            IReadOnlyList<CodeLink> links,
            string? arxivId,
            IReadOnlyList<string> authors,
            PaperDate? publishedOn,
            int? upvotes,
            IReadOnlyList<string> keywords)
        {
            Rank = rank;
            Id = id;
            Title = title;
            ShortName = shortName;
            Abstract = @abstract;
            Date = date;
            Links = links;
            ArxivId = arxivId;
            Authors = authors;
            PublishedOn = publishedOn;
            Upvotes = upvotes;
            Keywords = keywords;
        }

        /// <summary>A paper from a generated catalogue's data (written by the generator, so already checked); null arrays mean none.</summary>
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
            string[]? keywords) =>
            new Paper(
                rank,
                id,
                title,
                shortName,
                @abstract,
                date,
                links is null ? (IReadOnlyList<CodeLink>)Array.Empty<CodeLink>() : Array.AsReadOnly(links),
                arxivId,
                authors is null ? NoStrings : Array.AsReadOnly(authors),
                publishedOn,
                upvotes,
                keywords is null ? NoStrings : Array.AsReadOnly(keywords));

        /// <summary>The 1-based position of the paper in its digest.</summary>
        public int Rank { get; }

        /// <summary>A stable id: a lowercase slug of the title, unique within the digest.</summary>
        public string Id { get; }

        /// <summary>The title, exactly as in the digest (trimmed).</summary>
        public string Title { get; }

        /// <summary>The name before ": " or " -- " when the title starts with one (<c>S3IM</c>, <c>TabPFN</c>), else null.</summary>
        public string? ShortName { get; }

        /// <summary>The abstract, exactly as in the digest (trimmed; a hard-wrapped paragraph joined by single spaces).</summary>
        public string Abstract { get; }

        /// <summary>The date of the digest section the paper is listed under.</summary>
        public PaperDate Date { get; }

        /// <summary>Links found in the abstract, repaired, in order of appearance, without duplicates.</summary>
        public IReadOnlyList<CodeLink> Links { get; }

        /// <summary>The arXiv id ("2502.12345") where the source has it (JSON digests), else null.</summary>
        public string? ArxivId { get; }

        /// <summary>The authors in paper order where the source lists them (JSON digests), else empty.</summary>
        public IReadOnlyList<string> Authors { get; }

        /// <summary>The arXiv publication date, with its year, where the source has it (JSON digests), else null.</summary>
        public PaperDate? PublishedOn { get; }

        /// <summary>The upvotes on the Daily Papers page where the source has them (JSON digests), else null.</summary>
        public int? Upvotes { get; }

        /// <summary>The site's keywords (<c>ai_keywords</c>) where the source has them, else empty.</summary>
        public IReadOnlyList<string> Keywords { get; }

        /// <summary>
        /// The first GitHub repository among <see cref="Links"/>: a JSON digest's <c>githubRepo</c> comes first,
        /// else the first one the abstract mentions; null when there is none.
        /// </summary>
        public CodeLink? GitHubRepository => FirstLink(l => l.Kind == LinkKind.Repository && l.Owner is not null);

        /// <summary>The first project page among <see cref="Links"/> (a JSON digest's <c>projectPage</c>, or a github.io page).</summary>
        public CodeLink? ProjectPage => FirstLink(l => l.Kind == LinkKind.ProjectPage);

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
            if (Rank != other.Rank || Id != other.Id || Title != other.Title || ShortName != other.ShortName
                || Abstract != other.Abstract || !Date.Equals(other.Date) || Links.Count != other.Links.Count
                || ArxivId != other.ArxivId || !Nullable.Equals(PublishedOn, other.PublishedOn) || Upvotes != other.Upvotes
                || !SameStrings(Authors, other.Authors) || !SameStrings(Keywords, other.Keywords))
            {
                return false;
            }

            for (int i = 0; i < Links.Count; i++)
            {
                if (!Links[i].Equals(other.Links[i])) return false;
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Paper);

        /// <inheritdoc />
        public override int GetHashCode() => (Rank * 397) ^ StringComparer.Ordinal.GetHashCode(Title);

        private static IReadOnlyList<string> Copy(IEnumerable<string>? values) =>
            values is null ? NoStrings : Array.AsReadOnly(new List<string>(values).ToArray());

        private static bool SameStrings(IReadOnlyList<string> left, IReadOnlyList<string> right)
        {
            if (left.Count != right.Count) return false;
            for (int i = 0; i < left.Count; i++)
            {
                if (!string.Equals(left[i], right[i], StringComparison.Ordinal)) return false;
            }

            return true;
        }

        private CodeLink? FirstLink(Func<CodeLink, bool> predicate)
        {
            foreach (CodeLink link in Links)
            {
                if (predicate(link)) return link;
            }

            return null;
        }

        /// <inheritdoc />
        public override string ToString() => Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + Title;
    }
}
