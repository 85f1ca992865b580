using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// The generated source, compared line by line with reviewed snapshots (*.verified.cs beside this file).
    /// Each project also compiles cleanly: nullable, XML docs checked, every warning counted.
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
            SnapshotAssert.Matches(run.Source("TrendingPapers"));
        }

        [Fact]
        public void Small_digest()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("papers/small.txt", TestDigests.Small))
                .Run()
                .AssertClean();
            SnapshotAssert.Matches(run.Source("Small"));
        }

        [Fact]
        public void Hostile_digest()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("hostile.txt", TestDigests.Hostile) { ClassName = "Hostile", Namespace = "Sample.Attack", Visibility = "public" })
                .Run()
                .AssertClean();
            SnapshotAssert.Matches(run.Source("Hostile"));
        }
    }
}
