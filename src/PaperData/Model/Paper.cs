using System;
using System.Collections.Generic;

namespace PaperData
{
    /// <summary>One paper of a digest. Immutable, with value equality over every field, links included.</summary>
    public sealed class Paper : IEquatable<Paper>
    {
        /// <summary>Creates a paper; <paramref name="links"/> is copied.</summary>
        /// <exception cref="ArgumentException"><paramref name="links"/> holds a null link.</exception>
        public Paper(int rank, string id, string title, string? shortName, string @abstract, PaperDate date, IEnumerable<CodeLink>? links = null)
        {
            Rank = rank;
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            ShortName = shortName;
            Abstract = @abstract ?? throw new ArgumentNullException(nameof(@abstract));
            Date = date;
            Links = links is null ? Array.Empty<CodeLink>() : Array.AsReadOnly(PaperCatalog.NoNulls(links, nameof(links)));
        }

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
                || Abstract != other.Abstract || !Date.Equals(other.Date) || Links.Count != other.Links.Count)
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

        /// <inheritdoc />
        public override string ToString() => Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + Title;
    }
}
