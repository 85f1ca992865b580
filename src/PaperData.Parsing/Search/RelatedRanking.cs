using System;
using System.Collections.Generic;

namespace PaperData.Parsing
{
    /// <summary>
    /// Related papers: TF-IDF cosine similarity over a paper's most distinctive terms. Terms are taken rarest
    /// first until their postings reach <see cref="WorkBudget"/>; the common terms left out weigh least (low IDF)
    /// and would make the cost quadratic in large digests. Small digests (the bundled one) are ranked exactly.
    /// The generator ranks every paper with this code at compile time; the runtime uses it for parsed digests.
    /// </summary>
    internal sealed class RelatedRanking
    {
        /// <summary>How many postings one paper's ranking may visit (at least its rarest term is always used).</summary>
        public const int WorkBudget = 4096;

        /// <summary>How many related papers the generator stores per paper; larger limits are ranked at run time.</summary>
        public const int StoredCount = 10;

        private readonly TermIndex _index;
        private readonly double[] _dot;
        private readonly List<int> _touched = new List<int>();
        private int[]? _rank;

        public RelatedRanking(TermIndex index)
        {
            _index = index;
            _dot = new double[index.DocumentCount];
        }

        /// <summary>The papers most similar to <paramref name="doc"/>, best first; equal scores keep digest order.</summary>
        public List<int> Top(int doc, int limit)
        {
            double[] norms = _index.Norms();
            _index.Forward(doc, out int[] terms, out int[] frequencies);
            int[] order = RarestFirst(terms);
            int work = 0;
            foreach (int position in order)
            {
                int term = terms[position];
                int[] docs = _index.Documents[term];
                if (work > 0 && work + docs.Length > WorkBudget) break;
                work += docs.Length;
                double idf = TermIndex.Idf(_index.DocumentCount, docs.Length);
                double weight = frequencies[position] * idf;
                int[] otherFrequencies = _index.Frequencies[term];
                for (int i = 0; i < docs.Length; i++)
                {
                    int other = docs[i];
                    if (other == doc) continue;
                    if (_dot[other] == 0) _touched.Add(other);
                    _dot[other] += weight * otherFrequencies[i] * idf;
                }
            }

            var best = new TopScores(limit);
            foreach (int other in _touched)
            {
                double denominator = norms[doc] * norms[other];
                if (denominator > 0) best.Offer(other, _dot[other] / denominator);
                _dot[other] = 0;
            }

            _touched.Clear();
            return best.Documents();
        }

        // Positions in the document's term list, rarest term first (ties by term id): ranks sorted as plain ints.
        private int[] RarestFirst(int[] terms)
        {
            int[] rank = _rank ??= RankTerms(_index);
            var keys = new int[terms.Length];
            var order = new int[terms.Length];
            for (int i = 0; i < order.Length; i++)
            {
                keys[i] = rank[terms[i]];
                order[i] = i;
            }

            Array.Sort(keys, order);
            return order;
        }

        private static int[] RankTerms(TermIndex index)
        {
            var frequencies = new long[index.Terms.Length];
            var ids = new int[index.Terms.Length];
            for (int t = 0; t < ids.Length; t++)
            {
                frequencies[t] = ((long)index.Documents[t].Length << 32) | (uint)t;
                ids[t] = t;
            }

            Array.Sort(frequencies, ids);
            var rank = new int[ids.Length];
            for (int r = 0; r < ids.Length; r++) rank[ids[r]] = r;
            return rank;
        }
    }
}
