using System;
using System.Threading;
using PaperData.Core.Parsed;
using PaperData.Core.Reading.Json;
using PaperData.Core.Reading.Text;

namespace PaperData.Core.Reading
{
    /// <summary>The formats a digest can be written in.</summary>
    internal enum DigestFormat
    {
        /// <summary>The Daily Papers page copied as text.</summary>
        Text = 0,

        /// <summary>The site's JSON (<c>/api/daily_papers</c>, <c>/api/papers/{id}</c>).</summary>
        Json = 1,
    }

    /// <summary>
    /// Chooses the parser for a digest: the forced format when given (the <c>Format</c> metadata), else JSON for
    /// files ending in <c>.json</c> (any case) and text for everything else.
    /// </summary>
    internal static class DigestReader
    {
        public static ParsedDigest Parse(string text, string? pathOrName, DigestFormat? forced, CancellationToken cancellationToken = default) =>
            FormatOf(pathOrName, forced) == DigestFormat.Json
                ? JsonDigestParser.Parse(text, cancellationToken)
                : TextDigestParser.Parse(text, cancellationToken);

        public static DigestFormat FormatOf(string? pathOrName, DigestFormat? forced) =>
            forced ?? (pathOrName is not null && pathOrName.Trim().EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? DigestFormat.Json
                : DigestFormat.Text);

        /// <summary>Reads a <c>Format</c> value: "json" or "text" (any case); null or blank means "by extension".</summary>
        public static bool TryReadFormat(string? value, out DigestFormat? format)
        {
            format = null;
            if (value is null || value.Trim().Length == 0) return true;
            switch (value.Trim().ToLowerInvariant())
            {
                case "json": format = DigestFormat.Json; return true;
                case "text":
                case "txt": format = DigestFormat.Text; return true;
                default: return false;
            }
        }
    }
}
