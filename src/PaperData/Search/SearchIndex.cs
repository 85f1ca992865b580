using System;
using System.Collections.Generic;

namespace PaperData.Search
{
    /// <summary>
    /// An inverted index over titles and abstracts: BM25 ranking for <c>Search</c> and TF-IDF cosine
    /// similarity for <c>Related</c>. Title terms count twice, so a match in the title outranks one in prose.
    /// </summary>
    internal sealed class SearchIndex
    {
        private const double K1 = 1.2;
        private const double B = 0.75;
        private const int TitleWeight = 2;

        private readonly Dictionary<string, Posting[]> _postings;
        private readonly int[] _lengths;
        private readonly double _averageLength;
        private double[]? _norms;

        private SearchIndex(Dictionary<string, Posting[]> postings, int[] lengths)
        {
            _postings = postings;
            _lengths = lengths;
            long total = 0;
            foreach (int length in lengths) total += length;
            _averageLength = lengths.Length == 0 ? 1 : Math.Max(1, (double)total / lengths.Length);
        }

        public static SearchIndex Build(IReadOnlyList<Paper> papers)
        {
            var building = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
            var lengths = new int[papers.Count];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int doc = 0; doc < papers.Count; doc++)
            {
                counts.Clear();
                foreach (string term in Tokenizer.Terms(papers[doc].Title)) Add(counts, term, TitleWeight);
                foreach (string term in Tokenizer.Terms(papers[doc].Abstract)) Add(counts, term, 1);
                foreach (KeyValuePair<string, int> pair in counts)
                {
                    if (!building.TryGetValue(pair.Key, out List<Posting>? list)) building[pair.Key] = list = new List<Posting>();
                    list.Add(new Posting(doc, pair.Value));
                    lengths[doc] += pair.Value;
                }
            }

            var postings = new Dictionary<string, Posting[]>(building.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<Posting>> pair in building) postings[pair.Key] = pair.Value.ToArray();
            return new SearchIndex(postings, lengths);
        }

        /// <summary>Document indexes and scores, best first; equal scores keep digest order.</summary>
        public List<KeyValuePair<int, double>> Search(string query, int limit)
        {
            var scores = new Dictionary<int, double>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string term in Tokenizer.Terms(query))
            {
                if (!seen.Add(term) || !_postings.TryGetValue(term, out Posting[]? postings)) continue;
                double idf = Idf(postings.Length);
                foreach (Posting posting in postings)
                {
                    double tf = posting.Frequency;
                    double norm = tf + (K1 * (1 - B + (B * _lengths[posting.Document] / _averageLength)));
                    scores.TryGetValue(posting.Document, out double score);
                    scores[posting.Document] = score + (idf * tf * (K1 + 1) / norm);
                }
            }

            return Top(scores, limit);
        }

        /// <summary>The papers most similar to <paramref name="doc"/> by TF-IDF cosine similarity.</summary>
        public List<KeyValuePair<int, double>> Related(int doc, int limit)
        {
            double[] norms = _norms ??= ComputeNorms();
            var dot = new Dictionary<int, double>();
            foreach (KeyValuePair<string, Posting[]> pair in _postings)
            {
                Posting[] postings = pair.Value;
                int mine = Array.FindIndex(postings, p => p.Document == doc);
                if (mine < 0) continue;
                double idf = Idf(postings.Length);
                double weight = postings[mine].Frequency * idf;
                foreach (Posting other in postings)
                {
                    if (other.Document == doc) continue;
                    dot.TryGetValue(other.Document, out double sum);
                    dot[other.Document] = sum + (weight * other.Frequency * idf);
                }
            }

            var cosine = new Dictionary<int, double>(dot.Count);
            foreach (KeyValuePair<int, double> pair in dot)
            {
                double denominator = norms[doc] * norms[pair.Key];
                if (denominator > 0) cosine[pair.Key] = pair.Value / denominator;
            }

            return Top(cosine, limit);
        }

        private double[] ComputeNorms()
        {
            var norms = new double[_lengths.Length];
            foreach (Posting[] postings in _postings.Values)
            {
                double idf = Idf(postings.Length);
                foreach (Posting posting in postings)
                {
                    double weight = posting.Frequency * idf;
                    norms[posting.Document] += weight * weight;
                }
            }

            for (int i = 0; i < norms.Length; i++) norms[i] = Math.Sqrt(norms[i]);
            return norms;
        }

        private double Idf(int documentFrequency) =>
            Math.Log(1 + ((_lengths.Length - documentFrequency + 0.5) / (documentFrequency + 0.5)));

        private static List<KeyValuePair<int, double>> Top(Dictionary<int, double> scores, int limit)
        {
            var hits = new List<KeyValuePair<int, double>>(scores);
            hits.Sort((x, y) =>
            {
                int byScore = y.Value.CompareTo(x.Value);
                return byScore != 0 ? byScore : x.Key.CompareTo(y.Key);
            });
            if (limit >= 0 && hits.Count > limit) hits.RemoveRange(limit, hits.Count - limit);
            return hits;
        }

        private static void Add(Dictionary<string, int> counts, string term, int weight)
        {
            counts.TryGetValue(term, out int count);
            counts[term] = count + weight;
        }

        private readonly struct Posting
        {
            public Posting(int document, int frequency)
            {
                Document = document;
                Frequency = frequency;
            }

            public int Document { get; }

            public int Frequency { get; }
        }
    }
}
