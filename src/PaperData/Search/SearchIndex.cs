using System;
using System.Collections.Generic;
using PaperData.Core.Indexing;

namespace PaperData.Search
{
    /// <summary>
    /// BM25 ranking for <c>Search</c> and related papers for <c>Related</c>, over an index that is either built at
    /// run time (<see cref="BuiltSearchIndex"/>) or stored by the generator (<see cref="GeneratedSearchIndex"/>).
    /// Both feed this one scoring loop the same numbers in the same order, so they give identical results.
    /// </summary>
    internal abstract class SearchIndex
    {
        private const double K1 = 1.2;
        private const double B = 0.75;

        public static SearchIndex Build(IReadOnlyList<Paper> papers) => new BuiltSearchIndex(papers);

        protected abstract int DocumentCount { get; }

        protected abstract double AverageLength { get; }

        /// <summary>Document indexes and scores, best first; equal scores keep digest order.</summary>
        public List<KeyValuePair<int, double>> Search(string query, int limit)
        {
            // Dense scores: every BM25 contribution is positive, so a zero score means "not touched yet".
            var scores = new double[DocumentCount];
            var touched = new List<int>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var postings = new List<KeyValuePair<int, int>>();
            int[] lengths = Lengths();
            foreach (string term in Tokenizer.Terms(query))
            {
                postings.Clear();
                if (!seen.Add(term) || !FindPostings(term, postings)) continue;
                double idf = TermIndex.Idf(DocumentCount, postings.Count);
                foreach (KeyValuePair<int, int> posting in postings)
                {
                    double tf = posting.Value;
                    double norm = tf + (K1 * (1 - B + (B * lengths[posting.Key] / AverageLength)));
                    if (scores[posting.Key] == 0) touched.Add(posting.Key);
                    scores[posting.Key] += idf * tf * (K1 + 1) / norm;
                }
            }

            var top = new TopScores(limit);
            foreach (int doc in touched) top.Offer(doc, scores[doc]);
            return top.Results();
        }

        /// <summary>The papers most similar to <paramref name="doc"/> (see <see cref="RelatedRanking"/>), best first.</summary>
        public abstract List<int> Related(int doc, int limit);

        /// <summary>Per document: its weighted length.</summary>
        protected abstract int[] Lengths();

        /// <summary>Adds the postings (document, weighted frequency) of <paramref name="term"/> in document order.</summary>
        protected abstract bool FindPostings(string term, List<KeyValuePair<int, int>> postings);
    }
}
