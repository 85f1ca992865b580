using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperData.Core.Merging;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Storage;
using PaperData.Generator.Model;

namespace PaperData.Generator.Pipeline
{
    /// <summary>
    /// Several PaperDigest items with one class (namespace + ClassName) form one catalogue: the parsed files are
    /// grouped here, after the per-file Parse step (so a new file re-parses only itself), and merged by the shared
    /// core rules (<see cref="ArchiveMerge"/>).
    /// </summary>
    internal static class Archives
    {
        /// <summary>
        /// The parsed files grouped by the class they generate, groups and files in ordinal path order, each file
        /// with the resource metadata the build task gave it (kept out of Parse).
        /// </summary>
        public static EquatableArray<DigestGroup> Group(ImmutableArray<ParsedInput> files, ImmutableArray<ResourceRef> resources, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            var resourceOf = new Dictionary<string, ResourceRef>(StringComparer.Ordinal);
            foreach (ResourceRef resource in resources)
            {
                if (!resourceOf.ContainsKey(resource.Path)) resourceOf.Add(resource.Path, resource);
            }

            var sorted = new List<ParsedInput>(files.Length);
            foreach (ParsedInput file in files)
            {
                sorted.Add(resourceOf.TryGetValue(file.Settings.Path, out ResourceRef? resource) && (resource.ResourceName is not null || resource.ResourceHash is not null)
                    ? file with { Settings = file.Settings with { ResourceName = resource.ResourceName, ResourceHash = resource.ResourceHash, ResourceCount = resource.ResourceCount } }
                    : file);
            }

            sorted.Sort((a, b) => string.CompareOrdinal(a.Settings.Path, b.Settings.Path));
            var order = new List<string>();
            var byClass = new Dictionary<string, List<ParsedInput>>(StringComparer.Ordinal);
            foreach (ParsedInput file in sorted)
            {
                string key = CatalogModelBuilder.FullNameOf(file.Settings);
                if (!byClass.TryGetValue(key, out List<ParsedInput>? group))
                {
                    byClass.Add(key, group = new List<ParsedInput>());
                    order.Add(key);
                }

                group.Add(file);
            }

            var groups = new List<DigestGroup>(order.Count);
            foreach (string key in order) groups.Add(new DigestGroup(key, new EquatableArray<ParsedInput>(byClass[key].ToArray())));
            return new EquatableArray<DigestGroup>(groups.ToArray());
        }

