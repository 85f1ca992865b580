using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperData.Core.Reading;
using PaperData.Generator.Model;

namespace PaperData.Generator.Diagnostics
{
    /// <summary>The PD descriptors, one per id in <see cref="DiagnosticIds"/>; the README's table mirrors this list.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "PaperData";

        public static readonly DiagnosticDescriptor EmptyDigest = Make(DiagnosticIds.EmptyDigest, "Digest holds no papers", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MissingDateLine = Make(DiagnosticIds.MissingDateLine, "No date line before the papers", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor TitleWithoutAbstract = Make(DiagnosticIds.TitleWithoutAbstract, "Title without abstract", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor DuplicateTitle = Make(DiagnosticIds.DuplicateTitle, "Duplicate title", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnreadableDate = Make(DiagnosticIds.UnreadableDate, "Unreadable date line", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor UnrepairableLink = Make(DiagnosticIds.UnrepairableLink, "Link cannot be repaired", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor IgnoredPreamble = Make(DiagnosticIds.IgnoredPreamble, "Text before the first date line", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor EmptyDateSection = Make(DiagnosticIds.EmptyDateSection, "Date line without papers", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor AbstractWithoutTitle = Make(DiagnosticIds.AbstractWithoutTitle, "Abstract without title", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor InvalidJson = Make(DiagnosticIds.InvalidJson, "Digest is not valid JSON", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor UnexpectedJsonShape = Make(DiagnosticIds.UnexpectedJsonShape, "JSON value is not a daily-papers item or paper", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor IncompleteJsonPaper = Make(DiagnosticIds.IncompleteJsonPaper, "JSON paper without title, summary or date", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor DuplicateArxivId = Make(DiagnosticIds.DuplicateArxivId, "Duplicate arXiv id", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnreadableJsonDate = Make(DiagnosticIds.UnreadableJsonDate, "Unreadable JSON date", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor IgnoredJsonField = Make(DiagnosticIds.IgnoredJsonField, "JSON field of the wrong type ignored", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor DigestTooLarge = Make(DiagnosticIds.DigestTooLarge, "Digest too large", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor UnreadableDigest = Make(DiagnosticIds.UnreadableDigest, "Digest cannot be read", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor InvalidName = Make(DiagnosticIds.InvalidName, "Invalid class or namespace name", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor DuplicateClass = Make(DiagnosticIds.DuplicateClass, "Two digests generate the same class", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor LanguageVersionTooOld = Make(DiagnosticIds.LanguageVersionTooOld, "C# language version too old", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor StaleCatalogResource = Make(DiagnosticIds.StaleCatalogResource, "Catalogue resource does not match the digest", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor GeneratorFailure = Make(DiagnosticIds.GeneratorFailure, "PaperData generator failure", DiagnosticSeverity.Error);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new Dictionary<string, DiagnosticDescriptor>
        {
            [EmptyDigest.Id] = EmptyDigest,
            [MissingDateLine.Id] = MissingDateLine,
            [TitleWithoutAbstract.Id] = TitleWithoutAbstract,
            [DuplicateTitle.Id] = DuplicateTitle,
            [UnreadableDate.Id] = UnreadableDate,
            [UnrepairableLink.Id] = UnrepairableLink,
            [IgnoredPreamble.Id] = IgnoredPreamble,
            [EmptyDateSection.Id] = EmptyDateSection,
            [AbstractWithoutTitle.Id] = AbstractWithoutTitle,
            [InvalidJson.Id] = InvalidJson,
            [UnexpectedJsonShape.Id] = UnexpectedJsonShape,
            [IncompleteJsonPaper.Id] = IncompleteJsonPaper,
            [DuplicateArxivId.Id] = DuplicateArxivId,
            [UnreadableJsonDate.Id] = UnreadableJsonDate,
            [IgnoredJsonField.Id] = IgnoredJsonField,
            [DigestTooLarge.Id] = DigestTooLarge,
            [UnreadableDigest.Id] = UnreadableDigest,
            [InvalidName.Id] = InvalidName,
            [DuplicateClass.Id] = DuplicateClass,
            [LanguageVersionTooOld.Id] = LanguageVersionTooOld,
            [StaleCatalogResource.Id] = StaleCatalogResource,
            [GeneratorFailure.Id] = GeneratorFailure,
        };

        /// <summary>Turns plain diagnostic data into a Roslyn diagnostic at the digest's line and column.</summary>
        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            DiagnosticDescriptor descriptor = ById.TryGetValue(info.Id, out DiagnosticDescriptor? found) ? found : GeneratorFailure;
            Location location = info.Path is null
                ? Location.None
                : Location.Create(
                    info.Path,
                    new TextSpan(info.Offset, info.Length),
                    new LinePositionSpan(
                        new LinePosition(info.Line - 1, info.Column - 1),
                        new LinePosition(info.EndLine - 1, info.EndColumn - 1)));
            return Diagnostic.Create(descriptor, location, info.Message);
        }

        private static DiagnosticDescriptor Make(string id, string title, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, "{0}", Category, severity, isEnabledByDefault: true);
    }
}
