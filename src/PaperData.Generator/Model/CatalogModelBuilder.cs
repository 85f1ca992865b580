using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Storage;

namespace PaperData.Generator.Model
{
    /// <summary>Decides names, visibility and what to report for one parsed digest. Pure.</summary>
    internal static class CatalogModelBuilder
    {
        /// <summary>The oldest C# the generated code compiles under; <c>#nullable</c> is written from C# 8 on.</summary>
        public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp7_3;

        public static CatalogModel Build(ParsedInput input, LanguageVersion languageVersion)
        {
            DigestSettings settings = input.Settings;
            var diagnostics = new List<DiagnosticInfo>();
            if (input.Problem is not null) diagnostics.Add(input.Problem);
            if (input.Digest is not null)
            {
                foreach (DigestDiagnostic d in input.Digest.Diagnostics) diagnostics.Add(DiagnosticInfo.From(d, settings.Path));
            }

            string className = settings.ClassName ?? DefaultClassName(settings.Path);
            string ns = settings.Namespace ?? settings.Global.DefaultNamespace ?? settings.Global.RootNamespace;
            string visibility = (settings.Visibility ?? settings.Global.DefaultVisibility).ToLowerInvariant();
            bool canEmit = input.Digest is not null;

            if (!SyntaxFacts.IsValidIdentifier(className) || SyntaxFacts.GetKeywordKind(className) != SyntaxKind.None)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.InvalidName, "ClassName '" + className + "' is not a valid C# identifier", settings.Path));
                canEmit = false;
            }
            else if (SyntaxFacts.GetContextualKeywordKind(className) != SyntaxKind.None)
            {
                // A class named 'var', 'dynamic', 'record', 'nameof'... silently changes the meaning of other code.
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.InvalidName,
                    "ClassName '" + className + "' is a contextual keyword of C#; choose a PascalCase name", settings.Path));
                canEmit = false;
            }

            if (ns.Length > 0 && !IsValidNamespace(ns))
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.InvalidName, "Namespace '" + ns + "' is not a valid C# namespace", settings.Path));
                canEmit = false;
            }

            if (visibility != "public" && visibility != "internal")
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.InvalidName, "Visibility '" + visibility + "' must be 'public' or 'internal'", settings.Path));
                canEmit = false;
            }

            if (languageVersion < MinimumLanguageVersion)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.LanguageVersionTooOld,
                    "PaperData's generated code needs C# 7.3 or newer; set <LangVersion>7.3</LangVersion> or later in the project", settings.Path));
                canEmit = false;
            }

            var papers = new List<PaperModel>();
            if (input.Digest is not null)
            {
                var keys = new List<(string? ShortName, string Title, int Rank)>(input.Digest.Papers.Count);
                foreach (ParsedPaper paper in input.Digest.Papers) keys.Add((paper.ShortName, paper.Title, paper.Rank));
                List<string> names = IdentifierNames.ForPapers(keys, className);
                for (int i = 0; i < names.Count; i++) papers.Add(new PaperModel(input.Digest.Papers[i], names[i]));
            }

            string? resource = ChooseResource(settings, input.Digest, diagnostics);
            return new CatalogModel(
                HintName(className, ns, settings.RelativePath),
                settings.RelativePath,
                ns,
                className,
                visibility,
                languageVersion >= LanguageVersion.CSharp8,
                input.Digest?.ContentHash ?? string.Empty,
                new EquatableArray<PaperModel>(papers),
                new EquatableArray<DiagnosticInfo>(diagnostics))
            {
                CanEmit = canEmit,
                Path = settings.Path,
                Utf8Literals = languageVersion >= LanguageVersion.CSharp11,
                ResourceName = resource,
                ResourceKey = resource is null ? null : CatalogResource.KeyOf(input.Digest!.ContentHash, FormatOf(settings)),
            };
        }

        /// <summary>
        /// The resource the build task wrote, if it was written from the text the generator sees. Otherwise (the
        /// digest changed after the task ran, as in an IDE with unsaved edits, or the task decoded the file
        /// differently) the data is written as literals and PD0110 says so: slower to compile, never wrong.
        /// </summary>
        private static string? ChooseResource(DigestSettings settings, ParsedDigest? digest, List<DiagnosticInfo> diagnostics)
        {
            if (settings.ResourceName is null || digest is null || !DigestReader.TryReadFormat(settings.Format, out DigestFormat? forced)) return null;
            string key = CatalogResource.KeyOf(digest.ContentHash, DigestReader.FormatOf(settings.Path, forced));
            if (string.Equals(settings.ResourceHash, key, StringComparison.Ordinal)) return settings.ResourceName;
            diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.StaleCatalogResource,
                "the catalogue resource the build wrote for this digest is from other content (hash " + Short(settings.ResourceHash)
                + ", the digest now has " + Short(key) + "); the data is compiled into the code instead, which is slower"
                + " for large digests. Build again to refresh the resource", settings.Path));
            return null;
        }

        private static DigestFormat FormatOf(DigestSettings settings) =>
            DigestReader.TryReadFormat(settings.Format, out DigestFormat? forced) ? DigestReader.FormatOf(settings.Path, forced) : DigestFormat.Text;

        private static string Short(string? hash) => string.IsNullOrEmpty(hash) ? "(none)" : hash!.Length > 12 ? hash.Substring(0, 12) : hash;

        /// <summary>The documented default: the file name without extension, in PascalCase ("daily-papers-mar-11.txt" gives DailyPapersMar11).</summary>
        public static string DefaultClassName(string path)
        {
            string file = path.Replace('\\', '/');
            file = file.Substring(file.LastIndexOf('/') + 1);
            int dot = file.IndexOf('.');
            if (dot > 0) file = file.Substring(0, dot);
            return IdentifierNames.FromText(file, "Papers").TrimStart('_') is { Length: > 0 } name && SyntaxFacts.IsIdentifierStartCharacter(name[0])
                ? name
                : "Digest" + IdentifierNames.FromText(file, "Papers").TrimStart('_');
        }

        private static bool IsValidNamespace(string ns)
        {
            foreach (string part in ns.Split('.'))
            {
                if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None) return false;
            }

            return true;
        }

        // Unique per digest path and namespace, so two papers.txt in different folders never collide (nor two
        // outside the project, whose relative path is just the file name); stable across machines.
        private static string HintName(string className, string ns, string relativePath)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(ns + "|" + relativePath.ToLowerInvariant()));
            return className + "." + BitConverter.ToString(hash, 0, 4).Replace("-", string.Empty).ToLowerInvariant() + ".g.cs";
        }
    }
}
