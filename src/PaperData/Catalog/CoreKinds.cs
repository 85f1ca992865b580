using System;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;

namespace PaperData
{
    /// <summary>
    /// The public enums and their twins in the shared core (which cannot see the public ones), mapped member by
    /// member: a cast would silently map a member added on one side only to the wrong one, a switch throws.
    /// </summary>
    internal static class CoreKinds
    {
        public static LinkKind ToPublic(ParsedLinkKind kind) => kind switch
        {
            ParsedLinkKind.Other => LinkKind.Other,
            ParsedLinkKind.Repository => LinkKind.Repository,
            ParsedLinkKind.ProjectPage => LinkKind.ProjectPage,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown link kind."),
        };

        public static PaperDiagnosticSeverity ToPublic(DigestSeverity severity) => severity switch
        {
            DigestSeverity.Info => PaperDiagnosticSeverity.Info,
            DigestSeverity.Warning => PaperDiagnosticSeverity.Warning,
            DigestSeverity.Error => PaperDiagnosticSeverity.Error,
            _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
        };

        public static PaperDigestFormat ToPublic(DigestFormat format) => format switch
        {
            DigestFormat.Text => PaperDigestFormat.Text,
            DigestFormat.Json => PaperDigestFormat.Json,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown digest format."),
        };

        public static DigestFormat ToCore(PaperDigestFormat format) => format switch
        {
            PaperDigestFormat.Text => DigestFormat.Text,
            PaperDigestFormat.Json => DigestFormat.Json,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown digest format."),
        };
    }
}
