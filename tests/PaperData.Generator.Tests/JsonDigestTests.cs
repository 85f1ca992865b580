using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>JSON digests through the generator: the generated catalogue carries the JSON-only fields.</summary>
    public class JsonDigestTests
    {
        [Fact]
        public void A_json_digest_generates_papers_equal_to_the_runtime_parse_extras_included()
        {
            string json = Sample("daily_papers-2025-03-11.json");
            GeneratorRun run = new TestProject()
                .With(new DigestItem("daily.json", json) { ClassName = "Daily" })
                .Run()
                .AssertClean();

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            PaperCatalog generated = loaded.Static<PaperCatalog>("Sample.Daily", "Catalog");
            PaperCatalog parsed = PaperCatalog.ParseJson(json);

            Assert.NotEmpty(parsed.Papers);
            Assert.Equal(parsed.Papers, generated.Papers);
            Assert.Equal("2503.07459", generated.Papers[0].ArxivId);
            Assert.Equal(2025, generated.Papers[0].PublishedOn?.Year);
            Assert.NotEmpty(generated.Papers[0].Authors);
            Assert.NotEmpty(generated.Papers[0].Keywords);
            Assert.Equal(parsed.TopByUpvotes(2).Select(p => p.Id), generated.TopByUpvotes(2).Select(p => p.Id));

            // The site's fields survive the generated data exactly (values as the sample states them); missing stays null.
            Assert.Equal("SparseLoRA predicts which channels matter per token to speed up fine-tuning.", generated.Papers[0].AiSummary);
            Assert.Equal(new int?[] { 4, 0, 1 }, generated.Papers.Select(p => p.CommentCount));
            Assert.Equal(new int?[] { 512, null, null }, generated.Papers.Select(p => p.GitHubStars));
            Assert.Equal(new[] { "hartmann-lab", null, null }, generated.Papers.Select(p => p.Organization));
            Assert.Null(generated.Papers[2].AiSummary);
            Assert.True(generated.Has(PaperField.GitHubStars));
        }

        [Fact]
        public void Upvotes_of_int_MaxValue_survive_the_generated_data()
        {
            // The data stores upvotes plus one (0 means none): int.MaxValue is stored as 2^31 and must still read back.
            string json = "[{\"id\": \"2502.00001\", \"title\": \"Most liked\", \"summary\": \"A.\", \"publishedAt\": \"2025-03-11\", \"upvotes\": 2147483647,"
                + " \"githubStars\": 2147483647, \"numComments\": 2147483647, \"ai_summary\": \"Sum \\ud83d\\ude80\", \"organization\": {\"name\": \"\u00e9quipe\"}},"
                + " {\"id\": \"2502.00002\", \"title\": \"Least liked\", \"summary\": \"B.\", \"publishedAt\": \"2025-03-11\", \"upvotes\": 0}]";
            GeneratorRun run = new TestProject()
                .With(new DigestItem("votes.json", json) { ClassName = "Votes" })
                .Run()
                .AssertClean();

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            PaperCatalog generated = loaded.Static<PaperCatalog>("Sample.Votes", "Catalog");

            Assert.Equal(new int?[] { int.MaxValue, 0 }, generated.Papers.Select(p => p.Upvotes));
            Assert.Equal(new int?[] { int.MaxValue, null }, generated.Papers.Select(p => p.GitHubStars));
            Assert.Equal(new int?[] { int.MaxValue, null }, generated.Papers.Select(p => p.CommentCount));
            Assert.Equal("Sum \U0001F680", generated.Papers[0].AiSummary); // an escaped surrogate pair, decoded
            Assert.Equal("\u00e9quipe", generated.Papers[0].Organization);
            Assert.Equal(PaperCatalog.ParseJson(json).Papers, generated.Papers);
        }

        [Fact]
        public void Format_metadata_forces_json_and_bad_json_is_PD0010_at_its_line_and_column()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("papers.data", "[\n  {\"title\": \"x\",}\n]\n") { ClassName = "Broken", Format = "json" })
                .Run();

            Diagnostic diagnostic = Assert.Single(run.Pd("PD0010"));
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.EndsWith("papers.data", span.Path);
            Assert.Equal(1, span.StartLinePosition.Line);
        }

        [Fact]
        public void An_unknown_Format_value_is_PD0103()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("papers.txt", TestDigests.Small) { ClassName = "Odd", Format = "xml" })
                .Run();

            Assert.Single(run.Pd("PD0103"));
        }

        [Fact]
        public void Docs_name_at_most_ten_authors_and_show_a_non_arXiv_id_as_code()
        {
            string authors = string.Join(", ", Enumerable.Range(1, 12).Select(i => "{\"name\": \"Author " + i + "\"}"));
            string json = "[{\"id\": \"not<an>id\", \"title\": \"Many hands\", \"summary\": \"A.\", \"publishedAt\": \"2025-03-11\", \"upvotes\": 1, \"authors\": [" + authors + "]},"
                + " {\"title\": \"Nobody\", \"summary\": \"B.\", \"publishedAt\": \"2025-03-11\"}]";
            GeneratorRun run = new TestProject()
                .With(new DigestItem("hands.json", json) { ClassName = "Hands" })
                .Run()
                .AssertClean();

            string source = run.Source("Hands");
            Assert.Contains("/// <para>By Author 1, Author 2, Author 3, Author 4, Author 5, Author 6, Author 7, Author 8, Author 9, Author 10 and 2 more. Id <c>not&lt;an&gt;id</c>. 1 upvote.</para>", source);
            Assert.Single(source.Split('\n'), line => line.Contains("/// <para>By ") || line.Contains("upvote"));
        }

        private static string Sample(string name) => JsonSample.Read(name);
    }

    /// <summary>The JSON samples of tests/PaperData.Tests, read from the source tree.</summary>
    internal static class JsonSample
    {
        public static string Read(string name, [CallerFilePath] string here = "") =>
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "PaperData.Tests", "Json", "samples", name));
    }
}
