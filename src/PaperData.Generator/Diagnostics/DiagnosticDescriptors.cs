using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperData.Core.Reading;
using PaperData.Generator.Model;

namespace PaperData.Generator.Diagnostics
{
    /// <summary>
    /// The PD descriptors, one per id in <see cref="DiagnosticIds"/> (after CommunityToolkit.Mvvm's
    /// DiagnosticDescriptors): a title, a real message format, a description and a help link to the README's
    /// diagnostics table, which mirrors this list. Formats come from <see cref="DiagnosticFormats"/> (the
    /// parser's, shared with the run-time catalogue) and <see cref="GeneratorFormats"/>.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>The README's diagnostics table, where every id has its row (meaning and fix).</summary>
        public const string HelpLink = "https://github.com/paperdata/PaperData#diagnostics";

        private const string Category = "PaperData";

        // Descriptors for an id's other formats, made once each: same id, title, severity, description and link.
        private static readonly ConcurrentDictionary<(string Id, string Format), DiagnosticDescriptor> Variants =
            new ConcurrentDictionary<(string Id, string Format), DiagnosticDescriptor>();

        public static readonly DiagnosticDescriptor EmptyDigest = Make(
            DiagnosticIds.EmptyDigest, "Digest holds no papers", DiagnosticFormats.EmptyTextDigest, DiagnosticSeverity.Warning,
            "The digest holds no papers (empty, or only page chrome or date lines); reported only when no error explains it. The class is still generated, empty.");

        public static readonly DiagnosticDescriptor MissingDateLine = Make(
            DiagnosticIds.MissingDateLine, "No date line before the papers", DiagnosticFormats.PaperBeforeDateLine, DiagnosticSeverity.Error,
            "No date line anywhere, or a paper before the first date line: those papers have no date and are left out. Put a date line such as 'Mar 11' above the papers.");

        public static readonly DiagnosticDescriptor TitleWithoutAbstract = Make(
            DiagnosticIds.TitleWithoutAbstract, "Title without abstract", DiagnosticFormats.TitleWithoutAbstract, DiagnosticSeverity.Error,
            "A title with no abstract after it: at the end, right before a date line, or followed by another title and abstract. The title is left out.");

        public static readonly DiagnosticDescriptor DuplicateTitle = Make(
            DiagnosticIds.DuplicateTitle, "Duplicate title", DiagnosticFormats.DuplicateTitle, DiagnosticSeverity.Warning,
            "Two titles are equal ignoring case and spacing. Both papers are kept; the later gets a numbered id.");

        public static readonly DiagnosticDescriptor UnreadableDate = Make(
            DiagnosticIds.UnreadableDate, "Unreadable date line", DiagnosticFormats.UnreadableDate, DiagnosticSeverity.Error,
            "A date line names a day that does not exist or a year outside 1900-2999. Everything up to the next date line is left out.");

        public static readonly DiagnosticDescriptor UnrepairableLink = Make(
            DiagnosticIds.UnrepairableLink, "Link cannot be repaired", DiagnosticFormats.UnrepairableLink, DiagnosticSeverity.Warning,
            "A link cannot be repaired into an absolute URL. It stays in the abstract but is not in Links.");

        public static readonly DiagnosticDescriptor IgnoredPreamble = Make(
            DiagnosticIds.IgnoredPreamble, "Text before the first date line", DiagnosticFormats.IgnoredPreamble, DiagnosticSeverity.Warning,
            "Text before the first date line that is neither known page chrome nor a paper; it is ignored.");

        public static readonly DiagnosticDescriptor EmptyDateSection = Make(
            DiagnosticIds.EmptyDateSection, "Date line without papers", DiagnosticFormats.EmptyDateSection, DiagnosticSeverity.Warning,
            "A date line with no papers under it.");

        public static readonly DiagnosticDescriptor AbstractWithoutTitle = Make(
            DiagnosticIds.AbstractWithoutTitle, "Abstract without title", DiagnosticFormats.AbstractWithoutTitle, DiagnosticSeverity.Error,
            "A paragraph that reads like an abstract stands where a title was expected; it is left out.");

        public static readonly DiagnosticDescriptor InvalidJson = Make(
            DiagnosticIds.InvalidJson, "Digest is not valid JSON", DiagnosticFormats.InvalidJson, DiagnosticSeverity.Error,
            "A JSON digest that is not JSON (syntax error, trailing comma, comment, bad escape, lone surrogate, nesting deeper than 64); nothing is read.");

        public static readonly DiagnosticDescriptor UnexpectedJsonShape = Make(
            DiagnosticIds.UnexpectedJsonShape, "JSON value is not a daily-papers item or paper", DiagnosticFormats.UnexpectedJsonElement, DiagnosticSeverity.Error,
            "A top-level JSON value or array element is not a daily-papers item or paper object (also an error response); that value is left out.");

