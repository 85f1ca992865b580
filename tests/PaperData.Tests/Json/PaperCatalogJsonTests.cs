using System;
using System.IO;
using System.Linq;
using Xunit;

namespace PaperData.Tests.Json
{
    public class PaperCatalogJsonTests
    {
        private static PaperCatalog Daily => PaperCatalog.Load(JsonSamples.PathOf(JsonSamples.DailyPapers));

        // The three samples as one catalogue: 3 + 1 + 2 papers.
        private static PaperCatalog AllSamples() => new PaperCatalog(
            new[] { JsonSamples.DailyPapers, JsonSamples.SinglePaper, JsonSamples.PaperArray }
                .SelectMany(name => PaperCatalog.Load(JsonSamples.PathOf(name)).Papers));

        [Fact]
        public void Load_reads_json_files_as_json_and_maps_every_extra()
        {
            PaperCatalog catalog = Daily;
            Assert.Empty(catalog.Diagnostics);
            Paper paper = catalog.Papers[0];
            Assert.Equal("2503.07459", paper.ArxivId);
            Assert.Equal(new[] { "Lena Hartmann", "Rafael  Okonkwo", "Mei-Ling Zhou" }, paper.Authors);
            Assert.Equal(new PaperDate(3, 10, 2025), paper.PublishedOn);
            Assert.Equal(new PaperDate(3, 11, 2025), paper.Date);
            Assert.Equal(142, paper.Upvotes);
            Assert.Equal("SparseLoRA predicts which channels matter per token to speed up fine-tuning.", paper.AiSummary);
            Assert.Equal(4, paper.CommentCount);
            Assert.Equal(512, paper.GitHubStars);
            Assert.Equal("hartmann-lab", paper.Organization);
            Assert.Equal(new int?[] { 4, 0, 1 }, catalog.Papers.Select(p => p.CommentCount));
            Assert.Equal(new int?[] { 512, null, null }, catalog.Papers.Select(p => p.GitHubStars));
            Assert.Equal(new[] { "LoRA", "contextual sparsity", "fine-tuning", "large language models" }, paper.Keywords);
            Assert.Equal("hartmann-lab/SparseLoRA", paper.GitHubRepository?.DisplayName);
            Assert.Equal("https://hartmann-lab.github.io/sparselora/", paper.ProjectPage?.Url.OriginalString);
            Assert.True(paper.HasCode);
        }

        [Fact]
        public void ParseJson_and_Parse_with_a_format_agree_with_Load()
        {
            string json = JsonSamples.Read(JsonSamples.DailyPapers);
            Assert.Equal(Daily.Papers, PaperCatalog.ParseJson(json).Papers);
            Assert.Equal(Daily.Papers, PaperCatalog.Parse(json, PaperDigestFormat.Json).Papers);
        }

