using System;
using Xunit;

namespace PaperData.XunitTests
{
    /// <summary>
    /// [PapersData] used as a test author would: these theories run once per paper (the listing test checks that
    /// they are listed one by one).
    /// </summary>
    public class Theories
    {
        [Theory]
        [PapersData(typeof(TrendingPapers))]
        public void Every_bundled_paper_arrives_as_the_catalogue_object(Paper paper) =>
            Assert.Same(TrendingPapers.All[paper.Rank - 1], paper);

        [Theory]
        [PapersData(typeof(TrendingPapers))]
        public void Every_bundled_key_names_a_paper(TrendingPapers.Key key) =>
            Assert.Equal((int)key + 1, TrendingPapers.Get(key).Rank);

        [Theory]
        [PapersData(typeof(TrendingPapers), WithCode = true, Sample = 5, Seed = 42)]
        public void Sampled_papers_with_code_have_a_repository(Paper paper) => Assert.True(paper.HasCode);

        [Theory]
        [PapersData(typeof(LabPapers))]
        public void The_project_s_own_digest_works_too(LabPapers.Key key) =>
            Assert.Equal(LabPapers.Get(key), LabPapers.Catalog.Find(LabPapers.Get(key).Id));

        [Theory]
        [PapersData(typeof(LabPapers), Date = "Mar 13")]
        public void Own_digest_papers_by_date(Paper paper) => Assert.Equal(new PaperDate(3, 13), paper.Date);

        [Theory]
        [PapersData(typeof(HandBuilt))]
        public void A_hand_built_catalogue_of_variants_works(Paper paper) => Assert.StartsWith("Variant", paper.Title, StringComparison.Ordinal);
    }

    /// <summary>A small catalogue for tests: variants of real papers, ranks renumbered by From.</summary>
    internal static class HandBuilt
    {
        public static readonly PaperCatalog Papers = PaperCatalog.From(
            TrendingPapers.S3IM with { Title = "Variant: no repository", Links = Array.Empty<CodeLink>() },
            TrendingPapers.TabPFN with { Title = "Variant: renamed TabPFN" });
    }
}
