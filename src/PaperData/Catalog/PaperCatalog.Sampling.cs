using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace PaperData
{
    // Building small catalogues for tests, and picking a fixed sample of a large one.
    public sealed partial class PaperCatalog
    {
        /// <summary>
        /// A catalogue of <paramref name="papers"/> in the order given, with ranks renumbered 1..N (each paper is
        /// copied with <c>paper with { Rank = i }</c>), so papers taken from several catalogues, or variants made with
        /// <c>with</c>, form a consistent small catalogue for a test.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="papers"/> is null.</exception>
        /// <exception cref="ArgumentException">A paper is null.</exception>
        public static PaperCatalog From(params Paper[] papers)
        {
            Paper[] renumbered = NoNulls(papers, nameof(papers));
            for (int i = 0; i < renumbered.Length; i++)
            {
                if (renumbered[i].Rank != i + 1) renumbered[i] = renumbered[i] with { Rank = i + 1 };
            }

            return new PaperCatalog(Array.AsReadOnly(renumbered), null);
        }

        /// <summary>
        /// A fixed sample of <paramref name="count"/> papers (all of them when the catalogue is smaller), in catalogue
        /// order. Each paper gets a keyed hash of (<paramref name="seed"/>, <see cref="Paper.Id"/>) that is the same on
        /// every machine, runtime and culture, and the papers with the smallest hashes are picked. So the sample
        /// depends only on the seed and the ids, and is <em>stable under growth</em>: a paper picked from a bigger
        /// catalogue is also picked from any smaller one that contains it; adding papers never reshuffles the others.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        public IReadOnlyList<Paper> Sample(int count, int seed)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The count cannot be negative.");
            if (count >= Papers.Count) return new ReadOnlyCollection<Paper>(new List<Paper>(Papers));

            var keyed = new List<KeyValuePair<ulong, int>>(Papers.Count);
            for (int i = 0; i < Papers.Count; i++) keyed.Add(new KeyValuePair<ulong, int>(SampleHash.Of(seed, Papers[i].Id), i));

            // Equal hashes (practically never) fall back to the id, then to position, so the order is total.
            keyed.Sort((a, b) =>
            {
                int byHash = a.Key.CompareTo(b.Key);
                if (byHash != 0) return byHash;
                int byId = string.CompareOrdinal(Papers[a.Value].Id, Papers[b.Value].Id);
                return byId != 0 ? byId : a.Value.CompareTo(b.Value);
            });

            var picked = new bool[Papers.Count];
            for (int i = 0; i < count; i++) picked[keyed[i].Value] = true;
            return Where(picked);
        }

        private IReadOnlyList<Paper> Where(bool[] picked)
        {
            var result = new List<Paper>();
            for (int i = 0; i < picked.Length; i++)
            {
                if (picked[i]) result.Add(Papers[i]);
            }

            return new ReadOnlyCollection<Paper>(result);
        }
    }
}
