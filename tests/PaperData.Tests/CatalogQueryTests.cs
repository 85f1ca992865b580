using System;
using System.Linq;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>The runtime queries on the real digest; expected papers chosen by reading the titles and abstracts.</summary>
    public class CatalogQueryTests
    {
        private static readonly PaperCatalog Real = PaperCatalog.Parse(TestData.RealDigest);

        private static Paper Rank(int rank) => Real.Papers[rank - 1];

        private static int[] Ranks(System.Collections.Generic.IEnumerable<Paper> papers) => papers.Select(p => p.Rank).ToArray();

        // The 16 papers whose abstract links a GitHub repository (ExpectedRealDigest.Links).
        private static readonly int[] WithGitHubRepository = { 1, 3, 11, 13, 14, 15, 21, 22, 25, 31, 32, 42, 44, 50, 52, 55 };

        [Theory]
        [InlineData("S3IM", 7)]
        [InlineData("  s3im  ", 7)]
        [InlineData("soft-nms", 56)]
        [InlineData("TabPFN", 50)]
        [InlineData("soft-nms-improving-object-detection-with-one-line-of-code", 56)]
        [InlineData("data-filtering-networks", 49)]
        [InlineData("DATA   FILTERING\tnetworks", 49)]
        [InlineData("Neural Collapse in Deep Linear Networks: From Balanced to Imbalanced Data", 16)]
        [InlineData("  neural collapse in deep linear networks:   from balanced to imbalanced DATA ", 16)]
        public void Find_by_id_short_name_or_title_ignoring_case_and_spacing(string key, int rank)
        {
            Assert.Same(Rank(rank), Real.Find(key));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("S3I")]
        [InlineData("Neural Collapse")]
        public void Find_returns_null_when_nothing_matches_exactly(string key)
        {
            Assert.Null(Real.Find(key));
        }

        [Fact]
        public void Find_prefers_ids_over_short_names_over_titles()
        {
            var date = new PaperDate(3, 11);
            var named = new Paper(1, "named", "Foo: A Named Paper", "Foo", "One.", date);
            var idFoo = new Paper(2, "foo", "Something Else", null, "Two.", date);
            var cpp = new Paper(3, "c", "C++", null, "Three.", date);
            var cppNamed = new Paper(4, "c-a-language", "C++: A Language", "C++", "Four.", date);
            var catalog = new PaperCatalog(new[] { named, idFoo, cpp, cppNamed });
            Assert.Same(idFoo, catalog.Find("FOO"));
            Assert.Same(cppNamed, catalog.Find("c++"));
            Assert.Same(cpp, catalog.Find("c"));
        }

        [Fact]
        public void Search_radiance_fields_ranks_the_NeRF_papers_first()
        {
            var hits = Real.Search("radiance fields", 10);
            // Titles with "Radiance Field(s)": One is All (21), NeRDF (29), NeRFool (44); S3IM (7) has NeRF in its abstract.
            Assert.Equal(new[] { 21, 29, 44 }, hits.Take(3).Select(h => h.Paper.Rank).OrderBy(r => r));
            Assert.Equal(7, hits[3].Paper.Rank);
            Assert.Equal(hits.Select(h => h.Paper.Rank), Real.Search("RADIANCE  Fields!", 10).Select(h => h.Paper.Rank));
        }

        [Fact]
        public void Search_by_short_name_finds_that_paper_first()
        {
            Assert.Equal(7, Real.Search("S3IM").First().Paper.Rank);
            Assert.Equal(50, Real.Search("tabpfn").First().Paper.Rank);
            Assert.Equal(new[] { 46, 50 }, Real.Search("tabular").Take(2).Select(h => h.Paper.Rank).OrderBy(r => r));
        }

        [Fact]
        public void Search_scores_descend_and_repeat_exactly()
        {
            var first = Real.Search("graph neural networks", 20);
            var second = Real.Search("graph neural networks", 20);
            Assert.Equal(first.Select(h => (h.Paper.Rank, h.Score)), second.Select(h => (h.Paper.Rank, h.Score)));
            Assert.True(first.Zip(first.Skip(1), (a, b) => a.Score >= b.Score).All(x => x));
            Assert.All(first, h => Assert.True(h.Score > 0));
        }

        [Fact]
        public void Search_folds_plurals_so_network_and_networks_agree()
        {
            Assert.Equal(Real.Search("network", 57).Select(h => h.Paper.Rank), Real.Search("networks", 57).Select(h => h.Paper.Rank));
        }

        [Fact]
        public void Search_breaks_ties_in_digest_order()
        {
            var date = new PaperDate(3, 11);
            var papers = new[] { "Gamma", "Alpha", "Beta" }
                .Select((t, i) => new Paper(i + 1, t.ToLowerInvariant(), t + " Study", null, "Shared words about widgets.", date));
            var catalog = new PaperCatalog(papers);
            var hits = catalog.Search("widgets");
            Assert.Equal(new[] { 1, 2, 3 }, hits.Select(h => h.Paper.Rank));
            Assert.Single(hits.Select(h => h.Score).Distinct());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(3)]
        public void Search_honours_the_limit(int limit)
        {
            Assert.Equal(limit, Real.Search("neural", limit).Count);
            Assert.Equal(Real.Search("neural", 10).Take(limit).Select(h => h.Paper), Real.Search("neural", limit).Select(h => h.Paper));
        }

        [Fact]
        public void Search_rejects_a_negative_limit()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Real.Search("neural", -1));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("the of and")]
        [InlineData("!!! ???")]
        [InlineData("zzyzx")]
        public void Search_with_nothing_to_look_for_is_empty(string query)
        {
            Assert.Empty(Real.Search(query));
        }

        [Fact]
        public void WithCode_lists_the_papers_linking_a_repository()
        {
            Assert.Equal(WithGitHubRepository, Ranks(Real.WithCode()));
            Assert.All(Real.WithCode(), p => Assert.True(p.HasCode));
            Assert.False(Rank(18).HasCode); // a github.io project page only
        }

        [Theory]
        [InlineData("github.com")]
        [InlineData("GitHub.com")]
        [InlineData("www.github.com")]
        public void ByHost_github_lists_the_repository_papers(string host)
        {
            Assert.Equal(WithGitHubRepository, Ranks(Real.ByHost(host)));
        }

        [Theory]
        [InlineData("bit.ly", new[] { 56 })]
        [InlineData("negtome.github.io", new[] { 18 })]
        [InlineData("gohyojun15.github.io", new[] { 37 })]
        [InlineData("example.org", new int[0])]
        public void ByHost_other_hosts(string host, int[] ranks)
        {
            Assert.Equal(ranks, Ranks(Real.ByHost(host)));
        }

        [Theory]
        [InlineData("automl", new[] { 50 })]
        [InlineData("AutoML", new[] { 50 })]
        [InlineData("Graph-COM", new[] { 15 })]
        [InlineData("yushuang-wu", new[] { 29 })]
        [InlineData("nobody", new int[0])]
        public void ByGitHubOwner_matches_repositories_and_pages_ignoring_case(string owner, int[] ranks)
        {
            Assert.Equal(ranks, Ranks(Real.ByGitHubOwner(owner)));
        }

        [Fact]
        public void ByGitHubOwner_automl_is_TabPFN()
        {
            Assert.Equal("TabPFN", Assert.Single(Real.ByGitHubOwner("automl")).ShortName);
        }

        [Theory]
        [InlineData("radiance", new[] { 7, 21, 29, 44 })]
        [InlineData("TABPFN", new[] { 50 })]
        public void Mentioning_searches_titles_and_abstracts_ignoring_case(string term, int[] ranks)
        {
            // Expected ranks from grep -i over the digest's title and abstract lines.
            Assert.Equal(ranks, Ranks(Real.Mentioning(term)));
        }

        [Fact]
        public void OnDate_and_Dates()
        {
            Assert.Equal(57, Real.OnDate(3, 11).Count);
            Assert.Equal(57, Real.OnDate(new PaperDate(3, 11)).Count);
            Assert.Equal(57, Real.OnDate(new PaperDate(3, 11, 2025)).Count); // the digest states no year: any year matches
            Assert.Empty(Real.OnDate(3, 12));
            Assert.Equal(new[] { new PaperDate(3, 11) }, Real.Dates());
        }

        [Fact]
        public void OnDate_compares_years_only_when_both_have_one()
        {
            PaperCatalog catalog = PaperCatalog.Parse(string.Join("\n",
                "Mar 11, 2024", "", "Old Paper", "", "Short.", "", "Mar 11, 2025", "", "New Paper", "", "Short too.", "", "Mar 11", "", "Yearless", "", "Short."));
            Assert.Empty(catalog.Diagnostics);
            Assert.Equal(new[] { "New Paper", "Yearless" }, catalog.OnDate(new PaperDate(3, 11, 2025)).Select(p => p.Title));
            Assert.Equal(3, catalog.OnDate(3, 11).Count);
            Assert.Equal(
                new[] { new PaperDate(3, 11, 2024), new PaperDate(3, 11, 2025), new PaperDate(3, 11) },
                catalog.Dates());
        }

        [Fact]
        public void Related_excludes_the_paper_itself_and_puts_a_NeRF_paper_first_for_S3IM()
        {
            var related = Real.Related(Rank(7), 5);
            Assert.Equal(5, related.Count);
            Assert.DoesNotContain(Rank(7), related);
            Assert.Contains(related[0].Rank, new[] { 21, 29, 44 });
            Assert.Equal(Ranks(related), Ranks(Real.Related(Rank(7), 5)));
        }

        [Fact]
        public void Related_for_a_graph_paper_is_a_graph_paper()
        {
            Paper top = Real.Related(Rank(11), 1).Single();
            Assert.Contains("Graph", top.Title, StringComparison.Ordinal);
        }

        [Fact]
        public void Related_never_includes_the_paper_and_honours_the_limit_for_every_paper()
        {
            foreach (Paper paper in Real.Papers)
            {
                var related = Real.Related(paper, 3);
                Assert.Equal(3, related.Count);
                Assert.DoesNotContain(paper, related);
                Assert.Equal(related.Count, related.Distinct().Count());
            }

            Assert.Empty(Real.Related(Rank(1), 0));
            Assert.Equal(56, Real.Related(Rank(1), 100).Count);
        }

        [Fact]
        public void Related_rejects_a_negative_limit_like_Search()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Real.Related(Rank(1), -1));
            Assert.Equal("limit", error.ParamName);
        }

        [Fact]
        public void Related_rejects_a_paper_of_another_catalogue()
        {
            var stranger = new Paper(1, "x", "Stranger", null, "Not here.", new PaperDate(1, 1));
            Assert.Throws<ArgumentException>(() => Real.Related(stranger));
        }

        [Fact]
        public void Null_arguments_are_rejected_with_ArgumentNullException()
        {
            Assert.Throws<ArgumentNullException>(() => Real.Find(null!));
            Assert.Throws<ArgumentNullException>(() => Real.Search(null!));
            Assert.Throws<ArgumentNullException>(() => Real.Mentioning(null!));
            Assert.Throws<ArgumentNullException>(() => Real.ByHost(null!));
            Assert.Throws<ArgumentNullException>(() => Real.ByGitHubOwner(null!));
            Assert.Throws<ArgumentNullException>(() => Real.Related(null!));
            Assert.Throws<ArgumentNullException>(() => PaperCatalog.Parse(null!));
            Assert.Throws<ArgumentNullException>(() => PaperCatalog.Load(null!));
        }

        [Fact]
        public void Bundled_catalogue_answers_queries_like_a_runtime_parse()
        {
            Assert.Equal(Real.Search("radiance fields").Select(h => h.Paper), TrendingPapers.Catalog.Search("radiance fields").Select(h => h.Paper));
            Assert.Equal(Real.Find("S3IM"), TrendingPapers.Catalog.Find("S3IM"));
            Assert.Equal(Real.Related(Rank(7)), TrendingPapers.Catalog.Related(TrendingPapers.Catalog.Papers[6]));
        }
    }
}
