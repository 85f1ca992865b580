using System;
using System.Linq;
using System.Threading;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Json;
using Xunit;

namespace PaperData.Tests.Json
{
    public class JsonDigestParserTests
    {
        private static ParsedDigest Parse(string json) => JsonDigestParser.Parse(json, TestContext.Current.CancellationToken);

        [Fact]
        public void Daily_papers_items_become_papers_with_item_dates_and_every_extra()
        {
            ParsedDigest digest = Parse(JsonSamples.Read(JsonSamples.DailyPapers));
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(new[] { 1, 2, 3 }, digest.Papers.Select(p => p.Rank));

            ParsedPaper first = digest.Papers[0];
            Assert.Equal("SparseLoRA: Accelerating LLM Fine-Tuning with Contextual Sparsity", first.Title);
            Assert.Equal("SparseLoRA", first.ShortName);
            Assert.Equal("sparselora-accelerating-llm-fine-tuning-with-contextual-sparsity", first.Id);
            Assert.StartsWith("Fine-tuning large language models is expensive because every step touches all weights. We observe", first.Abstract, StringComparison.Ordinal);
            Assert.EndsWith("Code is available at https://github.com/hartmann-lab/SparseLoRA.", first.Abstract, StringComparison.Ordinal);
            Assert.Equal(new DigestDate(3, 11, 2025), first.Date);
            Assert.Equal(
                new PaperExtras("2503.07459", new EquatableArray<string>(new[] { "Lena Hartmann", "Rafael  Okonkwo", "Mei-Ling Zhou" }),
                    new DigestDate(3, 10, 2025), 142,
                    new EquatableArray<string>(new[] { "LoRA", "contextual sparsity", "fine-tuning", "large language models" }))
                {
                    AiSummary = "SparseLoRA predicts which channels matter per token to speed up fine-tuning.",
                    CommentCount = 4,
                    GitHubStars = 512,
                    Organization = "hartmann-lab",
                },
                first.Extras);

            // githubRepo, then projectPage; the same repository in the abstract is not repeated.
            Assert.Equal(
                new[]
                {
                    new ParsedLink("https://github.com/hartmann-lab/SparseLoRA", ParsedLinkKind.Repository, "hartmann-lab", "SparseLoRA"),
                    new ParsedLink("https://hartmann-lab.github.io/sparselora/", ParsedLinkKind.ProjectPage, "hartmann-lab", null),
                },
                first.Links);
        }

        [Fact]
        public void Nulls_missing_fields_and_unknown_fields_leave_extras_empty_without_complaint()
        {
            ParsedPaper second = Parse(JsonSamples.Read(JsonSamples.DailyPapers)).Papers[1];
            Assert.Null(second.ShortName);
            Assert.Empty(second.Links);
            Assert.Empty(second.Extras.Keywords);
            Assert.Equal(37, second.Extras.Upvotes);
            Assert.Equal(new[] { "Tomás Ferreira", "Aiko Tanaka" }, second.Extras.Authors);
            // Paragraphs of a summary join into one, as a text digest holds an abstract.
            Assert.Contains("we characterise exactly. Experiments on CIFAR-10", second.Abstract, StringComparison.Ordinal);
        }

        [Fact]
        public void A_project_page_on_any_host_is_a_project_page_and_abstract_links_follow_the_fields()
        {
            ParsedPaper third = Parse(JsonSamples.Read(JsonSamples.DailyPapers)).Papers[2];
            Assert.Equal(
                new[]
                {
                    new ParsedLink("https://github.com/praman/tabflow", ParsedLinkKind.Repository, "praman", "tabflow"),
                    new ParsedLink("https://tabflow.dev", ParsedLinkKind.ProjectPage, null, null),
                    new ParsedLink("https://tabflow.dev/demo", ParsedLinkKind.Other, null, null),
                },
                third.Links);
        }

