using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>
    /// The bundled catalogue searches with the index the generator stored as data; a parsed catalogue builds its
    /// index at run time. Both must rank exactly alike on the real digest.
    /// </summary>
    public class GeneratedIndexTests
    {
        private static readonly PaperCatalog Parsed = PaperCatalog.Parse(TestData.RealDigest);

        public static IEnumerable<object[]> Queries()
        {
            yield return new object[] { "language model" };
            yield return new object[] { "diffusion video generation" };
            yield return new object[] { "reinforcement learning agents" };
            yield return new object[] { "Networks NETWORK networks" };
            yield return new object[] { "zzzz-no-such-term" };
            yield return new object[] { string.Empty };
        }

        [Theory]
        [MemberData(nameof(Queries))]
        public void Search_gives_the_same_papers_and_scores_from_stored_and_built_indexes(string query)
        {
            IReadOnlyList<SearchHit> stored = TrendingPapers.Catalog.Search(query, 57);
            IReadOnlyList<SearchHit> built = Parsed.Search(query, 57);
            Assert.Equal(built.Select(h => (h.Paper.Rank, h.Score)), stored.Select(h => (h.Paper.Rank, h.Score)));
        }

        [Fact]
        public void Search_by_each_title_finds_the_same_ranking_and_the_paper_itself_first()
        {
            foreach (Paper paper in TrendingPapers.All)
            {
                IReadOnlyList<SearchHit> stored = TrendingPapers.Catalog.Search(paper.Title, 5);
                IReadOnlyList<SearchHit> built = Parsed.Search(paper.Title, 5);
                Assert.Equal(built.Select(h => (h.Paper.Rank, h.Score)), stored.Select(h => (h.Paper.Rank, h.Score)));
                Assert.Equal(paper.Rank, stored[0].Paper.Rank);
            }
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(5)]
        [InlineData(10)]
        [InlineData(30)]
        [InlineData(57)]
        public void Related_from_compile_time_ranking_equals_related_ranked_at_run_time(int limit)
        {
            foreach (Paper paper in TrendingPapers.All)
            {
                IEnumerable<int> stored = TrendingPapers.Catalog.Related(paper, limit).Select(p => p.Rank);
                IEnumerable<int> built = Parsed.Related(Parsed.Papers[paper.Rank - 1], limit).Select(p => p.Rank);
                Assert.Equal(built, stored);
            }
        }

        [Fact]
        public void Related_never_lists_the_paper_itself_and_finds_something_for_every_paper()
        {
            foreach (Paper paper in TrendingPapers.All)
            {
                IReadOnlyList<Paper> related = TrendingPapers.Catalog.Related(paper);
                Assert.Equal(5, related.Count);
                Assert.DoesNotContain(paper, related);
            }
        }
    }
}
