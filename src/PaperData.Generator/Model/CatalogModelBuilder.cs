using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Core.Naming;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Storage;
using PaperData.Generator.Diagnostics;

namespace PaperData.Generator.Model
{
    /// <summary>Decides names, visibility and what to report for one parsed digest. Pure.</summary>
    internal static class CatalogModelBuilder
    {
        /// <summary>The oldest C# the generated code compiles under; <c>#nullable</c> is written from C# 8 on.</summary>
        public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp7_3;

        /// <summary>The class a digest generates, namespace included: digests that share it form one catalogue.</summary>
        /// <remarks>Shared with the build task (<see cref="CatalogNames"/>), which writes one resource per class.</remarks>
        public static string FullNameOf(DigestSettings settings) =>
            CatalogNames.FullNameOf(settings.Path, settings.ClassName, settings.Namespace, settings.Global.DefaultNamespace, settings.Global.RootNamespace);

        private static string ClassNameOf(DigestSettings settings) => CatalogNames.ClassNameOf(settings.Path, settings.ClassName);

        private static string NamespaceOf(DigestSettings settings) =>
            CatalogNames.NamespaceOf(settings.Namespace, settings.Global.DefaultNamespace, settings.Global.RootNamespace);

        public static CatalogModel Build(MergedInput input, LanguageVersion languageVersion)
        {
            DigestSettings settings = input.Settings;
            var diagnostics = new List<DiagnosticInfo>(input.Diagnostics);
            string className = ClassNameOf(settings);
            string ns = NamespaceOf(settings);
            string visibility = (settings.Visibility ?? settings.Global.DefaultVisibility).ToLowerInvariant();
            bool canEmit = input.Digest is not null;

            if (!SyntaxFacts.IsValidIdentifier(className) || SyntaxFacts.GetKeywordKind(className) != SyntaxKind.None)
            {
                diagnostics.Add(ClassNameProblem(className, settings.Path));
                canEmit = false;
            }
            else if (SyntaxFacts.GetContextualKeywordKind(className) != SyntaxKind.None)
            {
                // A class named 'var', 'dynamic', 'record', 'nameof'... silently changes the meaning of other code.
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.InvalidName, settings.Path, GeneratorFormats.ContextualKeywordClassName, className, Capitalized(className)));
                canEmit = false;
            }

