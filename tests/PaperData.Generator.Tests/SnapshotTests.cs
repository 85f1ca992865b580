using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// The generated source, compared line by line with reviewed snapshots (*.verified.cs beside this file).
    /// Each project also compiles cleanly: nullable, XML docs checked, every warning counted. The generator's
    /// version is scrubbed to {version}, so only a real change of the generated code rewrites a snapshot.
    /// </summary>
    public class SnapshotTests
    {
        [Fact]
        public void Real_digest()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("data/daily-papers-mar-11.txt", TestDigests.Real) { ClassName = "TrendingPapers", Visibility = "public" })
                .Run()
                .AssertClean();
            SnapshotAssert.MatchesGenerated(run.Source("TrendingPapers"));
        }

        [Fact]
        public void Small_digest()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("papers/small.txt", TestDigests.Small))
                .Run()
                .AssertClean();
            SnapshotAssert.MatchesGenerated(run.Source("Small"));
        }

        [Fact]
        public void Json_digest()
        {
            // The doc comments gain a line with authors, arXiv id and upvotes where the JSON has them.
            GeneratorRun run = new TestProject()
                .With(new DigestItem("papers/daily.json", JsonSample.Read("daily_papers-2025-03-11.json")) { ClassName = "Daily" })
                .Run()
                .AssertClean();
            SnapshotAssert.MatchesGenerated(run.Source("Daily"));
        }

        [Fact]
        public void Hostile_digest()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("hostile.txt", TestDigests.Hostile) { ClassName = "Hostile", Namespace = "Sample.Attack", Visibility = "public" })
                .Run()
                .AssertClean();
            SnapshotAssert.MatchesGenerated(run.Source("Hostile"));
        }
    }
}
