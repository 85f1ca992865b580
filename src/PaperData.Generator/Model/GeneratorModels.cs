using Microsoft.CodeAnalysis.Text;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;

namespace PaperData.Generator.Model
{
    /// <summary>Build properties that apply to every digest of a project.</summary>
    internal sealed record GlobalSettings(
        string RootNamespace,
        string ProjectDirectory,
        string? DefaultNamespace,
        string DefaultVisibility,
        long MaxDigestBytes)
    {
        /// <summary>The default of <c>PaperDataMaxMembers</c>: above the whole Daily Papers history so far (about 15,000 papers).</summary>
        public const int DefaultMaxMembers = 20000;

        /// <summary>
        /// <c>PaperDataMaxMembers</c>: a catalogue with more papers gets no member per paper (property, Key, Titles,
        /// Get). Negative means no limit.
        /// </summary>
        public int MaxMembers { get; init; } = DefaultMaxMembers;

        /// <summary>The value of <c>PaperDataMaxMembers</c> when it is not a whole number (PD0103; the default applies).</summary>
        public string? InvalidMaxMembers { get; init; }

        /// <summary>Whether a catalogue of <paramref name="papers"/> papers gets its members per paper.</summary>
        public bool AllowsMembers(int papers) => MaxMembers < 0 || papers <= MaxMembers;
    }

    /// <summary>The item metadata of one <c>PaperDigest</c>, and where its file is.</summary>
    internal sealed record DigestSettings(
        string Path,
        string RelativePath,
        string? ClassName,
        string? Namespace,
        string? Visibility,
        GlobalSettings Global)
    {
        /// <summary>The raw <c>Format</c> metadata ("json", "text"); null means "by file extension".</summary>
        public string? Format { get; init; }

        /// <summary>The manifest name of the resource the build task wrote for this digest; null when no task ran.</summary>
        public string? ResourceName { get; init; }

        /// <summary>The key (content hash and format) the task wrote the resource with.</summary>
        public string? ResourceHash { get; init; }

        /// <summary>
        /// The class's paper count the task wrote beside its resource, only for a class above PaperDataMaxMembers whose
        /// files read without a diagnostic (joined at Groups, like the resource).
        /// </summary>
        public string? ResourceCount { get; init; }

        /// <summary>
        /// The task found nothing in this file the generator would need (see <see cref="ResourceCount"/>): Parse only
        /// hashes the text; should the class turn out to need its papers after all, Merge parses it then.
        /// </summary>
        public bool SummaryOnly { get; init; }
    }

    /// <summary>
    /// One digest file as read: its settings and either its text or why it could not be had. The text is the
    /// step's value, so an unchanged file compares equal and everything after it stays cached.
    /// </summary>
    internal sealed record DigestInput(DigestSettings Settings, string? Text, DiagnosticInfo? Problem)
    {
        /// <summary>
        /// For a file the build task found nothing in (<see cref="DigestSettings.SummaryOnly"/>): its content hash, taken
        /// from the compiler's text without copying it into <see cref="Text"/> (which stays null).
        /// </summary>
        public string? Hash { get; init; }

        /// <summary>With <see cref="Hash"/>: the compiler's text, parsed only if the class needs its papers after all. Not compared: the hash is.</summary>
        public SourceText? Source { get; init; }

        public bool Equals(DigestInput? other) =>
            other is not null && Settings == other.Settings && Text == other.Text && Problem == other.Problem && Hash == other.Hash;

        public override int GetHashCode() => Settings.GetHashCode();
    }

    /// <summary>
    /// A digest as the compiler holds it: its settings and the compiler's text of it, or why it cannot be read. Making
    /// the string is a step of its own (<see cref="DigestInput"/>), so an options change that leaves a file's settings
    /// and text alone (a day added beside it) does not copy the file again. Texts are equal when they are the same
    /// object (an IDE keeps one per unchanged file) or have the same length and checksum (the compiler server reads every
    /// file again for each build; the compiler computed the checksum while reading).
    /// </summary>
    internal sealed record DigestSource(DigestSettings Settings, SourceText? Text, DiagnosticInfo? Problem)
    {
        public bool Equals(DigestSource? other) =>
            other is not null && Settings == other.Settings && Problem == other.Problem && SameText(Text, other.Text);

        public override int GetHashCode() => Settings.GetHashCode();