        /// <summary>One catalogue from its files; a lone file passes through exactly as before archives existed.</summary>
        public static MergedInput Merge(DigestGroup group, CancellationToken ct)
        {
            if (group.Files.Any(file => file.SummarizedSource is not null))
            {
                MergedInput? summarized = Summarized(group);
                if (summarized is not null) return summarized;
                group = ParsedInFull(group, ct);
            }

            ParsedInput first = group.Files[0];
            var diagnostics = new List<DiagnosticInfo>();
            if (group.Files.Count == 1)
            {
                if (first.Problem is not null) diagnostics.Add(first.Problem);
                if (first.Digest is not null)
                {
                    foreach (DigestDiagnostic d in first.Digest.Diagnostics) diagnostics.Add(DiagnosticInfo.From(d, first.Settings.Path));
                }

                return new MergedInput(first.Settings, first.Settings.RelativePath, first.Settings.RelativePath,
                    first.Digest, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
            }

            // Files that could not be read or parsed at all keep their own diagnostic; the rest merge.
            var parts = new List<ArchivePart>();
            foreach (ParsedInput file in group.Files)
            {
                if (file.Problem is not null) diagnostics.Add(file.Problem);
                if (file.Digest is null) continue;
                DigestReader.TryReadFormat(file.Settings.Format, out DigestFormat? forced);
                parts.Add(new ArchivePart(file.Settings.Path, DigestReader.FormatOf(file.Settings.Path, forced), file.Digest));
            }

            ParsedDigest? merged = null;
            if (parts.Count > 0)
            {
                ArchiveResult result = ArchiveMerge.Merge(parts, ct);
                foreach (ArchiveDiagnostic d in result.Diagnostics) diagnostics.Add(DiagnosticInfo.From(d.Diagnostic, d.Path));
                merged = result.Digest;
            }

            return new MergedInput(ArchiveSettings(group), ArchiveSource(group), "*" + group.FullName, merged, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }

        /// <summary>Parse's shortcut for a file the build task found nothing in (<see cref="DigestSettings.SummaryOnly"/>): its content hash only.</summary>
        public static ParsedInput Summarize(DigestSettings settings, string hash, SourceText? source) =>
            new ParsedInput(settings, new ParsedDigest(EquatableArray<ParsedPaper>.Empty, EquatableArray<DigestDiagnostic>.Empty, hash), null)
            {
                SummarizedSource = source,
            };

        // A class whose files were only hashed, when that is enough: every file summarized, one resource and key for all,
        // the key equal to the one of these very texts, and a paper count above PaperDataMaxMembers (no member per paper
        // to write). Then the class needs nothing but the count and the key. Null otherwise (an IDE's unsaved edit, a
        // changed limit or Format): the caller parses the texts in full and merges as usual.
        private static MergedInput? Summarized(DigestGroup group)
        {
            ParsedInput first = group.Files[0];
            string? name = ResourceOf(group), key = ResourceKeyOf(group);
            if (name is null || key is null || !int.TryParse(first.Settings.ResourceCount, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                || first.Settings.Global.AllowsMembers(count) || !DigestReader.TryReadFormat(first.Settings.Format, out DigestFormat? forced))
            {
                return null;
            }

            DigestFormat format = DigestReader.FormatOf(first.Settings.Path, forced);
            var hashes = new List<string>(group.Files.Count);
            foreach (ParsedInput file in group.Files)
            {
                if (file.SummarizedSource is null || file.Digest is null || file.Problem is not null
                    || !string.Equals(file.Settings.ResourceCount, first.Settings.ResourceCount, StringComparison.Ordinal)
                    || !DigestReader.TryReadFormat(file.Settings.Format, out DigestFormat? own) || DigestReader.FormatOf(file.Settings.Path, own) != format)
                {
                    return null;
                }

                hashes.Add(file.Digest.ContentHash);
            }

            string hash = group.Files.Count == 1 ? hashes[0] : ArchiveMerge.CombinedHash(hashes);
            if (!string.Equals(CatalogResource.KeyOf(hash, format), key, StringComparison.Ordinal)) return null;
            var digest = new ParsedDigest(EquatableArray<ParsedPaper>.Empty, EquatableArray<DigestDiagnostic>.Empty, hash);
            return group.Files.Count == 1
                ? new MergedInput(first.Settings, first.Settings.RelativePath, first.Settings.RelativePath, digest, EquatableArray<DiagnosticInfo>.Empty) { SummarizedCount = count }
                : new MergedInput(ArchiveSettings(group), ArchiveSource(group), "*" + group.FullName, digest, EquatableArray<DiagnosticInfo>.Empty) { SummarizedCount = count };
        }

        private static DigestGroup ParsedInFull(DigestGroup group, CancellationToken ct)
        {
            var files = new ParsedInput[group.Files.Count];
            for (int i = 0; i < files.Length; i++)
            {
                ParsedInput file = group.Files[i];
                if (file.SummarizedSource is SourceText source)
                {
                    // As Contents and Parse would have done without the task's summary.
                    DigestSettings settings = file.Settings with { SummaryOnly = false };
                    ParsedInput parsed = Steps.Parse(InputReader.ReadText(new DigestSource(settings, source, null)), ct);
                    file = parsed with { Settings = file.Settings };
                }

                files[i] = file;
            }

            return group with { Files = new EquatableArray<ParsedInput>(files) };
        }

        // The name the generated header shows for an archive.
        private static string ArchiveSource(DigestGroup group) =>
            group.Files[0].Settings.RelativePath + " .. " + group.Files[group.Files.Count - 1].Settings.RelativePath
            + " (" + group.Files.Count.ToString(CultureInfo.InvariantCulture) + " digests)";

        // The first file's settings with the class's resource. The hint name follows the class, not the files, so it
        // stays put as days are added.
        private static DigestSettings ArchiveSettings(DigestGroup group) =>
            group.Files[0].Settings with { ResourceName = ResourceOf(group), ResourceHash = ResourceKeyOf(group) };

        // The build task writes one resource per class, from the same merge, and gives every file of the class its
        // name and key. The model then compares that key with the merged catalogue's (ChooseResource). Files that
        // disagree (some without a resource, as in an IDE before the next build) leave no key to match: literals and PD0110.
        private static string? ResourceOf(DigestGroup group)
        {
            foreach (ParsedInput file in group.Files)
            {
                if (file.Settings.ResourceName is not null) return file.Settings.ResourceName;
            }

            return null;
        }

        private static string? ResourceKeyOf(DigestGroup group)
        {
            DigestSettings first = group.Files[0].Settings;
            foreach (ParsedInput file in group.Files)
            {
                if (!string.Equals(file.Settings.ResourceName, first.ResourceName, StringComparison.Ordinal)
                    || !string.Equals(file.Settings.ResourceHash, first.ResourceHash, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return first.ResourceHash;
        }
    }
}
