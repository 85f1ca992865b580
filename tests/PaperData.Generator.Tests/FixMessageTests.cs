using System;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// The generator's own PD0102/PD0103 (hosts without the build targets still get them) say which problem it is and
    /// what to write instead.
    /// </summary>
    public class FixMessageTests
    {
        [Theory]
        [InlineData("class", "ClassName 'class' is a C# keyword", "ClassName=\"Class\"")]
        [InlineData("var", "ClassName 'var' is a contextual keyword of C#", "ClassName=\"Var\"")]
        [InlineData("1Papers", "ClassName '1Papers' is not a valid C# identifier", "ClassName=\"Digest1Papers\"")]
        [InlineData("My Papers", "ClassName 'My Papers' is not a valid C# identifier", "ClassName=\"MyPapers\"")]
        public void A_bad_ClassName_names_the_problem_and_a_name_to_write(string className, string problem, string fix)
        {
            string message = OnlyMessage(new DigestItem("papers.txt", TestDigests.Small) { ClassName = className }, "PD0103");

            Assert.Contains(problem, message, StringComparison.Ordinal);
            Assert.Contains(fix, message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_bad_Visibility_says_to_write_public_or_internal()
        {
            string message = OnlyMessage(new DigestItem("papers.txt", TestDigests.Small) { Visibility = "private" }, "PD0103");

            Assert.Contains("Visibility 'private'", message, StringComparison.Ordinal);
            Assert.Contains("Visibility=\"public\" or Visibility=\"internal\"", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_bad_Format_says_to_write_text_or_json()
        {
            string message = OnlyMessage(new DigestItem("papers.txt", TestDigests.Small) { Format = "yaml" }, "PD0103");

            Assert.Contains("Format 'yaml'", message, StringComparison.Ordinal);
            Assert.Contains("Format=\"text\" or Format=\"json\"", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_bad_Namespace_says_what_a_namespace_looks_like()
        {
            string message = OnlyMessage(new DigestItem("papers.txt", TestDigests.Small) { Namespace = "My..Namespace" }, "PD0103");

            Assert.Contains("Namespace 'My..Namespace'", message, StringComparison.Ordinal);
            Assert.Contains("Namespace=\"MyApp.Papers\"", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_that_is_not_there_is_not_found()
        {
            string message = OnlyMessage(new DigestItem("gone-" + Guid.NewGuid().ToString("N") + ".txt", null), "PD0102");

            Assert.Contains("not found", message, StringComparison.Ordinal);
            Assert.DoesNotContain("binary", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_that_exists_but_gives_no_text_cannot_be_read_and_is_not_called_missing()
        {
            string path = Path.Combine(Path.GetTempPath(), "paperdata-locked-" + Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllText(path, TestDigests.Small);
            try
            {
                // The compiler hands the generator no text for a file it could not open (locked, no permission).
                string message = OnlyMessage(new DigestItem(path, null), "PD0102");

                Assert.Contains("exists but cannot be read", message, StringComparison.Ordinal);
                Assert.DoesNotContain("not found", message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_binary_file_is_called_binary_and_not_unreadable()
        {
            string message = OnlyMessage(new DigestItem("image.txt", "\0\0\0PNG\0\0\u0001\u0002" + new string('\0', 400)), "PD0102");

            Assert.Contains("binary, not text", message, StringComparison.Ordinal);
            Assert.DoesNotContain("cannot be read", message, StringComparison.Ordinal);
        }

        private static string OnlyMessage(DigestItem digest, string id)
        {
            GeneratorRun run = new TestProject().With(digest).Run().AssertClean(id);
            Diagnostic diagnostic = Assert.Single(run.Pd(id));
            return diagnostic.GetMessage(CultureInfo.InvariantCulture);
        }
    }
}