            if (ns.Length > 0 && !IsValidNamespace(ns))
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.InvalidName, settings.Path, GeneratorFormats.InvalidNamespace, ns));
                canEmit = false;
            }

            if (visibility != "public" && visibility != "internal")
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.InvalidName, settings.Path, GeneratorFormats.InvalidVisibility, visibility));
                canEmit = false;
            }

            if (languageVersion < MinimumLanguageVersion)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.LanguageVersionTooOld, settings.Path, GeneratorFormats.LanguageVersionTooOld));
                canEmit = false;
            }

            // A class that is not generated (an error above) gets no PD0111 about members it would not have had.
            int count = input.SummarizedCount ?? input.Digest?.Papers.Count ?? 0;
            bool perPaperMembers = !canEmit || PerPaperMembers(settings, className, count, diagnostics);
            List<PaperModel> papers = PaperModels(input.Digest, className, perPaperMembers);

            string? resource = ChooseResource(settings, input.Digest, diagnostics);
            if (input.SummarizedCount is not null && resource is null)
            {
                // Archives.Summarized checked the key already; papers that were never parsed must never become literals.
                throw new InvalidOperationException("a summarized catalogue has no resource to read its papers from");
            }

            return new CatalogModel(
                HintName(className, ns, input.HintKey),
                input.SourceName,
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
                PerPaperMembers = perPaperMembers,
                PaperCount = count,
                Utf8Literals = languageVersion >= LanguageVersion.CSharp11,
                ResourceName = resource,
                ResourceKey = resource is null ? null : CatalogResource.KeyOf(input.Digest!.ContentHash, FormatOf(settings)),
            };
        }

        /// <summary>
        /// The resource the build task wrote, if it was written from the text the generator sees: its key must equal
        /// the key of this catalogue (for a class of several digests, the merged content hash and the first file's
        /// format, which the task computes with the same merge). Otherwise (a digest changed after the task ran, as in
        /// an IDE with unsaved edits, the task decoded a file differently, or the files of a class name different
        /// resources) the data is written as literals and PD0110 says so: slower to compile, never wrong.
        /// </summary>
        private static string? ChooseResource(DigestSettings settings, ParsedDigest? digest, List<DiagnosticInfo> diagnostics)
        {
            if (settings.ResourceName is null || digest is null || !DigestReader.TryReadFormat(settings.Format, out DigestFormat? forced)) return null;
            string key = CatalogResource.KeyOf(digest.ContentHash, DigestReader.FormatOf(settings.Path, forced));
            if (string.Equals(settings.ResourceHash, key, StringComparison.Ordinal)) return settings.ResourceName;
            diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.StaleCatalogResource, settings.Path, GeneratorFormats.StaleCatalogResource,
                Short(settings.ResourceHash), Short(key)));
            return null;
        }

        private static DigestFormat FormatOf(DigestSettings settings) =>
            DigestReader.TryReadFormat(settings.Format, out DigestFormat? forced) ? DigestReader.FormatOf(settings.Path, forced) : DigestFormat.Text;

        private static string Short(string? hash) => string.IsNullOrEmpty(hash) ? "(none)" : hash!.Length > 12 ? hash.Substring(0, 12) : hash;

        /// <summary>The documented default: the file name without extension, in PascalCase ("daily-papers-mar-11.txt" gives DailyPapersMar11).</summary>
        public static string DefaultClassName(string path) => CatalogNames.DefaultClassName(path);

        // Every PD0103 says what to write instead; the build targets say the same at the project file.
        private static DiagnosticInfo ClassNameProblem(string className, string path) =>
            SyntaxFacts.GetKeywordKind(className) != SyntaxKind.None
                ? DiagnosticInfo.At(DiagnosticIds.InvalidName, path, GeneratorFormats.KeywordClassName, className, Capitalized(className))
                : DiagnosticInfo.At(DiagnosticIds.InvalidName, path, GeneratorFormats.InvalidClassName, className, DefaultClassName(className));

        private static string Capitalized(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

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

        /// <summary>
        /// Whether the catalogue gets a member per paper: not above <c>PaperDataMaxMembers</c>, where they would cost
        /// about 500 bytes of source a paper and the compiler's memory (PD0111, information, says so once).
        /// </summary>
        private static bool PerPaperMembers(DigestSettings settings, string className, int count, List<DiagnosticInfo> diagnostics)
        {
            if (settings.Global.AllowsMembers(count)) return true;
            diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.NoPerPaperMembers, settings.Path, GeneratorFormats.NoPerPaperMembers,
                className, count.ToString(CultureInfo.InvariantCulture), settings.Global.MaxMembers.ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        /// <summary>The papers with their member names; without members per paper the names are not chosen (empty).</summary>
        private static List<PaperModel> PaperModels(ParsedDigest? digest, string className, bool named)
        {
            var papers = new List<PaperModel>(digest?.Papers.Count ?? 0);
            if (digest is null) return papers;
            if (!named)
            {
                foreach (ParsedPaper paper in digest.Papers) papers.Add(new PaperModel(paper, string.Empty));
                return papers;
            }

            var keys = new List<(string? ShortName, string Title, int Rank)>(digest.Papers.Count);
            foreach (ParsedPaper paper in digest.Papers) keys.Add((paper.ShortName, paper.Title, paper.Rank));
            List<string> names = IdentifierNames.ForPapers(keys, className);
            for (int i = 0; i < names.Count; i++) papers.Add(new PaperModel(digest.Papers[i], names[i]));
            return papers;
        }
    }
}