        private static bool SameText(SourceText? a, SourceText? b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null || a.Length != b.Length || a.ChecksumAlgorithm != b.ChecksumAlgorithm) return false;
            System.Collections.Immutable.ImmutableArray<byte> x = a.GetChecksum(), y = b.GetChecksum();
            return !x.IsDefaultOrEmpty && !y.IsDefaultOrEmpty && System.Linq.Enumerable.SequenceEqual(x, y);
        }
    }

    /// <summary>The resource the build task named for one digest file (its class's), kept apart from the text so Parse does not depend on it.</summary>
    internal sealed record ResourceRef(string Path, string? ResourceName, string? ResourceHash, string? ResourceCount);

    /// <summary>A digest after parsing: settings, what the parser found, and any reading problem.</summary>
    internal sealed record ParsedInput(DigestSettings Settings, ParsedDigest? Digest, DiagnosticInfo? Problem)
    {
        /// <summary>
        /// Set when only the content hash was taken (<see cref="DigestSettings.SummaryOnly"/>): the digest then has no
        /// papers, and this text is parsed in full if the class needs them after all. Not compared beyond being set:
        /// the digest's content hash identifies the text.
        /// </summary>
        public SourceText? SummarizedSource { get; init; }

        public bool Equals(ParsedInput? other) =>
            other is not null && Settings == other.Settings && Digest == other.Digest && Problem == other.Problem
            && (SummarizedSource is null) == (other.SummarizedSource is null);

        public override int GetHashCode() => Settings.GetHashCode();
    }

    /// <summary>The parsed files that generate one class (namespace + class name), in ordinal path order.</summary>
    internal sealed record DigestGroup(string FullName, EquatableArray<ParsedInput> Files);

    /// <summary>
    /// One catalogue's input after merging its files: the first file's settings (name, namespace, visibility), the
    /// name the generated header shows, the key its hint name hashes, the merged papers and every file's diagnostics.
    /// </summary>
    internal sealed record MergedInput(DigestSettings Settings, string SourceName, string HintKey, ParsedDigest? Digest, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>The number of papers when <see cref="Digest"/> holds none of them (a summarized class in the build task's resource).</summary>
        public int? SummarizedCount { get; init; }
    }

    /// <summary>A paper with the C# member name chosen for it.</summary>
    internal sealed record PaperModel(ParsedPaper Paper, string MemberName);

    /// <summary>Everything the emitter needs for one catalogue class, as plain equatable data.</summary>
    internal sealed record CatalogModel(
        string HintName,
        string SourceName,
        string Namespace,
        string ClassName,
        string Visibility,
        bool NullableAnnotations,
        string ContentHash,
        EquatableArray<PaperModel> Papers,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>How many papers the catalogue has: <see cref="Papers"/> holds them all, except for a summarized class in the build task's resource.</summary>
        public int PaperCount { get; init; }

        /// <summary>False when an error means no source is written for this digest.</summary>
        public bool CanEmit { get; init; } = true;

        /// <summary>The digest's full path, where diagnostics about the whole digest (PD0104) point.</summary>
        public string Path { get; init; } = string.Empty;

        /// <summary>
        /// False when the catalogue has more papers than <c>PaperDataMaxMembers</c>: no property, Key, Titles or Get
        /// per paper, only Count, ContentHash, All and Catalog (PD0111 says so).
        /// </summary>
        public bool PerPaperMembers { get; init; } = true;

        /// <summary>C# 11 or later: data is written as UTF-8 <c>u8</c> literals, else as string constants (see ChunkEmitter).</summary>
        public bool Utf8Literals { get; init; } = true;

        /// <summary>
        /// The manifest resource holding the data, written by the build task from this very digest (same content
        /// hash); null means no such resource, so the data is written into the source as literals.
        /// </summary>
        public string? ResourceName { get; init; }

        /// <summary>The resource's key (content hash and format), compared with the resource's own on first access.</summary>
        public string? ResourceKey { get; init; }

        public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
    }

    /// <summary>
    /// A diagnostic as plain data; the Roslyn <c>Location</c> is made only when it is reported. The message is
    /// <see cref="Format"/> (the descriptor's format) filled with <see cref="Arguments"/>.
    /// </summary>
    internal sealed record DiagnosticInfo(
        string Id,
        string Format,
        EquatableArray<string> Arguments,
        string? Path,
        int Offset,
        int Length,
        int Line,
        int Column,
        int EndLine,
        int EndColumn)
    {
        /// <summary>The message as users read it.</summary>
        public string Message => DiagnosticFormats.Format(Format, Arguments.ToArray());

        public static DiagnosticInfo From(DigestDiagnostic d, string path) =>
            new DiagnosticInfo(d.Id, d.Format, d.Arguments, path, d.Offset, d.Length, d.Line, d.Column, d.EndLine, d.EndColumn);

        /// <summary>A diagnostic about the whole digest (or project), at its first character.</summary>
        public static DiagnosticInfo At(string id, string? path, string format, params string[] arguments) =>
            new DiagnosticInfo(id, format, new EquatableArray<string>(arguments), path, 0, 0, 1, 1, 1, 1);
    }
}