        [Fact]
        public void A_paper_object_at_the_top_level_uses_submittedOnDailyAt_as_its_date()
        {
            ParsedDigest digest = Parse(JsonSamples.Read(JsonSamples.SinglePaper));
            Assert.Empty(digest.Diagnostics);
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal("Qwen-Math-RL", paper.ShortName);
            Assert.Equal(new DigestDate(2, 20, 2025), paper.Date);
            Assert.Equal(new DigestDate(2, 19, 2025), paper.Extras.PublishedOn);
            Assert.Equal("2502.13923", paper.Extras.ArxivId);
            Assert.Equal(new[] { "Sofia Lindqvist", "Daniel Osei", "Hyun-woo Park" }, paper.Extras.Authors); // hidden included
            Assert.Equal(88, paper.Extras.Upvotes);
            Assert.StartsWith("We train a 7B model", paper.Abstract, StringComparison.Ordinal);
            Assert.EndsWith("released at https://github.com/slindqvist/qwen-math-rl.", paper.Abstract, StringComparison.Ordinal);
            // An empty projectPage is no link; the repository appears once.
            Assert.Equal(new[] { "https://github.com/slindqvist/qwen-math-rl" }, paper.Links.Select(l => l.Url));
        }

        [Fact]
        public void An_array_of_paper_objects_falls_back_to_publishedAt_and_keeps_zero_upvotes()
        {
            ParsedDigest digest = Parse(JsonSamples.Read(JsonSamples.PaperArray));
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(2, digest.Papers.Count);
            Assert.Equal(new DigestDate(2, 17, 2025), digest.Papers[0].Date);
            Assert.Equal(new DigestDate(2, 17, 2025), digest.Papers[1].Date);
            Assert.Equal(0, digest.Papers[1].Extras.Upvotes);
            Assert.Empty(digest.Papers[1].Extras.Authors);
            Assert.Equal("VidTok", digest.Papers[0].ShortName);
        }

        [Fact]
        public void The_content_hash_follows_the_text_digest_rule_so_line_endings_do_not_matter()
        {
            string json = JsonSamples.Read(JsonSamples.SinglePaper).Replace("\r\n", "\n");
            Assert.Equal(Parse(json).ContentHash, Parse(json.Replace("\n", "\r\n")).ContentHash);
            Assert.Equal(64, Parse(json).ContentHash.Length);
        }

        [Fact]
        public void Item_fields_win_over_paper_fields()
        {
            ParsedPaper paper = Assert.Single(Parse(
                "[{\"title\": \"Item Title\", \"summary\": \"Item summary.\", \"publishedAt\": \"2025-03-12\","
                + " \"paper\": {\"id\": \"2503.00001\", \"title\": \"Paper Title\", \"summary\": \"Paper summary.\", \"publishedAt\": \"2025-03-01T00:00:00Z\"}}]").Papers);
            Assert.Equal("Item Title", paper.Title);
            Assert.Equal("Item summary.", paper.Abstract);
            Assert.Equal(new DigestDate(3, 12, 2025), paper.Date);
            Assert.Equal(new DigestDate(3, 1, 2025), paper.Extras.PublishedOn);
        }

        [Fact]
        public void An_item_whose_paper_is_null_uses_its_own_fields()
        {
            ParsedDigest digest = Parse("[{\"paper\": null, \"title\": \"T\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11T00:00:00.000Z\"}]");
            Assert.Empty(digest.Diagnostics);
            Assert.Equal(PaperExtras.None, Assert.Single(digest.Papers).Extras);
        }

