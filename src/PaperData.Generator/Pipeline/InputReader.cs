using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperData.Core.Reading;
using PaperData.Generator.Diagnostics;
using PaperData.Generator.Model;

namespace PaperData.Generator.Pipeline
{
    /// <summary>Extracts plain, equatable data from the compiler's view of the project, as early as possible.</summary>
    internal static class InputReader
    {
        private const long DefaultMaxDigestBytes = 128L * 1024 * 1024;

        public static GlobalSettings ReadGlobal(AnalyzerConfigOptionsProvider provider)
        {
            AnalyzerConfigOptions options = provider.GlobalOptions;
            string root = Get(options, "build_property.RootNamespace") ?? string.Empty;
            string directory = Get(options, "build_property.MSBuildProjectDirectory") ?? string.Empty;
            string visibility = Get(options, "build_property.PaperDataVisibility") ?? "internal";
            long max = long.TryParse(Get(options, "build_property.PaperDataMaxDigestBytes"), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) && parsed > 0
                ? parsed
                : DefaultMaxDigestBytes;
            string? maxMembers = Get(options, "build_property.PaperDataMaxMembers");
            bool validMembers = TryReadMaxMembers(maxMembers, out int members);
            return new GlobalSettings(root, directory, Get(options, "build_property.PaperDataNamespace"), visibility, max)
            {
                MaxMembers = members,
                InvalidMaxMembers = validMembers ? null : maxMembers,
            };
        }

        /// <summary>
        /// <c>PaperDataMaxMembers</c>: absent is the default, a whole number is the limit (negative: no limit; beyond
        /// int's range: as large as it goes), anything else is false and the default applies (PD0103 says so).
        /// </summary>
        public static bool TryReadMaxMembers(string? value, out int maxMembers)
        {
            maxMembers = GlobalSettings.DefaultMaxMembers;
            if (value is null) return true;
            string digits = value.StartsWith("-", StringComparison.Ordinal) || value.StartsWith("+", StringComparison.Ordinal) ? value.Substring(1) : value;
            if (digits.Length == 0) return false;
            foreach (char c in digits)
            {
                if (c < '0' || c > '9') return false;
            }

            string trimmed = digits.TrimStart('0');
            int parsed = trimmed.Length == 0 ? 0
                : trimmed.Length > 10 || long.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture) > int.MaxValue ? int.MaxValue
                : int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
            maxMembers = value[0] == '-' && parsed > 0 ? -1 : parsed;
            return true;
        }

        /// <summary>Null for additional files that are not digests.</summary>
        public static DigestSettings? ReadSettings(AdditionalText file, AnalyzerConfigOptionsProvider provider, GlobalSettings global)
        {
            AnalyzerConfigOptions options = provider.GetOptions(file);
            if (!string.Equals(Get(options, "build_metadata.AdditionalFiles.PaperDataDigest"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return new DigestSettings(
                file.Path,
                RelativePath(file.Path, global.ProjectDirectory),
                Get(options, "build_metadata.AdditionalFiles.PaperDataClassName"),
                Get(options, "build_metadata.AdditionalFiles.PaperDataNamespace"),
                Get(options, "build_metadata.AdditionalFiles.PaperDataVisibility"),
                global)
            {
                Format = Get(options, "build_metadata.AdditionalFiles.PaperDataFormat"),
                ResourceName = Get(options, "build_metadata.AdditionalFiles.PaperDataResource"),
                ResourceHash = Get(options, "build_metadata.AdditionalFiles.PaperDataResourceHash"),
                ResourceCount = Get(options, "build_metadata.AdditionalFiles.PaperDataResourceCount"),
                SummaryOnly = string.Equals(Get(options, "build_metadata.AdditionalFiles.PaperDataSummaryOnly"), "true", StringComparison.OrdinalIgnoreCase),
            };
        }

        /// <summary>The compiler's text of the digest, or why there is none (too large, unreadable).</summary>
        public static DigestSource ReadSource(AdditionalText file, DigestSettings settings, CancellationToken cancellationToken)
        {
            long onDisk = SizeOnDisk(file.Path);
            if (onDisk > settings.Global.MaxDigestBytes)
            {
                return new DigestSource(settings, null, DiagnosticInfo.At(DiagnosticIds.DigestTooLarge, file.Path, GeneratorFormats.DigestTooLarge,
                    onDisk.ToString(CultureInfo.InvariantCulture), settings.Global.MaxDigestBytes.ToString(CultureInfo.InvariantCulture)));
            }

            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new DigestSource(settings, null, WhyUnreadable(file.Path));
            }

            if (text.Length > settings.Global.MaxDigestBytes)
            {
                return new DigestSource(settings, null, DiagnosticInfo.At(DiagnosticIds.DigestTooLarge, file.Path, GeneratorFormats.DigestTooLong,
                    text.Length.ToString(CultureInfo.InvariantCulture), settings.Global.MaxDigestBytes.ToString(CultureInfo.InvariantCulture)));
            }

            return new DigestSource(settings, text, null);
        }

        /// <summary>The digest's text as one string for the parser, unless it is binary.</summary>
        public static DigestInput ReadText(DigestSource source)
        {
            if (source.Text is null) return new DigestInput(source.Settings, null, source.Problem);
            if (source.Settings.SummaryOnly)
            {
                // The task read this very file as text; the hash, taken piece by piece, is all Parse needs of it.
                SourceText text = source.Text;
                return new DigestInput(source.Settings, null, null)
                {
                    Hash = ContentHash.Of(text.Length, (from, destination, count) => text.CopyTo(from, destination, 0, count)),
                    Source = text,
                };
            }

            string content = source.Text.ToString();
            if (BinaryText.LooksBinary(content))
            {
                return new DigestInput(source.Settings, null, DiagnosticInfo.At(DiagnosticIds.UnreadableDigest, source.Settings.Path, GeneratorFormats.DigestNotText));
            }

            return new DigestInput(source.Settings, content, null);
        }

        // The size of the file before it is read, so a huge digest gets PD0101 instead of filling the compiler's
        // memory. Generators should not touch the file system (RS1035): this only asks for a length, and where the
        // file is not on disk (an IDE's in-memory file, a remote build) the text-length check after reading applies.
#pragma warning disable RS1035
        private static long SizeOnDisk(string path)
        {
            try
            {
                var info = new System.IO.FileInfo(path);
                return info.Exists ? info.Length : 0;
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is ArgumentException
                || e is NotSupportedException || e is System.Security.SecurityException)
            {
                return 0;
            }
        }
#pragma warning restore RS1035

        // The compiler gives no reason when it cannot read an additional file; "not found" and "cannot be opened"
        // need different fixes, so ask the file system which one it is (a question, not a read: see SizeOnDisk).
#pragma warning disable RS1035
        private static DiagnosticInfo WhyUnreadable(string path)
        {
            bool exists;
            try
            {
                exists = System.IO.File.Exists(path);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is ArgumentException
                || e is NotSupportedException || e is System.Security.SecurityException)
            {
                exists = true;
            }

            return DiagnosticInfo.At(DiagnosticIds.UnreadableDigest, path, exists ? GeneratorFormats.UnreadableDigest : GeneratorFormats.DigestNotFound);
        }
#pragma warning restore RS1035

        private static string RelativePath(string path, string projectDirectory)
        {
            string normalized = path.Replace('\\', '/');
            string directory = projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
            return projectDirectory.Length > 0 && normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase)
                ? normalized.Substring(directory.Length)
                : normalized.Substring(normalized.LastIndexOf('/') + 1);
        }

        private static string? Get(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
