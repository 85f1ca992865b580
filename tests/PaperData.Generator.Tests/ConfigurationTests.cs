using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Model;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>Names, hint names and determinism: what the generator derives from where a digest is and how it is set up.</summary>
    public class ConfigurationTests
    {
        [Fact]
        public void Two_papers_txt_in_different_folders_get_different_hint_names()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("ml/papers.txt", TestDigests.Small) { Namespace = "Sample.Ml" })
                .With(new DigestItem("vision/papers.txt", TestDigests.Small) { Namespace = "Sample.Vision" })
                .Run()
                .AssertClean();

            Assert.Equal(2, run.Sources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(run.Sources, s => Assert.StartsWith("Papers.", s.HintName, StringComparison.Ordinal));
        }

        [Fact]
        public void Two_papers_txt_outside_the_project_with_different_namespaces_both_generate()
        {
            // Outside the project folder a digest's relative name is its file name alone: both are "papers.txt".
            GeneratorRun run = new TestProject()
                .With(new DigestItem("/shared/ml/papers.txt", TestDigests.Small) { Namespace = "Sample.Ml" })
                .With(new DigestItem("/shared/vision/papers.txt", TestDigests.Small) { Namespace = "Sample.Vision" })
                .Run()
                .AssertClean();

            Assert.Equal(2, run.Sources.Length);
        }

        [Fact]
        public void Two_papers_txt_outside_the_project_with_the_same_class_are_one_catalogue()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("/shared/ml/papers.txt", TestDigests.Small))
                .With(new DigestItem("/shared/vision/papers.txt", TestDigests.Small))
                .Run()
                .AssertClean("PD0021");

            // The same three papers on the same two days: one class, each paper once, each repeated day reported at the later file.
            Assert.Contains("public const int Count = 3;", Assert.Single(run.Sources).SourceText.ToString(), StringComparison.Ordinal);
            Assert.All(run.Pd("PD0021"), d => Assert.Equal("/shared/vision/papers.txt", d.Location.GetLineSpan().Path));
            Assert.Equal(2, run.Pd("PD0021").Length);
        }

        [Theory]
        [InlineData("daily-papers-mar-11.txt", "DailyPapersMar11")]
        [InlineData("data/papers.txt", "Papers")]
        [InlineData("C:\\repo\\my papers.v2.txt", "MyPapers")]
        [InlineData("3d-scenes.txt", "Digest3dScenes")]
        [InlineData("class.txt", "Class")]
        [InlineData("---.txt", "Papers")]
        public void Default_class_name_comes_from_the_file_name(string path, string expected)
        {
            Assert.Equal(expected, CatalogModelBuilder.DefaultClassName(path));
        }

        [Fact]
        public void Default_class_name_is_used_when_no_ClassName_is_given()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("data/daily-papers-mar-11.txt", TestDigests.Real))
                .Run()
                .AssertClean();

            Assert.Contains("internal static partial class DailyPapersMar11", run.Source("DailyPapersMar11"), StringComparison.Ordinal);
        }

        [Fact]
        public void PaperDataNamespace_and_PaperDataVisibility_set_the_project_defaults()
        {
            var project = new TestProject().With(new DigestItem("papers.txt", TestDigests.Small));
            project.Properties["build_property.PaperDataNamespace"] = "Company.Data";
            project.Properties["build_property.PaperDataVisibility"] = "public";
            string source = project.Run().AssertClean().Source("Papers");

            Assert.Contains("namespace Company.Data", source, StringComparison.Ordinal);
            Assert.Contains("public static partial class Papers", source, StringComparison.Ordinal);
        }

        [Fact]
        public void Line_endings_and_a_byte_order_mark_do_not_change_the_generated_source()
        {
            string lf = TestDigests.Real.Replace("\r\n", "\n");
            string Generate(string text) => new TestProject()
                .With(new DigestItem("data/daily-papers-mar-11.txt", text) { ClassName = "TrendingPapers" })
                .Run()
                .AssertClean()
                .Source("TrendingPapers");

            string expected = Generate(lf);
            Assert.Equal(expected, Generate("\uFEFF" + lf.Replace("\n", "\r\n")));
            Assert.Equal(expected, Generate(lf.Replace("\n", "\r")));
        }

        [Fact]
        public void A_hostile_file_name_is_neutralised_in_the_class_name_and_the_comments()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("data/ev\u202Eil\u2028 name\u0085*.txt", TestDigests.Small))
                .Run()
                .AssertClean();

            GeneratedSourceResult source = Assert.Single(run.Sources);
            Assert.StartsWith("EvIlName.", source.HintName, StringComparison.Ordinal);
            string text = source.SourceText.ToString();
            Assert.Contains("internal static partial class EvIlName", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2028", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0085", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Two_runs_produce_identical_sources_and_identical_assemblies()
        {
            static (string[] Sources, byte[] Image) Build()
            {
                GeneratorRun run = new TestProject()
                    .With(new DigestItem("data/daily-papers-mar-11.txt", TestDigests.Real))
                    .With(new DigestItem("hostile.txt", TestDigests.Hostile) { ClassName = "Hostile" })
                    .Run()
                    .AssertClean();
                using var image = new MemoryStream();
                Assert.True(run.Output.WithAssemblyName("Deterministic").Emit(image).Success);
                string[] sources = run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal)
                    .Select(s => s.HintName + "\n" + s.SourceText.ToString()).ToArray();
                return (sources, image.ToArray());
            }

            (string[] Sources, byte[] Image) first = Build();
            (string[] Sources, byte[] Image) second = Build();
            Assert.Equal(first.Sources, second.Sources);
            Assert.Equal(first.Image, second.Image);
        }
    }
}
