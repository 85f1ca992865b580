using System;
using System.Linq;
using System.Text.RegularExpressions;
using PaperData.Core.Parsed;
using PaperData.Core.Reading.Text;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>The parser on the real digest, checked against expectations written from the file itself.</summary>
    public class RealDigestParserTests
    {
        private static readonly ParsedDigest Digest = TextDigestParser.Parse(TestData.RealDigest);

        // The file's physical lines, split here without the parser, to check exact paragraph text.
        private static readonly string[] FileLines = TestData.RealDigest.Split('\n');

        [Fact]
        public void Holds_exactly_57_papers_ranked_1_to_57_with_no_diagnostics()
        {
            Assert.Equal(57, Digest.Papers.Count);
            Assert.Equal(Enumerable.Range(1, 57), Digest.Papers.Select(p => p.Rank));
            Assert.Empty(Digest.Diagnostics);
        }

        [Fact]
        public void Every_title_is_the_expected_one_in_order()
        {
            Assert.Equal(ExpectedRealDigest.Titles, Digest.Papers.Select(p => p.Title));
        }

        [Fact]
        public void Every_title_and_abstract_is_the_exact_text_of_its_line()
        {
            foreach (ParsedPaper paper in Digest.Papers)
            {
                Assert.Equal(FileLines[ExpectedRealDigest.TitleLine(paper.Rank) - 1], paper.Title);
                Assert.Equal(FileLines[ExpectedRealDigest.AbstractLine(paper.Rank) - 1], paper.Abstract);
                Assert.True(paper.Abstract.Length >= 400, paper.Title);
            }
        }

        [Fact]
        public void Every_paper_is_dated_Mar_11_without_a_year()
        {
            Assert.All(Digest.Papers, p => Assert.Equal(new DigestDate(3, 11, null), p.Date));
        }

        [Fact]
        public void Short_names_are_the_one_word_prefixes_and_null_elsewhere()
        {
            var expected = ExpectedRealDigest.ShortNames.ToDictionary(s => s.Rank, s => s.ShortName);
            foreach (ParsedPaper paper in Digest.Papers)
            {
                expected.TryGetValue(paper.Rank, out string? name);
                Assert.True(name == paper.ShortName, $"rank {paper.Rank}: expected '{name}', got '{paper.ShortName}'");
            }
        }

        [Theory]
        [InlineData(16, "Neural Collapse in Deep Linear Networks: From Balanced to Imbalanced Data")]
        [InlineData(2, "Next Block Prediction: Video Generation via Semi-Autoregressive Modeling")]
        [InlineData(6, "Neural Tangent Kernel: Convergence and Generalization in Neural Networks")]
        [InlineData(47, "Show me your NFT and I tell you how it will perform: Multimodal representation learning for NFT selling price prediction")]
        public void Titles_whose_prefix_is_a_phrase_have_no_short_name(int rank, string title)
        {
            ParsedPaper paper = Digest.Papers[rank - 1];
            Assert.Equal(title, paper.Title);
            Assert.Null(paper.ShortName);
        }

        [Fact]
        public void Every_link_is_found_and_repaired_including_the_damaged_ones()
        {
            var actual = Digest.Papers
                .SelectMany(p => p.Links.Select(l => (p.Rank, l.Url, Kind: (LinkKind)(int)l.Kind, l.Owner, l.Repository)))
                .ToArray();
            Assert.Equal(ExpectedRealDigest.Links, actual);
        }

        [Fact]
        public void Sixteen_papers_link_a_GitHub_repository_with_owner_and_name()
        {
            var repositories = Digest.Papers.SelectMany(p => p.Links).Where(l => l.Kind == ParsedLinkKind.Repository).ToList();
            Assert.Equal(16, repositories.Count);
            Assert.All(repositories, l =>
            {
                Assert.Equal("https://github.com/" + l.Owner + "/" + l.Repository, l.Url);
            });
        }

        [Fact]
        public void Ids_are_unique_lowercase_slugs_of_at_most_80_characters()
        {
            var ids = Digest.Papers.Select(p => p.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.All(ids, id => Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*$"), id));
            Assert.All(ids, id => Assert.True(id.Length <= 80, id));
            Assert.Equal("soft-nms-improving-object-detection-with-one-line-of-code", Digest.Papers[55].Id);
            Assert.Equal("tabpfn-a-transformer-that-solves-small-tabular-classification-problems-in-a", Digest.Papers[49].Id);
        }

        [Fact]
        public void Runtime_catalogue_carries_the_same_links_as_absolute_uris()
        {
            PaperCatalog catalog = PaperCatalog.Parse(TestData.RealDigest);
            var actual = catalog.Papers
                .SelectMany(p => p.Links.Select(l => (p.Rank, l.Url.OriginalString, l.Kind, l.Owner, l.Repository)))
                .ToArray();
            Assert.Equal(ExpectedRealDigest.Links.Select(l => (l.Rank, l.Url, l.Kind, l.Owner, l.Repository)), actual);
            Assert.All(catalog.Papers.SelectMany(p => p.Links), l => Assert.True(l.Url.IsAbsoluteUri));
        }
    }
}
