using System.Collections.Generic;
using System.Threading;

namespace PaperData.Core.Indexing
{
    /// <summary>
    /// Related papers: TF-IDF cosine similarity over a paper's most distinctive terms. Terms are taken rarest
    /// first until their postings reach <see cref="WorkBudget"/>; the common terms left out weigh least (low IDF)
    /// and would make the cost quadratic in large digests. Small digests (the bundled one) are ranked exactly.
    /// The generator ranks every paper with this code at compile time; the runtime uses it for parsed digests.
    /// </summary>
    internal sealed class RelatedRanking
    {
        /// <summary>
        /// How many postings one paper's ranking may visit (at least its rarest term is always used). The cost of
        /// ranking every paper is about papers x budget: 2,048 keeps 50,000 papers under a second of compile time
        /// (4,096 took twice that). A digest ranks exactly while each paper's terms together have at most this many
        /// postings: the bundled 57-paper digest needs 1,203 at most (pinned by a test), so it is ranked exactly.
        /// </summary>
        public const int WorkBudget = 2048;

        /// <summary>How many related papers the generator stores per paper; larger limits are ranked at run time.</summary>
        public const int StoredCount = 10;

        private readonly TermIndex _index;
        private readonly double[] _dot;
        private readonly int[] _touched;
        private RankingTerms? _terms;

        private const int CancellationInterval = 256;

        public RelatedRanking(TermIndex index)
        {
            _index = index;
            _dot = new double[index.DocumentCount];
            _touched = new int[index.DocumentCount];
        }

        /// <summary>
        /// The related papers of every paper (what the generator stores).
        /// One thread: splitting it over two (one ranking buffer each) measured no faster on two cores, only
        /// twice the CPU time, as the loop is bound by random memory access.
        /// </summary>
        public static List<int>[] TopForAll(TermIndex index, int limit, CancellationToken ct)
        {
            int count = index.DocumentCount;
            var result = new List<int>[count];
            var ranking = new RelatedRanking(index);
            for (int doc = 0; doc < count; doc++)
            {
                if (doc % CancellationInterval == 0) ct.ThrowIfCancellationRequested();
                result[doc] = ranking.Top(doc, limit);
            }

            return result;
        }

        /// <summary>The papers most similar to <paramref name="doc"/>, best first; equal scores keep digest order.</summary>
        public List<int> Top(int doc, int limit)
        {
            RankingTerms selected = _terms ??= RankingTerms.Select(_index, WorkBudget);
            double[] norms = _index.Norms();
            double[] dot = _dot;
            int[] touched = _touched;
            int touchedCount = 0;

            // Dot products with every paper sharing a selected term; a zero means "not touched yet" (every
            // contribution is positive). The arithmetic and its order are the scoring's definition: keep them.
            for (int k = selected.Starts[doc]; k < selected.Starts[doc + 1]; k++)
            {
                int term = selected.Terms[k];
                int[] docs = _index.Documents[term];
                int[] otherFrequencies = _index.Frequencies[term];
                double idf = selected.Idf[term];
                double weight = selected.Frequencies[k] * idf;
                for (int i = 0; i < docs.Length; i++)
                {
                    int other = docs[i];
                    if (other == doc) continue;

                    // Listed on first touch without a branch (which would be taken at random).
                    double sum = dot[other];
                    touched[touchedCount] = other;
                    touchedCount += sum == 0 ? 1 : 0;
                    dot[other] = sum + (weight * otherFrequencies[i] * idf);
                }
            }

            var best = new TopScores(limit);
            double norm = norms[doc];
            for (int k = 0; k < touchedCount; k++)
            {
                int other = touched[k];
                double denominator = norm * norms[other];
                if (denominator > 0 && !best.Rejects(dot[other], denominator)) best.Offer(other, dot[other] / denominator);
                dot[other] = 0;
            }

            return best.Documents();
        }
    }
}
