using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PaperData.Core.Indexing
{
    /// <summary>The best <c>limit</c> documents (all for a negative limit) by score, then by document: insertion for small limits, a sort otherwise.</summary>
    internal sealed class TopScores
    {
        private const int InsertionLimit = 64;
        private readonly int _limit;
        private readonly List<KeyValuePair<int, double>>? _all;

        // Insertion mode: the best so far, best first, in parallel arrays.
        private readonly int[]? _docs;
        private readonly double[]? _scores;
        private int _count;

        // Scores surely below this lose (see Rejects); 0 (nothing is rejected) until the list is full.
        private double _cutoff;
        private const double RejectMargin = 1e-9;

        public TopScores(int limit)
        {
            _limit = limit;
            if (limit >= 0 && limit <= InsertionLimit)
            {
                _docs = new int[limit];
                _scores = new double[limit];
            }
            else
            {
                _all = new List<KeyValuePair<int, double>>();
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Offer(int doc, double score)
        {
            if (_all is not null) _all.Add(new KeyValuePair<int, double>(doc, score));

            // Most offers lose to a full list's worst: that test stays inline, the insertion does not.
            else if (_count < _limit || (_count > 0 && Better(doc, score, _docs![_count - 1], _scores![_count - 1]))) Insert(doc, score);
        }

        /// <summary>
        /// True when a score of <paramref name="numerator"/> / <paramref name="denominator"/> (both positive) surely
        /// loses to a full list's worst, without the division: a cheap test for the many offers that lose. It
        /// only answers true below the worst by a margin (1e-9 relative) far wider than the rounding of either
        /// side, so no score that would tie or win is ever turned away.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Rejects(double numerator, double denominator) => numerator < _cutoff * denominator;

        /// <summary>(document, score) pairs, best first.</summary>
        public List<KeyValuePair<int, double>> Results()
        {
            if (_all is null)
            {
                var items = new List<KeyValuePair<int, double>>(_count);
                for (int i = 0; i < _count; i++) items.Add(new KeyValuePair<int, double>(_docs![i], _scores![i]));
                return items;
            }

            _all.Sort((x, y) => Better(x.Key, x.Value, y.Key, y.Value) ? -1 : Better(y.Key, y.Value, x.Key, x.Value) ? 1 : 0);
            if (_limit >= 0 && _all.Count > _limit) _all.RemoveRange(_limit, _all.Count - _limit);
            return _all;
        }

        public List<int> Documents()
        {
            if (_all is not null)
            {
                var docs = new List<int>(_all.Count);
                foreach (KeyValuePair<int, double> item in Results()) docs.Add(item.Key);
                return docs;
            }

            var best = new List<int>(_count);
            for (int i = 0; i < _count; i++) best.Add(_docs![i]);
            return best;
        }

        private void Insert(int doc, double score)
        {
            int[] docs = _docs!;
            double[] scores = _scores!;
            int at = _count < _limit ? _count++ : _count - 1;
            while (at > 0 && Better(doc, score, docs[at - 1], scores[at - 1]))
            {
                docs[at] = docs[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }

            docs[at] = doc;
            scores[at] = score;
            if (_count == _limit) _cutoff = scores[_count - 1] * (1 - RejectMargin);
        }

        private static bool Better(int doc, double score, int thanDoc, double thanScore) =>
            score > thanScore || (score == thanScore && doc < thanDoc);
    }
}
