using System;
using System.Collections.Generic;
using System.Linq;
using PaperData.Cli.Output.Columns;

namespace PaperData.Cli.Diff
{
    /// <summary>A paper found on both sides whose content differs, with the fields that differ (JSON names).</summary>
    internal sealed record ChangedPaper(Paper Before, Paper After, IReadOnlyList<string> Fields);

    /// <summary>
    /// What changed between two catalogues. Papers are matched by arXiv id when both have one, else by title ignoring
    /// case and spacing. Order is not content: a matched paper that only moved is in <see cref="Reordered"/>, which is
    /// never counted as a difference (a paper added at the top moves every rank).
    /// </summary>
    internal sealed class CatalogDiff
    {
        private CatalogDiff(IReadOnlyList<Paper> added, IReadOnlyList<Paper> removed, IReadOnlyList<ChangedPaper> changed, IReadOnlyList<(Paper Before, Paper After)> reordered)
        {
            Added = added;
            Removed = removed;
            Changed = changed;
            Reordered = reordered;
        }

        /// <summary>Papers only in the new catalogue, in its order.</summary>
        public IReadOnlyList<Paper> Added { get; }

        /// <summary>Papers only in the old catalogue, in its order.</summary>
        public IReadOnlyList<Paper> Removed { get; }

        /// <summary>Matched papers whose fields differ, in the new catalogue's order.</summary>
        public IReadOnlyList<ChangedPaper> Changed { get; }

        /// <summary>
        /// Matched papers whose place among the matched papers changed: the fewest that explain the new order (those
        /// outside a longest run kept in order), in the new catalogue's order.
        /// </summary>
        public IReadOnlyList<(Paper Before, Paper After)> Reordered { get; }

        /// <summary>True when nothing was added, removed or changed (order aside).</summary>
        public bool IsIdentical => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

        public static CatalogDiff Compare(IReadOnlyList<Paper> before, IReadOnlyList<Paper> after)
        {
            int?[] matchOfAfter = PaperMatcher.Match(before, after);
            var matchedBefore = new HashSet<int>(matchOfAfter.Where(m => m.HasValue).Select(m => m!.Value));
            var added = new List<Paper>();
            var changed = new List<ChangedPaper>();
            var pairs = new List<(int Before, int After)>();
            for (int i = 0; i < after.Count; i++)
            {
                if (matchOfAfter[i] is not int j)
                {
                    added.Add(after[i]);
                    continue;
                }

                pairs.Add((j, i));
                IReadOnlyList<string> fields = ChangedFields(before[j], after[i]);
                if (fields.Count > 0) changed.Add(new ChangedPaper(before[j], after[i], fields));
            }

            var removed = before.Where((_, j) => !matchedBefore.Contains(j)).ToList();
            var reordered = Moved(pairs).Select(p => (before[p.Before], after[p.After])).ToList();
            return new CatalogDiff(added, removed, changed, reordered);
        }

        /// <summary>
        /// The diff fields of <see cref="PaperColumns"/> whose values differ, once each, in column order; so a new column
        /// is compared without touching this code.
        /// </summary>
        public static IReadOnlyList<string> ChangedFields(Paper before, Paper after) =>
            PaperColumns.All
                .Where(c => c.DiffField is not null && !string.Equals(c.Text(before), c.Text(after), StringComparison.Ordinal))
                .Select(c => JsonName(c.DiffField!))
                .Distinct()
                .ToList();

        // Diff fields name JSON properties, so that a --json reader finds them in "before" and "after".
        private static string JsonName(string diffField) =>
            PaperColumns.All.FirstOrDefault(c => c.Name == diffField)?.JsonName ?? diffField;

        /// <summary>
        /// Pairs (old index, new index) in new order: those not on a longest increasing run of old indexes moved.
        /// Patience sorting, O(n log n).
        /// </summary>
        private static IEnumerable<(int Before, int After)> Moved(IReadOnlyList<(int Before, int After)> pairs)
        {
            var tails = new List<int>(); // tails[k]: index into pairs ending the best run of length k + 1
            var previous = new int[pairs.Count];
            for (int i = 0; i < pairs.Count; i++)
            {
                int low = 0, high = tails.Count;
                while (low < high)
                {
                    int middle = (low + high) / 2;
                    if (pairs[tails[middle]].Before < pairs[i].Before) low = middle + 1;
                    else high = middle;
                }

                previous[i] = low > 0 ? tails[low - 1] : -1;
                if (low == tails.Count) tails.Add(i);
                else tails[low] = i;
            }

            var kept = new HashSet<int>();
            for (int i = tails.Count > 0 ? tails[tails.Count - 1] : -1; i >= 0; i = previous[i]) kept.Add(i);
            return pairs.Where((_, i) => !kept.Contains(i));
        }
    }
}
