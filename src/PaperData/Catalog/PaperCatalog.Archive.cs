using System;
using System.Collections.Generic;
using System.IO;
using PaperData.Core.Merging;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;

namespace PaperData
{
    // Many digests as one catalogue, with the rules (shared core code) the generator applies to several
    // PaperDigest items of one class.
    public sealed partial class PaperCatalog
    {
        /// <summary>
        /// Merges catalogues into one: papers ordered by the day they were featured (<see cref="Paper.Date"/>), then by
        /// catalogue, then by rank; the same paper (arXiv id, else title ignoring case and spacing) in several
        /// catalogues is kept once, at its first day, with every day in <see cref="Paper.FeaturedOn"/>; ranks are
        /// renumbered 1..N and ids made unique again. Every catalogue's diagnostics are kept.
        /// </summary>
        /// <exception cref="ArgumentException">A catalogue is null.</exception>
        public static PaperCatalog Merge(params PaperCatalog[] catalogs)
        {
            PaperCatalog[] all = NoNulls(catalogs, nameof(catalogs));
            var files = new List<IReadOnlyList<Paper>>(all.Length);
            var diagnostics = new List<PaperDiagnostic>();
            foreach (PaperCatalog catalog in all)
            {
                files.Add(catalog.Papers);
                diagnostics.AddRange(catalog.Diagnostics);
            }

            List<MergedEntry> plan = MergePlan.Plan(files, DaysOf, p => MergePlan.KeyOf(p.ArxivId, p.Title));
            var ids = new UniqueIds();
            var papers = new List<Paper>(plan.Count);
            foreach (MergedEntry entry in plan)
            {
                Paper kept = files[entry.File][entry.Index];
                papers.Add(kept with
                {
                    Rank = papers.Count + 1,
                    Id = ids.For(TitleRules.Slug(kept.Title)),
                    FeaturedOn = Array.ConvertAll(entry.Days, d => new PaperDate(d.Month, d.Day, d.Year)),
                });
            }

            return new PaperCatalog(papers, diagnostics);
        }

        private static IReadOnlyList<DigestDate> DaysOf(Paper paper)
        {
            var days = new List<DigestDate>();
            foreach (PaperDate day in paper.FeaturedOn) days.Add(new DigestDate(day.Month, day.Day, day.Year));
            return days;
        }

        // Every *.json and *.txt of the directory, parsed and merged by the core rules (format and shape checks included).
        private static PaperCatalog LoadArchive(string directory)
        {
            var files = new List<string>();
            try
            {
                foreach (string file in Directory.GetFiles(directory))
                {
                    if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) files.Add(file);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new IOException("Cannot load the digest '" + directory + "': " + e.Message, e);
            }

            if (files.Count == 0) throw new IOException("Cannot load the digest '" + directory + "': the directory holds no *.json or *.txt digest.");
            files.Sort(StringComparer.Ordinal);
            var parts = new List<ArchivePart>(files.Count);
            foreach (string file in files)
            {
                DigestFormat format = DigestReader.FormatOf(file, null);
                parts.Add(new ArchivePart(file, format, DigestReader.Parse(ReadDigest(file), file, format)));
            }

            ArchiveResult merged = ArchiveMerge.Merge(parts);
            var diagnostics = new List<PaperDiagnostic>(merged.Diagnostics.Count);
            foreach (ArchiveDiagnostic item in merged.Diagnostics)
            {
                DigestDiagnostic d = item.Diagnostic;
                diagnostics.Add(new PaperDiagnostic(d.Id, CoreKinds.ToPublic(d.Severity), d.Message, item.Path, d.Line, d.Column, d.EndLine, d.EndColumn));
            }

            return new PaperCatalog(ToPapers(merged.Digest), diagnostics);
        }
    }
}
