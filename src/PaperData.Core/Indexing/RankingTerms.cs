namespace PaperData.Core.Indexing
{
    /// <summary>
    /// For <see cref="RelatedRanking"/>: per document, the terms its ranking visits (rarest first, ties by term id,
    /// while their postings fit the work budget; the rarest always), with the document's frequency of each, in
    /// flat arrays; and every term's IDF. Chosen for all documents at once in two passes over the postings, so a
    /// ranking neither sorts nor allocates per paper.
    /// </summary>
    internal sealed class RankingTerms
    {
        private RankingTerms(int[] starts, int[] terms, int[] frequencies, double[] idf)
        {
            Starts = starts;
            Terms = terms;
            Frequencies = frequencies;
            Idf = idf;
        }

        /// <summary>Per document d: its terms are at [Starts[d], Starts[d + 1]) in <see cref="Terms"/> and <see cref="Frequencies"/>.</summary>
        public int[] Starts { get; }

        public int[] Terms { get; }

        public int[] Frequencies { get; }

        /// <summary>Per term id: <see cref="TermIndex.Idf"/>.</summary>
        public double[] Idf { get; }

        public static RankingTerms Select(TermIndex index, int budget)
        {
            int[] rarest = RarestFirst(index);
            var work = new int[index.DocumentCount];
            var starts = new int[index.DocumentCount + 1];
            foreach (int term in rarest)
            {
                int[] docs = index.Documents[term];
                foreach (int doc in docs)
                {
                    if (Takes(work, doc, docs.Length, budget)) starts[doc + 1]++;
                }
            }

            for (int d = 0; d < index.DocumentCount; d++)
            {
                starts[d + 1] += starts[d];
                work[d] = 0;
            }

            int[] next = (int[])starts.Clone();
            var terms = new int[starts[index.DocumentCount]];
            var frequencies = new int[terms.Length];
            foreach (int term in rarest)
            {
                int[] docs = index.Documents[term];
                for (int i = 0; i < docs.Length; i++)
                {
                    int doc = docs[i];
                    if (!Takes(work, doc, docs.Length, budget)) continue;
                    terms[next[doc]] = term;
                    frequencies[next[doc]++] = index.Frequencies[term][i];
                }
            }

            var idf = new double[index.Terms.Length];
            for (int t = 0; t < idf.Length; t++) idf[t] = TermIndex.Idf(index.DocumentCount, index.Documents[t].Length);
            return new RankingTerms(starts, terms, frequencies, idf);
        }

        // Terms come rarest first, so once a term would pass the budget every later one would too: the same
        // choice as stopping at the first term that does not fit.
        private static bool Takes(int[] work, int doc, int postings, int budget)
        {
            if (work[doc] > 0 && work[doc] + postings > budget) return false;
            work[doc] += postings;
            return true;
        }

        // Term ids by document frequency, ties by id: a counting sort (frequencies are at most the document count).
        private static int[] RarestFirst(TermIndex index)
        {
            var firsts = new int[index.DocumentCount + 2];
            foreach (int[] docs in index.Documents) firsts[docs.Length + 1]++;
            for (int f = 1; f < firsts.Length; f++) firsts[f] += firsts[f - 1];
            var order = new int[index.Terms.Length];
            for (int t = 0; t < order.Length; t++) order[firsts[index.Documents[t].Length]++] = t;
            return order;
        }
    }
}
