using System.Globalization;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
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
            Assert.Contains("not text", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            Assert.Contains("public const int Count = 3;", run.Source("Small"), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_on_disk_over_the_size_limit_gets_PD0101_without_being_read()
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "paperdata-big-" + System.Guid.NewGuid().ToString("N") + ".txt");
            System.IO.File.WriteAllText(path, TestDigests.Small + new string(' ', 5000));
            try
            {
                // The AdditionalText throws when read: the size check must decide before any reading.
                var project = new TestProject().With(new DigestItem(path, null) { ClassName = "Big", CustomFile = p => new ThrowingAdditionalText(p) });
                project.Properties["build_property.PaperDataMaxDigestBytes"] = "4096";
                GeneratorRun run = project.Run().AssertClean("PD0101");

                Diagnostic diagnostic = Assert.Single(run.Pd("PD0101"));
                Assert.Contains(" bytes, above the PaperDataMaxDigestBytes limit of 4096", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
                Assert.Empty(run.Pd("PD0199"));
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }
    }
}
