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
            Assert.Equal(parsed.MostUpvoted(2).Select(p => p.Id), generated.MostUpvoted(2).Select(p => p.Id));
        }

        [Fact]
        public void Upvotes_of_int_MaxValue_survive_the_generated_data()
        {
            // The data stores upvotes plus one (0 means none): int.MaxValue is stored as 2^31 and must still read back.
            string json = "[{\"id\": \"2502.00001\", \"title\": \"Most liked\", \"summary\": \"A.\", \"publishedAt\": \"2025-03-11\", \"upvotes\": 2147483647},"
                + " {\"id\": \"2502.00002\", \"title\": \"Least liked\", \"summary\": \"B.\", \"publishedAt\": \"2025-03-11\", \"upvotes\": 0}]";
            GeneratorRun run = new TestProject()
                .With(new DigestItem("votes.json", json) { ClassName = "Votes" })
                .Run()
                .AssertClean();

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            PaperCatalog generated = loaded.Static<PaperCatalog>("Sample.Votes", "Catalog");

            Assert.Equal(new int?[] { int.MaxValue, 0 }, generated.Papers.Select(p => p.Upvotes));
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

        private static string Sample(string name, [CallerFilePath] string here = "") =>
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "PaperData.Tests", "Json", "samples", name));
    }
}
