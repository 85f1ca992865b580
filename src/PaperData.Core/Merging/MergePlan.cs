using System;
using System.Collections.Generic;
using System.Threading;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Json;

namespace PaperData.Core.Merging
{
    /// <summary>A paper of the merged catalogue: which file and position it is kept from, and every day it was featured.</summary>
    internal readonly struct MergedEntry
    {
        public MergedEntry(int file, int index, DigestDate[] days)
        {
            File = file;
            Index = index;
            Days = days;
        }

        public int File { get; }

        public int Index { get; }

        /// <summary>Every day featured, earliest first (at least one: the day it is kept at).</summary>
        public DigestDate[] Days { get; }
    }

    /// <summary>
    /// The merge rules, over any paper type (parsed papers in the generator, <c>Paper</c> at run time), so every
    /// caller orders, deduplicates and dates papers the same way.
    /// </summary>
    internal static class MergePlan
    {
        /// <summary>The key that makes two records one paper: the arXiv id (case and version ignored), else the normalised title.</summary>
        public static string KeyOf(string? arxivId, string title) =>
            arxivId is not null
                ? "arxiv:" + (ArxivIds.Normalize(arxivId) ?? arxivId).ToLowerInvariant()
                : "title:" + TitleRules.Normalize(title);

        /// <summary>
        /// Papers ordered by their first day, then file, then position in the file; one entry per key, kept where it
        /// first appears, with the union of every day it was featured.
        /// </summary>
        public static List<MergedEntry> Plan<T>(
            IReadOnlyList<IReadOnlyList<T>> files,
            Func<T, IReadOnlyList<DigestDate>> daysOf,
            Func<T, string> keyOf,
            CancellationToken ct = default)
        {
            var order = new List<(DigestDate Date, int File, int Index)>();
            for (int f = 0; f < files.Count; f++)
            {
                for (int i = 0; i < files[f].Count; i++) order.Add((daysOf(files[f][i])[0], f, i));
            }

            order.Sort((a, b) =>
            {
                int byDate = CompareDates(a.Date, b.Date);
                if (byDate != 0) return byDate;
                int byFile = a.File.CompareTo(b.File);
                return byFile != 0 ? byFile : a.Index.CompareTo(b.Index);
            });

            var kept = new List<(int File, int Index, List<DigestDate> Days)>(order.Count);
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int n = 0; n < order.Count; n++)
            {
                if ((n & 255) == 0) ct.ThrowIfCancellationRequested();
                T paper = files[order[n].File][order[n].Index];
                string key = keyOf(paper);
                if (!byKey.TryGetValue(key, out int at))
                {
                    at = kept.Count;
                    byKey.Add(key, at);
                    kept.Add((order[n].File, order[n].Index, new List<DigestDate>()));
                }

                foreach (DigestDate day in daysOf(paper))
                {
                    if (!kept[at].Days.Contains(day)) kept[at].Days.Add(day);
                }
            }

            var entries = new List<MergedEntry>(kept.Count);
            foreach ((int file, int index, List<DigestDate> days) in kept)
            {
                days.Sort(CompareDates);
                entries.Add(new MergedEntry(file, index, days.ToArray()));
            }

            return entries;
        }

        /// <summary>Year (unknown first), month, day: the order PaperDate sorts in.</summary>
        public static int CompareDates(DigestDate a, DigestDate b)
        {
            int byYear = (a.Year ?? 0).CompareTo(b.Year ?? 0);
            if (byYear != 0) return byYear;
            int byMonth = a.Month.CompareTo(b.Month);
            return byMonth != 0 ? byMonth : a.Day.CompareTo(b.Day);
        }
    }
}
