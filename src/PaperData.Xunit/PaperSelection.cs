using System;
using System.Collections.Generic;

namespace PaperData
{
    /// <summary>Applies the options of <see cref="PapersDataAttribute"/> to a catalogue, giving paper positions in catalogue order.</summary>
    internal static class PaperSelection
    {
        public static IReadOnlyList<int> Select(PaperCatalog catalog, bool withCode, string? date, string? search, int sample, int seed)
        {
            if (sample < 0) throw new ArgumentOutOfRangeException(nameof(sample), sample, "[PapersData] Sample cannot be negative (0 means every paper).");
            PaperDate? onDate = null;
            if (date is not null)
            {
                if (!PaperDate.TryParse(date, out PaperDate parsed))
                {
                    throw new ArgumentException("[PapersData] Date \"" + date + "\" is not a date like \"Mar 11\" or \"March 11, 2025\".", nameof(date));
                }

                onDate = parsed;
            }

            HashSet<Paper>? found = search is null ? null : new HashSet<Paper>(Hits(catalog, search));
            HashSet<Paper>? dated = onDate is PaperDate d ? new HashSet<Paper>(catalog.OnDate(d)) : null;

            var kept = new List<Paper>();
            var positions = new List<int>();
            for (int i = 0; i < catalog.Count; i++)
            {
                Paper paper = catalog.Papers[i];
                if (withCode && !paper.HasCode) continue;
                if (dated is not null && !dated.Contains(paper)) continue;
                if (found is not null && !found.Contains(paper)) continue;
                kept.Add(paper);
                positions.Add(i);
            }

            if (sample == 0) return positions;

            // Sampled from the filtered papers: the pick depends only on the seed and the ids that pass the filters.
            // Sample keeps catalogue order, so one walk matches its papers (by reference) to their positions.
            IReadOnlyList<Paper> chosen = new PaperCatalog(kept).Sample(sample, seed);
            var result = new List<int>(chosen.Count);
            int next = 0;
            foreach (Paper paper in chosen)
            {
                while (!ReferenceEquals(kept[next], paper)) next++;
                result.Add(positions[next++]);
            }

            return result;
        }

        private static IEnumerable<Paper> Hits(PaperCatalog catalog, string search)
        {
            foreach (SearchHit hit in catalog.Search(search, catalog.Count)) yield return hit.Paper;
        }
    }
}
