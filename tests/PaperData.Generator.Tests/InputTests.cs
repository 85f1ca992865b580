using Microsoft.CodeAnalysis;
using PaperData.Generator.Tests.Harness;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>What the generator does with files that are not digests at all.</summary>
    public class InputTests
    {
        [Fact]
        public void A_binary_file_listed_as_a_digest_is_PD0102_and_generates_nothing()
        {
            var random = new System.Random(7);
            char[] junk = new char[4000];
            for (int i = 0; i < junk.Length; i++) junk[i] = i % 3 == 0 ? '\0' : (char)random.Next(1, 0x7F);

            GeneratorRun run = new TestProject()
                .With(new DigestItem("image.txt", new string(junk)) { ClassName = "Image" })
                .With(new DigestItem("small.txt", TestDigests.Small) { ClassName = "Small" })
                .Run()
                .AssertClean("PD0102");

            Diagnostic diagnostic = Assert.Single(run.Pd("PD0102"));
            Assert.Contains("not text", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            Assert.Contains("public const int Count = 3;", run.Source("Small"), System.StringComparison.Ordinal);
        }
    }
}