        [Fact]
        public void A_forced_format_wins_over_the_extension()
        {
            string path = Path.Combine(Path.GetTempPath(), "paperdata-json-" + Guid.NewGuid().ToString("N") + ".txt");
            try
            {
                File.WriteAllText(path, JsonSamples.Read(JsonSamples.SinglePaper));
                Assert.Empty(PaperCatalog.Load(path).Papers); // read as text: no date line
                Assert.Equal("2502.13923", Assert.Single(PaperCatalog.Load(path, PaperDigestFormat.Json).Papers).ArxivId);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Json_diagnostics_carry_the_path_line_and_column()
        {
            PaperCatalog catalog = PaperCatalog.ParseJson("[\n  {\"title\": \"T\"}\n]", "broken.json");
            Assert.Empty(catalog.Papers);
            Assert.True(catalog.HasErrors);
            Assert.StartsWith("broken.json(2,3): error PD0012: ", Assert.Single(catalog.Diagnostics).ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Text_digests_keep_the_extras_empty()
        {
            Assert.All(TrendingPapers.All, p =>
            {
                Assert.Null(p.ArxivId);
                Assert.Empty(p.Authors);
                Assert.Null(p.PublishedOn);
                Assert.Null(p.Upvotes);
                Assert.Empty(p.Keywords);
            });
        }

        [Fact]
        public void Equality_covers_the_extras()
        {
            var date = new PaperDate(3, 11, 2025);
            Paper Make(int? upvotes, params string[] authors) =>
                new Paper(1, "t", "T", null, "A.", date)
                {
                    ArxivId = "2503.00001",
                    Authors = authors,
                    PublishedOn = date,
                    Upvotes = upvotes,
                    Keywords = new[] { "k" },
                };
            Assert.Equal(Make(5, "A", "B"), Make(5, "A", "B"));
            Assert.NotEqual(Make(5, "A", "B"), Make(6, "A", "B"));
            Assert.NotEqual(Make(5, "A", "B"), Make(5, "B", "A"));
            Assert.NotEqual(Make(null, "A"), new Paper(1, "t", "T", null, "A.", date));
            Assert.Equal(new Paper(1, "t", "T", null, "A.", date), new Paper(1, "t", "T", null, "A.", date) { Authors = null!, Keywords = null! });
            Assert.True(Make(5, "A") == Make(5, "A"));
            Assert.True(Make(5, "A") != Make(6, "A"));
        }

        [Theory]
        [InlineData("Lena Hartmann", new[] { 1, 3 })]
        [InlineData("lena   HARTMANN", new[] { 1, 3 })]
        [InlineData("rafael okonkwo", new[] { 1 })]
        [InlineData("Hartmann", new int[0])]
        public void ByAuthor_matches_whole_names_ignoring_case_and_spacing(string name, int[] ranks)
        {
            Assert.Equal(ranks, Daily.ByAuthor(name).Select(p => p.Rank));
        }

        [Theory]
        [InlineData("2502.13923")]
        [InlineData("arXiv:2502.13923")]
        [InlineData("2502.13923v3")]
        [InlineData("https://arxiv.org/abs/2502.13923v2")]
        [InlineData("https://arxiv.org/pdf/2502.13923v2.pdf")]
        [InlineData("arxiv.org/pdf/2502.13923")]
        [InlineData("https://huggingface.co/papers/2502.13923")]
        public void FindByArxivId_accepts_ids_and_urls(string idOrUrl)
        {
            Assert.Equal("Qwen-Math-RL", AllSamples().FindByArxivId(idOrUrl)?.ShortName);
        }

        [Theory]
        [InlineData("2502.99999")]
        [InlineData("not an id")]
        [InlineData("https://example.org/abs/2502.13923")]
        public void FindByArxivId_returns_null_for_unknown_or_foreign_ids(string idOrUrl)
        {
            Assert.Null(AllSamples().FindByArxivId(idOrUrl));
        }

        [Fact]
        [Obsolete("Tests the obsolete queries, which must keep working.")]
        public void Published_filters_by_year_and_month_of_the_arXiv_date()
        {
            PaperCatalog catalog = AllSamples();
            Assert.Equal(6, catalog.Published(2025).Count);
            Assert.Equal(new[] { "SparseLoRA", "Neural Collapse in Deep Linear Networks: From Balanced to Imbalanced Data", "TabFlow" },
                catalog.Published(2025, 3).Select(p => p.DisplayName));
            Assert.Equal(3, catalog.Published(2025, 2).Count);
            Assert.Empty(catalog.Published(2024));
            Assert.Throws<ArgumentOutOfRangeException>(() => catalog.Published(2025, 13));
        }

        [Fact]
        [Obsolete("Tests the obsolete queries, which must keep working.")]
        public void Between_includes_both_bounds_and_needs_years()
        {
            PaperCatalog catalog = AllSamples();
            Assert.Equal(new[] { "Qwen-Math-RL", "VidTok", "Scaling Test-Time Compute Without Verifiers" },
                catalog.Between(new PaperDate(2, 16, 2025), new PaperDate(2, 19, 2025)).Select(p => p.DisplayName));
            Assert.Equal(2, catalog.Between(new PaperDate(3, 9, 2025), new PaperDate(3, 10, 2025)).Count);
            Assert.Throws<ArgumentException>(() => catalog.Between(new PaperDate(3, 9), new PaperDate(3, 10, 2025)));
        }

        [Fact]
        [Obsolete("Tests the obsolete queries, which must keep working.")]
        public void MostUpvoted_sorts_by_upvotes_and_keeps_digest_order_for_ties()
        {
            PaperCatalog catalog = AllSamples();
            Assert.Equal(new[] { "SparseLoRA", "TabFlow", "Qwen-Math-RL" }, catalog.MostUpvoted(3).Select(p => p.DisplayName));
            Assert.Equal(6, catalog.MostUpvoted(100).Count);
            Assert.Equal(0, catalog.MostUpvoted(100).Last().Upvotes);
            Assert.Empty(catalog.MostUpvoted(0));
            Assert.Empty(TrendingPapers.Catalog.MostUpvoted(10));
        }

        [Fact]
        [Obsolete("Tests the obsolete queries, which must keep working.")]
        public void A_mixed_text_and_json_catalogue_answers_every_query()
        {
            PaperCatalog text = PaperCatalog.Load(TestData.RealDigestPath);
            PaperCatalog json = Daily;
            var mixed = new PaperCatalog(text.Papers.Concat(json.Papers), text.Diagnostics.Concat(json.Diagnostics));

            Assert.Equal(57 + 3, mixed.Count);
            Assert.Empty(mixed.Diagnostics);
            Assert.Equal(new[] { "2503.07459", "2503.05987" }, mixed.ByAuthor("Lena Hartmann").Select(p => p.ArxivId));
            Assert.Same(json.Papers[2], mixed.FindByArxivId("https://arxiv.org/abs/2503.05987"));
            // The same paper is in both digests: Find keeps digest order (the text one), the arXiv id finds the record.
            const string sharedTitle = "Neural Collapse in Deep Linear Networks: From Balanced to Imbalanced Data";
            Assert.Null(mixed.Find(sharedTitle)!.ArxivId);
            Assert.Equal(sharedTitle, mixed.FindByArxivId("2503.06520")!.Title);
            Assert.Equal(2, mixed.Mentioning("neural collapse").Count(p => p.Title == sharedTitle));
            Assert.Equal(3, mixed.Published(2025, 3).Count); // the text digest's "Mar 11" has no year
            Assert.Contains(mixed.Search("SparseLoRA contextual sparsity", 3), hit => hit.Paper.ArxivId == "2503.07459");
            Assert.Contains(json.Papers[0], mixed.WithCode());
            Assert.True(mixed.WithCode().Count > 3);
            Assert.Equal(new[] { json.Papers[0] }, mixed.ByGitHubOwner("hartmann-lab"));
            Assert.Contains(new PaperDate(3, 11, 2025), mixed.Dates());
            Assert.Contains(new PaperDate(3, 11), mixed.Dates());
        }
    }
}