        public static readonly DiagnosticDescriptor IncompleteJsonPaper = Make(
            DiagnosticIds.IncompleteJsonPaper, "JSON paper without title, summary or date", DiagnosticFormats.IncompleteJsonPaper, DiagnosticSeverity.Error,
            "A JSON record has no title, no summary or no readable date; it is left out.");

        public static readonly DiagnosticDescriptor DuplicateArxivId = Make(
            DiagnosticIds.DuplicateArxivId, "Duplicate arXiv id", DiagnosticFormats.DuplicateArxivId, DiagnosticSeverity.Warning,
            "Two JSON records share an arXiv id; both are kept, the second with a numbered id.");

        public static readonly DiagnosticDescriptor UnreadableJsonDate = Make(
            DiagnosticIds.UnreadableJsonDate, "Unreadable JSON date", DiagnosticFormats.UnreadableJsonDate, DiagnosticSeverity.Warning,
            "A JSON date is not an ISO 8601 date that exists; the next date field is used.");

        public static readonly DiagnosticDescriptor IgnoredJsonField = Make(
            DiagnosticIds.IgnoredJsonField, "JSON field of the wrong type ignored", DiagnosticFormats.IgnoredJsonField, DiagnosticSeverity.Warning,
            "An optional JSON field has the wrong type or is out of range; the field is ignored.");

        public static readonly DiagnosticDescriptor GluedTitleAndAbstract = Make(
            DiagnosticIds.GluedTitleAndAbstract, "Title and abstract without a blank line between", DiagnosticFormats.GluedTitleAndAbstract, DiagnosticSeverity.Warning,
            "A title runs straight into its abstract on the next line; where the split is clear the paper is read (first line the title) and this warning says where to add the blank line.");

        public static readonly DiagnosticDescriptor AmbiguousPairing = Make(
            DiagnosticIds.AmbiguousPairing, "Titles and abstracts hard to tell apart", DiagnosticFormats.AmbiguousPairing, DiagnosticSeverity.Warning,
            "Another pairing of titles and abstracts explains the date section almost as well as the one read; the section is read as written (title, abstract, title, ...) and this marks the first paragraph where the readings differ.");

        public static readonly DiagnosticDescriptor NotDailyPapersArray = Make(
            DiagnosticIds.NotDailyPapersArray, "Archive file is not a daily_papers array", DiagnosticFormats.NotDailyPapersArray, DiagnosticSeverity.Error,
            "A JSON file among several digests of one class (an archive) is not a daily_papers array; its papers are left out and the other files still make the catalogue.");

        public static readonly DiagnosticDescriptor DuplicateDay = Make(
            DiagnosticIds.DuplicateDay, "Day already in another file of the catalogue", DiagnosticFormats.DuplicateDay, DiagnosticSeverity.Warning,
            "Two files of one catalogue hold the same day; their papers are merged and a paper in both is counted once.");

        public static readonly DiagnosticDescriptor DigestTooLarge = Make(
            DiagnosticIds.DigestTooLarge, "Digest too large", GeneratorFormats.DigestTooLarge, DiagnosticSeverity.Error,
            "The digest is larger than PaperDataMaxDigestBytes; no class is generated for it.");

        public static readonly DiagnosticDescriptor UnreadableDigest = Make(
            DiagnosticIds.UnreadableDigest, "Digest cannot be read", GeneratorFormats.UnreadableDigest, DiagnosticSeverity.Error,
            "The digest file cannot be read or is not text; no class is generated for it.");

        public static readonly DiagnosticDescriptor InvalidName = Make(
            DiagnosticIds.InvalidName, "Invalid PaperDigest metadata", GeneratorFormats.InvalidClassName, DiagnosticSeverity.Error,
            "ClassName, Namespace, Visibility or Format metadata is invalid (not an identifier, a keyword, not public/internal, not text/json), or PaperDataMaxMembers is not a whole number.");

        public static readonly DiagnosticDescriptor DuplicateClass = Make(
            DiagnosticIds.DuplicateClass, "Digests of one class in different formats", DiagnosticFormats.MixedArchiveFormats, DiagnosticSeverity.Error,
            "Digests with the same ClassName and namespace form one catalogue of one format; a file in another format than the first is left out.");

        public static readonly DiagnosticDescriptor StaleCatalogResource = Make(
            DiagnosticIds.StaleCatalogResource, "Catalogue resource does not match the digest", GeneratorFormats.StaleCatalogResource, DiagnosticSeverity.Warning,
            "The catalogue resource the build task wrote is from other content than the digest the compiler reads (an unsaved edit in the IDE, say); the data is compiled into the code instead, which is slower for large digests but never wrong.");