        [Fact]
        public void Not_JSON_is_PD0010_at_the_error_and_nothing_is_read()
        {
            DigestDiagnostic d = Assert.Single(Parse("[\n  {\"title\": \"A\",}\n]").Diagnostics);
            Assert.Equal((DiagnosticIds.InvalidJson, DigestSeverity.Error, 2, 17), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Contains("trailing comma", d.Message, StringComparison.Ordinal);

            ParsedDigest text = Parse("Mar 11\n\nA title\n\nAn abstract.");
            Assert.Empty(text.Papers);
            Assert.Equal(DiagnosticIds.InvalidJson, Assert.Single(text.Diagnostics).Id);
        }

        [Fact]
        public void Ten_thousand_levels_of_nesting_are_PD0010_not_a_crash()
        {
            DigestDiagnostic d = Assert.Single(Parse(new string('[', 10_000)).Diagnostics);
            Assert.Equal((DiagnosticIds.InvalidJson, 1, 65), (d.Id, d.Line, d.Column));
            Assert.Contains("deeper than 64", d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_lone_surrogate_escape_is_PD0010()
        {
            DigestDiagnostic d = Assert.Single(Parse("[{\"title\": \"Bad \\uD800 title\", \"summary\": \"S.\"}]").Diagnostics);
            Assert.Equal((DiagnosticIds.InvalidJson, 1, 17), (d.Id, d.Line, d.Column));
        }

        [Theory]
        [InlineData("\"just a string\"", "a string")]
        [InlineData("42", "the number 42")]
        [InlineData("{\"error\": \"Not Found\"}", "an error response from the site ('Not Found')")]
        [InlineData("{\"count\": 3}", "an object without 'paper'")]
        public void A_top_level_value_of_another_shape_is_PD0011(string json, string found)
        {
            DigestDiagnostic d = Assert.Single(Parse(json).Diagnostics);
            Assert.Equal((DiagnosticIds.UnexpectedJsonShape, DigestSeverity.Error, 1, 1), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Contains("the JSON is " + found, d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Array_elements_of_another_shape_are_PD0011_and_the_rest_is_read()
        {
            ParsedDigest digest = Parse("[\n  3,\n  {\"title\": \"Kept\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11\"},\n  {\"thumbnail\": null}\n]");
            Assert.Equal("Kept", Assert.Single(digest.Papers).Title);
            Assert.Equal(1, digest.Papers[0].Rank);
            Assert.Equal(
                new[] { (DiagnosticIds.UnexpectedJsonShape, 2, 3), (DiagnosticIds.UnexpectedJsonShape, 4, 3) },
                digest.Diagnostics.Select(d => (d.Id, d.Line, d.Column)));
            Assert.Contains("element 1 of the array is the number 3", digest.Diagnostics[0].Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\"paper\": {\"id\": \"2503.1\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11\"}}", "no title")]
        [InlineData("{\"title\": \"T\", \"summary\": null, \"publishedAt\": \"2025-03-11\"}", "'T' has no summary")]
        [InlineData("{\"title\": \"T\", \"summary\": \"  \\n \", \"publishedAt\": \"2025-03-11\"}", "'T' has no summary")]
        [InlineData("{\"title\": \"T\", \"summary\": \"S.\"}", "'T' has no readable date")]
        [InlineData("{\"id\": \"2503.1\"}", "'2503.1' has no title, no summary, no readable date")]
        public void A_record_without_title_summary_or_date_is_PD0012_at_its_brace_and_left_out(string record, string message)
        {
            ParsedDigest digest = Parse("[\n  " + record + "\n]");
            Assert.Empty(digest.Papers);
            DigestDiagnostic d = digest.Diagnostics.Single(x => x.Id == DiagnosticIds.IncompleteJsonPaper);
            Assert.Equal((DigestSeverity.Error, 2, 3, 2, 4), (d.Severity, d.Line, d.Column, d.EndLine, d.EndColumn));
            Assert.Contains(message, d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_duplicate_arXiv_id_is_PD0013_and_both_papers_are_kept_with_distinct_ids()
        {
            string record = "{\"id\": \"2503.07459\", \"title\": \"Same Paper\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-10\"}";
            ParsedDigest digest = Parse("[\n" + record + ",\n" + record.Replace("2503.07459", "arXiv:2503.07459v2") + "\n]");
            Assert.Equal(new[] { "same-paper", "same-paper-2" }, digest.Papers.Select(p => p.Id));
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            Assert.Equal((DiagnosticIds.DuplicateArxivId, DigestSeverity.Warning, 3, 8), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Contains("first seen on line 2", d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_duplicate_title_under_different_ids_is_PD0004()
        {
            ParsedDigest digest = Parse("[{\"id\": \"2503.1\", \"title\": \"T\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-10\"},\n"
                + " {\"id\": \"2503.2\", \"title\": \"t\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-10\"}]");
            Assert.Equal(2, digest.Papers.Count);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            Assert.Equal((DiagnosticIds.DuplicateTitle, 2, 28), (d.Id, d.Line, d.Column));
        }

        [Fact]
        public void An_unreadable_date_is_PD0014_and_the_next_date_field_is_used()
        {
            ParsedDigest digest = Parse("[{\"publishedAt\": \"2025-02-30T00:00:00Z\", \"title\": \"T\", \"summary\": \"S.\",\n"
                + " \"paper\": {\"submittedOnDailyAt\": \"yesterday\", \"publishedAt\": \"2025-02-28T23:59:59.000Z\"}}]");
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal(new DigestDate(2, 28, 2025), paper.Date);
            Assert.Equal(
                new[] { (DiagnosticIds.UnreadableJsonDate, 1, 18), (DiagnosticIds.UnreadableJsonDate, 2, 34) },
                digest.Diagnostics.Select(d => (d.Id, d.Line, d.Column)));
            Assert.Contains("day 30 of February 2025, which does not exist", digest.Diagnostics[0].Message, StringComparison.Ordinal);
            Assert.Contains("'yesterday' is not an ISO 8601 date", digest.Diagnostics[1].Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("1e999")]
        [InlineData("99999999999999999999")]
        [InlineData("-3")]
        [InlineData("12.5")]
        [InlineData("\"12\"")]
        public void Upvotes_that_are_no_whole_number_in_range_are_PD0015_and_ignored(string upvotes)
        {
            ParsedDigest digest = Parse("{\"title\": \"T\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11\", \"upvotes\": " + upvotes + "}");
            Assert.Null(Assert.Single(digest.Papers).Extras.Upvotes);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            Assert.Equal((DiagnosticIds.IgnoredJsonField, DigestSeverity.Warning, 1, 73), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Equal(73 + upvotes.Length, d.EndColumn);
        }

        [Fact]
        public void Fields_of_the_wrong_type_are_PD0015_and_the_rest_of_the_record_is_kept()
        {
            ParsedDigest digest = Parse("{\"title\": \"T\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11\",\n"
                + "\"authors\": [{\"name\": \"A\"}, {\"name\": 7}, \"B\"],\n"
                + "\"ai_keywords\": \"not a list\", \"id\": 2503.07459, \"githubRepo\": [\"x\"]}");
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal(new[] { "A" }, paper.Extras.Authors);
            Assert.Empty(paper.Extras.Keywords);
            Assert.Null(paper.Extras.ArxivId);
            Assert.Equal(
                new[] { (2, 28), (2, 41), (3, 16), (3, 36), (3, 62) },
                digest.Diagnostics.Select(d => (d.Line, d.Column)));
            Assert.All(digest.Diagnostics, d => Assert.Equal(DiagnosticIds.IgnoredJsonField, d.Id));
        }

        [Fact]
        public void A_githubRepo_that_is_no_link_is_PD0006()
        {
            ParsedDigest digest = Parse("{\"title\": \"T\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11\", \"githubRepo\": \"owner/repo\"}");
            Assert.Empty(Assert.Single(digest.Papers).Links);
            DigestDiagnostic d = Assert.Single(digest.Diagnostics);
            Assert.Equal((DiagnosticIds.UnrepairableLink, 1, 76), (d.Id, d.Line, d.Column));
        }

        [Fact]
        public void A_flood_of_bad_elements_lists_100_diagnostics_and_sums_up_the_rest()
        {
            ParsedDigest digest = Parse("[" + string.Join(",\n", Enumerable.Repeat("1", 100_000)) + "]");
            Assert.Empty(digest.Papers);
            Assert.Equal(101, digest.Diagnostics.Count);
            Assert.All(digest.Diagnostics, d => Assert.Equal(DiagnosticIds.UnexpectedJsonShape, d.Id));
            DigestDiagnostic last = digest.Diagnostics[100];
            Assert.Equal((101, 1), (last.Line, last.Column));
            Assert.StartsWith("99900 more PD0011 problems from here on are not listed", last.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_empty_array_is_PD0001()
        {
            DigestDiagnostic d = Assert.Single(Parse("\n  [ ]").Diagnostics);
            Assert.Equal((DiagnosticIds.EmptyDigest, DigestSeverity.Warning, 2, 3, 2, 6), (d.Id, d.Severity, d.Line, d.Column, d.EndLine, d.EndColumn));
        }

        [Fact]
        public void Hostile_text_is_kept_exactly_huge_strings_and_replacement_characters_included()
        {
            string huge = string.Concat(Enumerable.Repeat("Long abstract sentence. ", 200_000));
            ParsedDigest digest = Parse("{\"title\": \"Broken \uFFFD bytes\", \"summary\": \"" + huge + "\", \"publishedAt\": \"2025-03-11\"}");
            ParsedPaper paper = Assert.Single(digest.Papers);
            Assert.Equal("Broken \uFFFD bytes", paper.Title);
            Assert.Equal(huge.Trim(), paper.Abstract);
            Assert.Empty(digest.Diagnostics);
        }

        [Fact]
        public void Cancellation_propagates()
        {
            string many = "[" + string.Join(",", Enumerable.Repeat("{\"title\": \"T\", \"summary\": \"S.\", \"publishedAt\": \"2025-03-11\"}", 2_000)) + "]";
            Assert.Throws<OperationCanceledException>(() => JsonDigestParser.Parse(many, new CancellationToken(canceled: true)));
        }

        [Theory]
        [InlineData("digest.json", null, PaperDigestFormat.Json)]
        [InlineData("DIGEST.JSON", null, PaperDigestFormat.Json)]
        [InlineData("digest.txt", null, PaperDigestFormat.Text)]
        [InlineData(null, null, PaperDigestFormat.Text)]
        [InlineData("digest.txt", PaperDigestFormat.Json, PaperDigestFormat.Json)]
        [InlineData("digest.json", PaperDigestFormat.Text, PaperDigestFormat.Text)]
        public void The_reader_chooses_by_extension_unless_forced(string? path, PaperDigestFormat? forced, PaperDigestFormat expected)
        {
            Assert.Equal((DigestFormat)expected, DigestReader.FormatOf(path, (DigestFormat?)forced));
        }

        [Fact]
        public void The_reader_dispatches_to_the_chosen_parser()
        {
            string json = JsonSamples.Read(JsonSamples.PaperArray);
            Assert.Equal(2, DigestReader.Parse(json, "x.json", null, TestContext.Current.CancellationToken).Papers.Count);
            Assert.Equal(DiagnosticIds.InvalidJson, DigestReader.Parse("Mar 11\n\nT\n\nAn abstract.", "x.txt", DigestFormat.Json, TestContext.Current.CancellationToken).Diagnostics[0].Id);
            Assert.Single(DigestReader.Parse("Mar 11\n\nT\n\nAn abstract.", "x.json", DigestFormat.Text, TestContext.Current.CancellationToken).Papers);
        }

        [Theory]
        [InlineData(null, true, null)]
        [InlineData(" ", true, null)]
        [InlineData("JSON", true, PaperDigestFormat.Json)]
        [InlineData("text", true, PaperDigestFormat.Text)]
        [InlineData("txt", true, PaperDigestFormat.Text)]
        [InlineData("xml", false, null)]
        public void Format_metadata_reads_json_or_text(string? value, bool valid, PaperDigestFormat? expected)
        {
            Assert.Equal(valid, DigestReader.TryReadFormat(value, out DigestFormat? format));
            Assert.Equal((DigestFormat?)expected, format);
        }
    }
}
