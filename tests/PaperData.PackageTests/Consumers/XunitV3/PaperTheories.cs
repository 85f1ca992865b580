using PaperData;
using Xunit;

namespace Consumer.Tests
{
    public class TrendingTheories
    {
        [Theory]
        [PapersData(typeof(TrendingPapers))]
        public void Every_paper_has_a_title_and_an_abstract(Paper paper)
        {
            Assert.False(string.IsNullOrWhiteSpace(paper.Title));
            Assert.False(string.IsNullOrWhiteSpace(paper.Abstract));
        }
    }

    public class ShelfTheories
    {
        // The project's own digest (internal class Shelf): three papers, two of them sampled with a fixed seed.
        [Theory]
        [PapersData(typeof(Shelf), Sample = 2, Seed = 42)]
        public void Sampled_shelf_papers_come_from_the_shelf(Paper paper) =>
            Assert.Same(Shelf.All[paper.Rank - 1], paper);
    }
}
