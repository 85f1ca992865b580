using System.Linq;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Json;
using Xunit;

namespace PaperData.Tests.Json
{
    /// <summary>The site's own fields: ai_summary, numComments, githubStars, organization. Missing stays null, never 0 or "".</summary>
    public class JsonSiteFieldsTests
    {
        private const string Minimal = "\"title\": \"T\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11\"";

        private static ParsedDigest Parse(string json) => JsonDigestParser.Parse(json, TestContext.Current.CancellationToken);

        private static PaperExtras Single(string json)
        {
            ParsedDigest digest = Parse(json);
            Assert.Empty(digest.Diagnostics);
            return Assert.Single(digest.Papers).Extras;
        }

        [Fact]
        public void The_sample_keeps_summary_comments_stars_and_organization_and_leaves_missing_ones_null()
        {
            ParsedDigest digest = Parse(JsonSamples.Read(JsonSamples.DailyPapers));
            Assert.Empty(digest.Diagnostics);

            // Values as the sample file states them (paper.ai_summary, item numComments, paper.githubStars, paper.organization.name).
            PaperExtras first = digest.Papers[0].Extras;
            Assert.Equal("SparseLoRA predicts which channels matter per token to speed up fine-tuning.", first.AiSummary);
            Assert.Equal(4, first.CommentCount);
            Assert.Equal(512, first.GitHubStars);
            Assert.Equal("hartmann-lab", first.Organization);

            // The second item has githubStars: null, numComments: 0 and no organization; the third has neither stars nor summary.
            Assert.Equal(new int?[] { 4, 0, 1 }, digest.Papers.Select(p => p.Extras.CommentCount));
            Assert.Equal(new int?[] { 512, null, null }, digest.Papers.Select(p => p.Extras.GitHubStars));
            Assert.Null(digest.Papers[1].Extras.Organization);
            Assert.Null(digest.Papers[2].Extras.AiSummary);
        }

        [Fact]
        public void A_record_without_the_fields_has_them_null()
        {
            PaperExtras extras = Single("{" + Minimal + "}");
            Assert.Null(extras.AiSummary);
            Assert.Null(extras.CommentCount);
            Assert.Null(extras.GitHubStars);
            Assert.Null(extras.Organization);
        }

        [Fact]
        public void Explicit_nulls_and_a_blank_summary_stay_null_but_zero_counts_stay_zero()
        {
            PaperExtras extras = Single("{" + Minimal + ", \"ai_summary\": \"  \", \"numComments\": 0, \"githubStars\": 0, \"organization\": null}");
            Assert.Null(extras.AiSummary);
            Assert.Equal(0, extras.CommentCount);
            Assert.Equal(0, extras.GitHubStars);
            Assert.Null(extras.Organization);
        }

        [Fact]
        public void The_item_numComments_wins_and_the_paper_one_is_the_fallback()
        {
            string paper = "{" + Minimal + ", \"numComments\": 3}";
            Assert.Equal(9, Single("[{\"paper\": " + paper + ", \"numComments\": 9}]").CommentCount);
            Assert.Equal(3, Single("[{\"paper\": " + paper + ", \"numComments\": null}]").CommentCount);
        }

        [Fact]
        public void Organization_is_the_name_else_the_fullname_else_the_item_organization()
        {
            Assert.Equal("acme", Single("{" + Minimal + ", \"organization\": {\"name\": \"acme\", \"fullname\": \"Acme Research\"}}").Organization);
            Assert.Equal("Acme Research", Single("{" + Minimal + ", \"organization\": {\"fullname\": \"Acme Research\"}}").Organization);
            Assert.Equal("item-org", Single("[{\"paper\": {" + Minimal + "}, \"organization\": {\"name\": \"item-org\"}}]").Organization);
        }

        [Fact]
        public void The_summary_is_joined_into_one_line_like_an_abstract()
        {
            Assert.Equal("Line one and line two.", Single("{" + Minimal + ", \"ai_summary\": \"Line one\\n  and line two.\"}").AiSummary);
        }

        [Theory]
        [InlineData("githubStars", "\"12\"")]
        [InlineData("githubStars", "-1")]
        [InlineData("githubStars", "1.2e3")]
        [InlineData("numComments", "true")]
        [InlineData("numComments", "99999999999")]
        [InlineData("ai_summary", "42")]
        [InlineData("organization", "\"acme\"")]
        public void A_field_of_the_wrong_type_is_PD0015_at_the_value_and_null(string field, string value)
        {
            string json = "{" + Minimal + ", \"" + field + "\": " + value + "}";
            ParsedDigest digest = Parse(json);
            PaperExtras extras = Assert.Single(digest.Papers).Extras;
            Assert.Null(field switch
            {
                "githubStars" => (object?)extras.GitHubStars,
                "numComments" => extras.CommentCount,
                "ai_summary" => extras.AiSummary,
                _ => extras.Organization,
            });
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            Assert.Equal((DiagnosticIds.IgnoredJsonField, DigestSeverity.Warning), (d.Id, d.Severity));
            Assert.Equal(json.LastIndexOf(value, System.StringComparison.Ordinal) + 1, d.Column);
        }
    }
}
