using System;
using System.Collections.Generic;
using System.Linq;
using PaperData.Core.Indexing;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>
    /// The related-papers work budget: the bundled digest fits it (so it is ranked exactly, checked against a plain
    /// TF-IDF cosine written here from the definition), and a digest that passes it leaves the common terms out.
    /// </summary>
    public class RelatedRankingTests
    {
        private static readonly IReadOnlyList<Paper> Papers = PaperCatalog.Parse(TestData.RealDigest).Papers;

        private static readonly HashSet<string>[] TermSets =
            Papers.Select(p => new HashSet<string>(Tokenizer.Terms(p.Title).Concat(Tokenizer.Terms(p.Abstract)), StringComparer.Ordinal)).ToArray();

        private static readonly TermIndex RealIndex = TermIndex.Build(Papers.Count, i => Papers[i].Title, i => Papers[i].Abstract);

        [Fact]
        public void Every_bundled_paper_has_all_its_terms_within_the_work_budget()
        {
            for (int doc = 0; doc < RealIndex.DocumentCount; doc++)
            {
                int postings = Enumerable.Range(0, RealIndex.Terms.Length)
                    .Where(t => Array.IndexOf(RealIndex.Documents[t], doc) >= 0)
                    .Sum(t => RealIndex.Documents[t].Length);
                Assert.InRange(postings, 1, RelatedRanking.WorkBudget);
            }
        }

        [Fact]
        public void The_bundled_digest_is_ranked_as_a_full_tf_idf_cosine_ranks_it()
        {
            List<Dictionary<string, double>> vectors = Papers.Select(Vector).ToList();
            var ranking = new RelatedRanking(RealIndex);
            for (int doc = 0; doc < Papers.Count; doc++)
            {
                var expected = Enumerable.Range(0, Papers.Count)
                    .Where(other => other != doc)
                    .Select(other => (Other: other, Score: Cosine(vectors[doc], vectors[other])))
                    .Where(pair => pair.Score > 0)
                    .ToList();
                List<int> ranked = ranking.Top(doc, -1);

                Assert.Equal(expected.Select(pair => pair.Other).OrderBy(other => other), ranked.OrderBy(other => other));

                // Best first; sums here run in another order, so scores may differ in the last bits.
                double[] scores = ranked.Select(other => expected.Single(pair => pair.Other == other).Score).ToArray();
                for (int i = 1; i < scores.Length; i++) Assert.True(scores[i] <= scores[i - 1] + 1e-12, $"paper {doc}: position {i}");
            }
        }

        [Fact]
        public void A_term_that_would_pass_the_budget_is_left_out_after_the_rarest()
        {
            // Documents 0 and 1 share "rare"; everyone has "common", whose postings alone exceed the budget.
            int count = RelatedRanking.WorkBudget + 10;
            int[] everyone = Enumerable.Range(0, count).ToArray();
            var index = new TermIndex(
                new[] { "common", "rare" },
                new[] { everyone, new[] { 0, 1 } },
                new[] { everyone.Select(_ => 1).ToArray(), new[] { 1, 1 } },
                everyone.Select(doc => doc < 2 ? 2 : 1).ToArray());
            var ranking = new RelatedRanking(index);

            // Paper 0 spends 2 postings on "rare"; "common" does not fit, so only paper 1 is related.
            Assert.Equal(new[] { 1 }, ranking.Top(0, 5));

            // Paper 2's rarest term is "common": always used, however many postings. Equal vectors tie (digest order)
            // ahead of papers 0 and 1, whose extra term lowers their cosine.
            Assert.Equal(new[] { 3, 4, 5, 6, 7 }, ranking.Top(2, 5));
        }

        private static Dictionary<string, double> Vector(Paper paper)
        {
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string term in Tokenizer.Terms(paper.Title)) frequencies[term] = frequencies.GetValueOrDefault(term) + TermIndex.TitleWeight;
            foreach (string term in Tokenizer.Terms(paper.Abstract)) frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            return frequencies.ToDictionary(
                pair => pair.Key,
                pair => pair.Value * TermIndex.Idf(Papers.Count, TermSets.Count(terms => terms.Contains(pair.Key))),
                StringComparer.Ordinal);
        }

        private static double Cosine(Dictionary<string, double> x, Dictionary<string, double> y)
        {
            double dot = x.Where(pair => y.ContainsKey(pair.Key)).Sum(pair => pair.Value * y[pair.Key]);
            return dot / (Math.Sqrt(x.Values.Sum(v => v * v)) * Math.Sqrt(y.Values.Sum(v => v * v)));
        }
    }
}
