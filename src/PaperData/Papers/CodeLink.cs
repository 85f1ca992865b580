using System;

namespace PaperData
{
    /// <summary>What a link points at.</summary>
    public enum LinkKind
    {
        /// <summary>Anything else (a short link, a data set, a paper).</summary>
        Other = 0,

        /// <summary>A source repository (GitHub, GitLab, Bitbucket, Codeberg).</summary>
        Repository = 1,

        /// <summary>A project page (<c>*.github.io</c>).</summary>
        ProjectPage = 2,
    }

    /// <summary>A link found in an abstract, repaired into an absolute URL.</summary>
    public sealed record CodeLink
    {
        /// <summary>Creates a link from an absolute URL.</summary>
        public CodeLink(string url, LinkKind kind, string? owner = null, string? repository = null)
            : this(url, new Uri(url, UriKind.Absolute), kind, owner, repository)
        {
        }

        private CodeLink(string url, Uri? parsed, LinkKind kind, string? owner, string? repository)
        {
            _text = url;
            _url = parsed;
            Kind = kind;
            Owner = owner;
            Repository = repository;
        }

        private readonly string _text;
        private Uri? _url;

        /// <summary>
        /// A link the parser already checked (generated catalogues): its <see cref="Uri"/> is made on first use,
        /// because the first use of <see cref="Uri"/> costs milliseconds, the bulk of a first access.
        /// </summary>
        internal static CodeLink Checked(string url, LinkKind kind, string? owner, string? repository) =>
            new CodeLink(url, null, kind, owner, repository);

        /// <summary>The absolute URL.</summary>
        public Uri Url => _url ??= new Uri(_text, UriKind.Absolute);

        /// <summary>What the link points at.</summary>
        public LinkKind Kind { get; init; }

        /// <summary>The GitHub owner (user or organisation), for GitHub repositories and <c>github.io</c> pages.</summary>
        public string? Owner { get; init; }

        /// <summary>The GitHub repository name, for GitHub repositories.</summary>
        public string? Repository { get; init; }

        /// <summary>The host name, lower case.</summary>
        public string Host => Url.Host;

        /// <summary>"owner/repo" for GitHub repositories, else the URL.</summary>
        public string DisplayName => Owner is not null && Repository is not null ? Owner + "/" + Repository : _text;

        /// <inheritdoc />
        public bool Equals(CodeLink? other) =>
            other is not null && _text == other._text && Kind == other.Kind
            && Owner == other.Owner && Repository == other.Repository;


        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

        /// <inheritdoc />
        public override string ToString() => _text;
    }
}