        public static readonly DiagnosticDescriptor NoPerPaperMembers = Make(
            DiagnosticIds.NoPerPaperMembers, "No member per paper above PaperDataMaxMembers", GeneratorFormats.NoPerPaperMembers, DiagnosticSeverity.Info,
            "The catalogue has more papers than PaperDataMaxMembers (default 20,000), so it gets no property, Key or Titles member per paper (they cost about 500 bytes of source a paper, and the compiler's memory); Count, ContentHash, All and Catalog hold every paper.");

        public static readonly DiagnosticDescriptor LanguageVersionTooOld = Make(
            DiagnosticIds.LanguageVersionTooOld, "C# language version too old", GeneratorFormats.LanguageVersionTooOld, DiagnosticSeverity.Error,
            "The project's C# version is older than the generated code needs (7.3, or 11 for digests too large for string constants).");

        public static readonly DiagnosticDescriptor GeneratorFailure = Make(
            DiagnosticIds.GeneratorFailure, "PaperData generator failure", GeneratorFormats.GeneratorFailure, DiagnosticSeverity.Error,
            "The generator failed unexpectedly on this digest (a bug); the other digests still generate.");

        /// <summary>The descriptor of <paramref name="id"/>; an id without one is a bug and reports as PD0199.</summary>
        public static DiagnosticDescriptor ForId(string id) =>
            id switch
            {
                DiagnosticIds.EmptyDigest => EmptyDigest,
                DiagnosticIds.MissingDateLine => MissingDateLine,
                DiagnosticIds.TitleWithoutAbstract => TitleWithoutAbstract,
                DiagnosticIds.DuplicateTitle => DuplicateTitle,
                DiagnosticIds.UnreadableDate => UnreadableDate,
                DiagnosticIds.UnrepairableLink => UnrepairableLink,
                DiagnosticIds.IgnoredPreamble => IgnoredPreamble,
                DiagnosticIds.EmptyDateSection => EmptyDateSection,
                DiagnosticIds.AbstractWithoutTitle => AbstractWithoutTitle,
                DiagnosticIds.InvalidJson => InvalidJson,
                DiagnosticIds.UnexpectedJsonShape => UnexpectedJsonShape,
                DiagnosticIds.IncompleteJsonPaper => IncompleteJsonPaper,
                DiagnosticIds.DuplicateArxivId => DuplicateArxivId,
                DiagnosticIds.UnreadableJsonDate => UnreadableJsonDate,
                DiagnosticIds.IgnoredJsonField => IgnoredJsonField,
                DiagnosticIds.GluedTitleAndAbstract => GluedTitleAndAbstract,
                DiagnosticIds.AmbiguousPairing => AmbiguousPairing,
                DiagnosticIds.NotDailyPapersArray => NotDailyPapersArray,
                DiagnosticIds.DuplicateDay => DuplicateDay,
                DiagnosticIds.DigestTooLarge => DigestTooLarge,
                DiagnosticIds.UnreadableDigest => UnreadableDigest,
                DiagnosticIds.InvalidName => InvalidName,
                DiagnosticIds.DuplicateClass => DuplicateClass,
                DiagnosticIds.StaleCatalogResource => StaleCatalogResource,
                DiagnosticIds.NoPerPaperMembers => NoPerPaperMembers,
                DiagnosticIds.LanguageVersionTooOld => LanguageVersionTooOld,
                DiagnosticIds.GeneratorFailure => GeneratorFailure,
                _ => GeneratorFailure,
            };

        /// <summary>
        /// The descriptor for <paramref name="id"/> whose message format is <paramref name="format"/>: the id's own
        /// descriptor when it is its first format, else one like it with that format.
        /// </summary>
        public static DiagnosticDescriptor For(string id, string format)
        {
            DiagnosticDescriptor primary = ForId(id);
            if (primary.MessageFormat.ToString(CultureInfo.InvariantCulture) == format) return primary;
            return Variants.GetOrAdd((primary.Id, format), key => new DiagnosticDescriptor(
                primary.Id, primary.Title, key.Format, Category, primary.DefaultSeverity, isEnabledByDefault: true,
                primary.Description, primary.HelpLinkUri));
        }

        /// <summary>Turns plain diagnostic data into a Roslyn diagnostic at the digest's line and column.</summary>
        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            Location location = info.Path is null
                ? Location.None
                : Location.Create(
                    info.Path,
                    new TextSpan(info.Offset, info.Length),
                    new LinePositionSpan(
                        new LinePosition(info.Line - 1, info.Column - 1),
                        new LinePosition(info.EndLine - 1, info.EndColumn - 1)));
            return Diagnostic.Create(For(info.Id, info.Format), location, info.Arguments.ToArray());
        }

        private static DiagnosticDescriptor Make(string id, string title, string messageFormat, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description, HelpLink);
    }
}
