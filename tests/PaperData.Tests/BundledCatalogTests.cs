using System.Linq;
using Xunit;

namespace PaperData.Tests
{
    public class BundledCatalogTests
    {
        [Fact]
        public void Bundled_catalogue_holds_the_57_papers_of_the_real_digest()
        {
            Assert.Equal(57, TrendingPapers.Count);
            Assert.Equal(57, TrendingPapers.All.Count);
            Assert.Equal(57, TrendingPapers.Catalog.Papers.Count);
            Assert.Empty(TrendingPapers.Catalog.Diagnostics);
            Assert.Equal(Enumerable.Range(1, 57), TrendingPapers.All.Select(p => p.Rank));
        }

        [Fact]
        public void Bundled_catalogue_equals_a_runtime_parse_of_the_same_text()
        {
            PaperCatalog parsed = PaperCatalog.Parse(TestData.RealDigest);
            Assert.Equal(parsed.Papers, TrendingPapers.All);
        }
    }
}
