using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;

namespace PaperData.Core.Merging
{
    /// <summary>One parsed digest file of an archive: where it is, its format and what it parsed to.</summary>
    internal sealed record ArchivePart(string Path, DigestFormat Format, ParsedDigest Digest);

    /// <summary>A diagnostic and the file it is about (a merged catalogue's problems come from many files).</summary>
    internal sealed record ArchiveDiagnostic(string Path, DigestDiagnostic Diagnostic);

    /// <summary>The merged catalogue (its own Diagnostics empty) and every problem of every file, in path order.</summary>
    internal sealed record ArchiveResult(ParsedDigest Digest, EquatableArray<ArchiveDiagnostic> Diagnostics);

    /// <summary>
    /// Merges many digests into one catalogue: the one implementation behind the generator (several PaperDigest
    /// items with one class), <c>PaperCatalog.Load(directory)</c>/<c>Merge</c> and the CLI. Pure and deterministic.
    /// Rules: files in ordinal path order; papers ordered by the day they were featured, then file, then rank in
    /// their file; the same paper (arXiv id, else normalised title) on several days is kept once, at its first day,
    /// with every day in FeaturedOn; ranks renumbered 1..N and ids made unique again. A file is left out, with an
    /// error, when its format differs from the first file's (PD0104) or, in an archive of several files, when it
    /// is JSON but not a daily_papers array (PD0020); a day already in an earlier file is a warning (PD0021).
    /// </summary>
    internal static class ArchiveMerge
    {
        public static ArchiveResult Merge(IReadOnlyList<ArchivePart> parts, CancellationToken ct = default)
        {
            var sorted = new List<ArchivePart>(parts);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            var diagnostics = new List<ArchiveDiagnostic>();
            foreach (ArchivePart part in sorted)
            {
                foreach (DigestDiagnostic d in part.Digest.Diagnostics) diagnostics.Add(new ArchiveDiagnostic(part.Path, d));
            }

            // One file: exactly what it parsed to, so a lone digest generates what it always did.
            if (sorted.Count == 1) return new ArchiveResult(sorted[0].Digest with { Diagnostics = EquatableArray<DigestDiagnostic>.Empty }, new EquatableArray<ArchiveDiagnostic>(diagnostics));

            List<ArchivePart> included = Admit(sorted, diagnostics);
            ReportRepeatedDays(included, diagnostics);
            List<ParsedPaper> papers = MergePapers(included, ct);
            var hashes = new List<string>(sorted.Count);
            foreach (ArchivePart part in sorted) hashes.Add(part.Digest.ContentHash);
            var merged = new ParsedDigest(new EquatableArray<ParsedPaper>(papers), EquatableArray<DigestDiagnostic>.Empty, CombinedHash(hashes));
            return new ArchiveResult(merged, new EquatableArray<ArchiveDiagnostic>(diagnostics));
        }

        /// <summary>
        /// The content hash of a catalogue of several files: the hash of their hashes, in ordinal path order, each
        /// followed by LF. (A catalogue of one file has that file's hash.)
        /// </summary>
        public static string CombinedHash(IEnumerable<string> hashesInPathOrder)
        {
            var hashes = new StringBuilder();
            foreach (string hash in hashesInPathOrder) hashes.Append(hash).Append('\n');
            return ContentHash.OfText(hashes.ToString());
        }

        /// <summary>The key that makes two records one paper: the arXiv id (case and version ignored), else the normalised title.</summary>
        public static string PaperKey(ParsedPaper paper) => MergePlan.KeyOf(paper.Extras.ArxivId, paper.Title);

        private static List<ArchivePart> Admit(List<ArchivePart> sorted, List<ArchiveDiagnostic> diagnostics)
        {
            var included = new List<ArchivePart>();
            ArchivePart first = sorted[0];
            foreach (ArchivePart part in sorted)
            {
                string count = part.Digest.Papers.Count.ToString(CultureInfo.InvariantCulture);
                if (part.Format != first.Format)
                {
                    diagnostics.Add(At(part.Path, DiagnosticIds.DuplicateClass, 1, 1, 0,
                        DiagnosticFormats.MixedArchiveFormats, Name(part.Format), first.Path, Name(first.Format), count));
                    continue;
                }

                JsonRoot? root = part.Digest.Root;
                if (root is not null && root.Kind != JsonRootKind.DailyPapersArray)
                {
                    diagnostics.Add(At(part.Path, DiagnosticIds.NotDailyPapersArray, root.Line, root.Column, root.Offset,
                        DiagnosticFormats.NotDailyPapersArray, Describe(root.Kind), count));
                    continue;
                }

                included.Add(part);
            }

            return included;
        }

        // A day fetched twice (a copy, or two overlapping exports) is worth knowing: the papers still merge, each once.
        private static void ReportRepeatedDays(List<ArchivePart> included, List<ArchiveDiagnostic> diagnostics)
        {
            var firstFile = new Dictionary<DigestDate, string>();
            foreach (ArchivePart part in included)
            {
                var seenHere = new HashSet<DigestDate>();
                foreach (ParsedPaper paper in part.Digest.Papers)
                {
                    if (!seenHere.Add(paper.Date)) continue;
                    if (firstFile.TryGetValue(paper.Date, out string? earlier))
                    {
                        diagnostics.Add(At(part.Path, DiagnosticIds.DuplicateDay, paper.TitleLine, 1, 0,
                            DiagnosticFormats.DuplicateDay, Show(paper.Date), earlier));
                    }
                    else
                    {
                        firstFile.Add(paper.Date, part.Path);
                    }
                }
            }
        }

        private static List<ParsedPaper> MergePapers(List<ArchivePart> included, CancellationToken ct)
        {
            var files = new List<IReadOnlyList<ParsedPaper>>(included.Count);
            foreach (ArchivePart part in included) files.Add(part.Digest.Papers);
            List<MergedEntry> plan = MergePlan.Plan(files, DaysOf, PaperKey, ct);
            var ids = new UniqueIds();
            var merged = new List<ParsedPaper>(plan.Count);
            foreach (MergedEntry entry in plan)
            {
                ParsedPaper kept = files[entry.File][entry.Index];
                merged.Add(kept with
                {
                    Rank = merged.Count + 1,
                    Id = ids.For(TitleRules.Slug(kept.Title)),
                    FeaturedOn = entry.Days.Length > 1 ? new EquatableArray<DigestDate>(entry.Days) : EquatableArray<DigestDate>.Empty,
                });
            }

            return merged;
        }

        private static IReadOnlyList<DigestDate> DaysOf(ParsedPaper paper) =>
            paper.FeaturedOn.Count > 0 ? paper.FeaturedOn : new[] { paper.Date };

        private static ArchiveDiagnostic At(string path, string id, int line, int column, int offset, string format, params string[] arguments) =>
            new ArchiveDiagnostic(path, new DigestDiagnostic(id, id == DiagnosticIds.DuplicateDay ? DigestSeverity.Warning : DigestSeverity.Error,
                format, new EquatableArray<string>(arguments), line, column, line, column, offset, 0));

        private static string Name(DigestFormat format) => format == DigestFormat.Json ? "JSON" : "text";

        private static string Describe(JsonRootKind kind) => kind switch
        {
            JsonRootKind.PaperArray => "an array of paper objects",
            JsonRootKind.Object => "a JSON object",
            _ => "a single JSON value",
        };

        private static string Show(DigestDate date) =>
            date.Year is int year
                ? year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture)
                : CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(date.Month) + " " + date.Day.ToString(CultureInfo.InvariantCulture);
    }
}
