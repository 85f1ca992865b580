using PaperData.Core.Reading;

namespace PaperData.Core.Parsed
{
    /// <summary>What one digest parses to: its papers in order and every problem found on the way.</summary>
    internal sealed record ParsedDigest(
        EquatableArray<ParsedPaper> Papers,
        EquatableArray<DigestDiagnostic> Diagnostics,
        string ContentHash)
    {
        /// <summary>JSON digests: what the top-level value is and where it starts (archives take only daily_papers arrays); null for text or invalid JSON.</summary>
        public JsonRoot? Root { get; init; }
    }

    /// <summary>The top-level value of a JSON digest: its kind and its position (1-based line and column, 0-based offset).</summary>
    internal sealed record JsonRoot(JsonRootKind Kind, int Line, int Column, int Offset);

    /// <summary>What a JSON digest holds at the top: the /api/daily_papers array (items with a 'paper'; an empty array too), or something else.</summary>
    internal enum JsonRootKind
    {
        DailyPapersArray = 0,
        PaperArray = 1,
        Object = 2,
        Other = 3,
    }

    /// <summary>One paper as the parser found it. All text is exact (trimmed), never re-cased or cleaned.</summary>
    internal sealed record ParsedPaper(
        int Rank,
        string Id,
        string Title,
        string? ShortName,
        string Abstract,
        DigestDate Date,
        EquatableArray<ParsedLink> Links)
    {
        /// <summary>Fields that only richer sources (the JSON digests) fill; text digests leave them empty.</summary>
        public PaperExtras Extras { get; init; } = PaperExtras.None;

        /// <summary>The 1-based line of the title in its digest, where archive diagnostics about the paper point (PD0021).</summary>
        public int TitleLine { get; init; } = 1;

        /// <summary>Every day the paper was featured, in order, when a merged archive has it on more than one; empty means just <see cref="Date"/>.</summary>
        public EquatableArray<DigestDate> FeaturedOn { get; init; } = EquatableArray<DigestDate>.Empty;
    }

    /// <summary>Optional fields of richer sources; equality is structural like the rest of the model.</summary>
    internal sealed record PaperExtras(
        string? ArxivId,
        EquatableArray<string> Authors,
        DigestDate? PublishedOn,
        int? Upvotes,
        EquatableArray<string> Keywords)
    {
        public static readonly PaperExtras None =
            new PaperExtras(null, EquatableArray<string>.Empty, null, null, EquatableArray<string>.Empty);

        /// <summary>The site's one-line summary (<c>paper.ai_summary</c>); null when missing or blank.</summary>
        public string? AiSummary { get; init; }

        /// <summary>Comments on the paper's page (the item's <c>numComments</c>); null when missing, 0 when none.</summary>
        public int? CommentCount { get; init; }

        /// <summary>Stars of the linked GitHub repository (<c>paper.githubStars</c>); null when missing.</summary>
        public int? GitHubStars { get; init; }

        /// <summary>The organization's <c>name</c> on the site (<c>paper.organization.name</c>); null when none.</summary>
        public string? Organization { get; init; }
    }

    /// <summary>A digest date: month and day, and a year only where the source states one.</summary>
    internal readonly record struct DigestDate(int Month, int Day, int? Year);

    /// <summary>The kinds of link the parser tells apart.</summary>
    internal enum ParsedLinkKind
    {
        Other = 0,
        Repository = 1,
        ProjectPage = 2,
    }

    /// <summary>A repaired, absolute link. <see cref="Owner"/> and <see cref="Repository"/> are set for GitHub.</summary>
    internal sealed record ParsedLink(string Url, ParsedLinkKind Kind, string? Owner, string? Repository);

    /// <summary>How serious a digest problem is.</summary>
    internal enum DigestSeverity
    {
        Info = 0,
        Warning = 1,
        Error = 2,
    }

    /// <summary>
    /// A problem in a digest, with its place in the text: 1-based line and column (UTF-16 units, no BOM), and
    /// the 0-based character offset and length in the text handed to the parser. <see cref="Message"/> is
    /// <see cref="Format"/> (one of <see cref="DiagnosticFormats"/>) filled with <see cref="Arguments"/>; the
    /// generator hands format and arguments to its descriptors, so the build shows the same text.
    /// </summary>
    internal sealed record DigestDiagnostic(
        string Id,
        DigestSeverity Severity,
        string Format,
        EquatableArray<string> Arguments,
        int Line,
        int Column,
        int EndLine,
        int EndColumn,
        int Offset,
        int Length)
    {
        public string Message => DiagnosticFormats.Format(Format, Arguments.ToArray());
    }
}
