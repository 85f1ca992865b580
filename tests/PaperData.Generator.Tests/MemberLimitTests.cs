using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Pipeline;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// PaperDataMaxMembers: above it a catalogue class keeps Count, ContentHash, All, Catalog and the data, and gets
    /// no property, Key, Titles or Get per paper (PD0111, information, once); at or below it nothing changes.
    /// </summary>
    public class MemberLimitTests
    {
        private const string Limit = "build_property.PaperDataMaxMembers";

        /// <summary>Five papers on one day, each title a short name the members would be named after.</summary>
        private static readonly string Five = FiveDigest();

        private static string FiveDigest()
        {
            var text = new StringBuilder("Daily Papers\n\nMar 11, 2025\n\n");
            string[] names = { "Alpha", "Bravo", "Charlie", "Delta", "Echo" };
            foreach (string name in names)
            {
                text.Append(name).Append(": Learning ").Append(name.ToLowerInvariant()).Append(" Representations at Scale\n\n")
                    .Append("We study ").Append(name.ToLowerInvariant()).Append(" representations on large benchmarks. ")
                    .Append("Our method improves accuracy over strong baselines. Code and models are released.\n\n");
            }

            return text.ToString();
        }

        private static GeneratorRun Run(string? limit, string text = "", bool warningsAsErrors = true)
        {
            var project = new TestProject { WarningsAsErrors = warningsAsErrors }
                .With(new DigestItem("papers/five.txt", text.Length == 0 ? Five : text) { ClassName = "Five" });
            if (limit is not null) project.Properties[Limit] = limit;
            return project.Run();
        }

        private static PaperCatalog Parsed => PaperCatalog.Parse(Five);

        [Fact]
        public void Above_the_limit_the_class_has_no_member_per_paper_and_compiles_warning_free()
        {
            GeneratorRun run = Run("3").AssertClean();
            string source = run.Source("Five");

            Assert.DoesNotContain("enum Key", source, StringComparison.Ordinal);
            Assert.DoesNotContain("class Titles", source, StringComparison.Ordinal);
            Assert.DoesNotContain(" Get(", source, StringComparison.Ordinal);
            foreach (string name in new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo" })
            {
                Assert.DoesNotContain(" " + name + " =>", source, StringComparison.Ordinal);
            }

            // Warnings as errors, nullable and XML docs checked at the highest warning level: nothing at all.
            Assert.DoesNotContain(run.Output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Severity >= DiagnosticSeverity.Warning);
        }

        [Fact]
        public void Above_the_limit_PD0111_is_reported_once_at_the_digest_with_the_numbers()
        {
            GeneratorRun run = Run("3").AssertClean();

            Diagnostic info = Assert.Single(run.Pd("PD0111"));
            Assert.Equal(DiagnosticSeverity.Info, info.Severity);
            Assert.Equal(TestProject.FullPath("papers/five.txt"), info.Location.GetLineSpan().Path);
            Assert.Equal(
                "Five has 5 papers, more than PaperDataMaxMembers (3): no property, Key or Titles member per paper is generated; "
                + "query Five.Catalog (Find, Search, ...), or raise PaperDataMaxMembers",
                info.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Above_the_limit_the_catalogue_still_has_every_paper()
        {
            GeneratorRun run = Run("3").AssertClean();
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            Type type = loaded.Type("Sample.Five");

            Assert.Equal(5, loaded.Static<int>("Sample.Five", "Count"));
            PaperCatalog catalog = loaded.Static<PaperCatalog>("Sample.Five", "Catalog");
            Assert.Equal(Parsed.Papers.Select(p => (p.Rank, p.Id, p.Title, p.Abstract)), catalog.Papers.Select(p => (p.Rank, p.Id, p.Title, p.Abstract)));
            Assert.Equal(catalog.Papers, loaded.Static<System.Collections.Generic.IReadOnlyList<Paper>>("Sample.Five", "All"));
            Assert.Equal("Delta: Learning delta Representations at Scale", catalog.Find("delta")?.Title);

            // Reflection agrees with the text: the public surface is Count, ContentHash, All and Catalog only.
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            Assert.Equal(new[] { "All", "Catalog" }, type.GetProperties(Public).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(new[] { "ContentHash", "Count" }, type.GetFields(Public).Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.DoesNotContain(type.GetMethods(Public), m => !m.IsSpecialName);
            Assert.Empty(type.GetNestedTypes(BindingFlags.Public));
        }

        [Fact]
        public void At_exactly_the_limit_every_member_is_generated()
        {
            GeneratorRun run = Run("5").AssertClean();
            Assert.Empty(run.Pd("PD0111"));

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            Type key = loaded.Type("Sample.Five+Key");
            Assert.Equal(new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo" }, Enum.GetNames(key));
            Assert.Equal(Parsed.Papers[3].Title, loaded.Static<Paper>("Sample.Five", "Delta").Title);
            Assert.Equal(Parsed.Papers[3].Title, loaded.Static<string>("Sample.Five+Titles", "Delta"));
            Assert.Equal(Parsed.Papers[4].Title, loaded.Call<Paper>("Sample.Five", "Get", Enum.ToObject(key, 4)).Title);
        }

        [Theory]
        [InlineData(null, true)] // The default, 20,000.
        [InlineData("-1", true)] // Negative: no limit.
        [InlineData("-5", true)]
        [InlineData("99999999999", true)] // Beyond int: as large as it goes.
        [InlineData("4", false)]
        [InlineData("0", false)] // Zero: no member per paper for any paper.
        public void The_limit_decides_whether_members_are_generated(string? limit, bool members)
        {
            GeneratorRun run = Run(limit).AssertClean();
            Assert.Equal(members, run.Source("Five").Contains("public enum Key", StringComparison.Ordinal));
            Assert.Equal(members ? 0 : 1, run.Pd("PD0111").Length);
        }

        [Fact]
        public void An_empty_catalogue_keeps_its_empty_members_even_at_zero()
        {
            GeneratorRun run = Run("0", "Daily Papers\n\nMar 11\n\n").AssertClean("PD0001", "PD0008");
            Assert.Empty(run.Pd("PD0111"));
            Assert.Contains("public enum Key", run.Source("Five"), StringComparison.Ordinal);
        }

        [Fact]
        public void A_class_that_is_not_generated_gets_its_error_and_no_PD0111()
        {
            var project = new TestProject().With(new DigestItem("papers/five.txt", Five) { ClassName = "class" });
            project.Properties[Limit] = "3";
            GeneratorRun run = project.Run().AssertClean("PD0103");

            Assert.Single(run.Pd("PD0103"));
            Assert.Empty(run.Pd("PD0111"));
            Assert.Empty(run.Sources);
        }

        [Theory]
        [InlineData("lots")]
        [InlineData("20,000")]
        [InlineData("1e4")]
        public void An_unparsable_limit_is_PD0103_once_and_the_default_applies(string limit)
        {
            var project = new TestProject()
                .With(new DigestItem("papers/five.txt", Five) { ClassName = "Five" })
                .With(new DigestItem("papers/other.txt", TestDigests.Small) { ClassName = "Other" });
            project.Properties[Limit] = limit;
            GeneratorRun run = project.Run().AssertClean("PD0103");

            Diagnostic error = Assert.Single(run.Pd("PD0103"));
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Equal(Location.None, error.Location);
            string message = error.GetMessage(CultureInfo.InvariantCulture);
            Assert.StartsWith("PaperDataMaxMembers '" + limit + "' is not a whole number;", message, StringComparison.Ordinal);
            Assert.Contains("20000", message, StringComparison.Ordinal);

            // Both classes are still generated with their members, under the default limit.
            Assert.Contains("public enum Key", run.Source("Five"), StringComparison.Ordinal);
            Assert.Contains("public enum Key", run.Source("Other"), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(" 12 ", 12)] // MSBuild values arrive trimmed; the reader trims too.
        [InlineData("+7", 7)]
        [InlineData("007", 7)]
        [InlineData("-0", 0)]
        [InlineData("2147483648", int.MaxValue)]
        [InlineData("-2147483649", -1)]
        public void Whole_numbers_are_read_as_the_limit(string value, int expected)
        {
            Assert.True(InputReader.TryReadMaxMembers(value.Trim(), out int limit));
            Assert.Equal(expected, limit);
        }

        [Fact]
        public void An_archive_above_the_limit_counts_its_merged_papers()
        {
            // Two files of one class: 3 + 2 papers are 5 after the merge, above a limit of 4 that each file is under.
            string first = Five.Substring(0, Five.IndexOf("Delta:", StringComparison.Ordinal));
            string second = "Daily Papers\n\nMar 12, 2025\n\n" + Five.Substring(Five.IndexOf("Delta:", StringComparison.Ordinal));
            var project = new TestProject()
                .With(new DigestItem("papers/a.txt", first) { ClassName = "Archive" })
                .With(new DigestItem("papers/b.txt", second) { ClassName = "Archive" });
            project.Properties[Limit] = "4";
            GeneratorRun run = project.Run().AssertClean();

            Assert.Contains("Archive has 5 papers", Assert.Single(run.Pd("PD0111")).GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            Assert.Equal(5, loaded.Static<PaperCatalog>("Sample.Archive", "Catalog").Count);
        }

        [Fact]
        public void Above_the_doc_limit_the_titles_constants_and_keys_are_undocumented_and_still_compile_warning_free()
        {
            // One paper more than the full-doc limit: property docs are titles only, Titles constants have no doc
            // (their value is the title), nor Key members (the property of the same name has it); under warnings as
            // errors with docs checked, nothing is reported.
            int count = Emit.PaperDocs.FullAbstractLimit + 1;
            var text = new StringBuilder("Mar 11, 2025\n\n");
            for (int i = 1; i <= count; i++)
            {
                text.Append("Paper Number ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" on Sparse Attention\n\n")
                    .Append("We study sparse attention. It works well.\n\n");
            }

            GeneratorRun run = Run(null, text.ToString()).AssertClean();
            string source = run.Source("Five");
            string titles = source.Substring(source.IndexOf("public static class Titles", StringComparison.Ordinal));
            titles = titles.Substring(0, titles.IndexOf("private static class __Holder", StringComparison.Ordinal));

            Assert.Contains("public const string PaperNumber5001OnSparseAttention = \"Paper Number 5001 on Sparse Attention\";", titles, StringComparison.Ordinal);
            Assert.DoesNotContain("/// <summary>Paper Number", titles, StringComparison.Ordinal);
            string keys = source.Substring(source.IndexOf("public enum Key", StringComparison.Ordinal));
            keys = keys.Substring(0, keys.IndexOf("public static class Titles", StringComparison.Ordinal));
            Assert.Contains("PaperNumber5001OnSparseAttention = 5000,", keys, StringComparison.Ordinal);
            Assert.DoesNotContain("/// <summary>Paper Number", keys, StringComparison.Ordinal);
            Assert.Contains("/// <summary>Paper Number 5001 on Sparse Attention</summary>", source, StringComparison.Ordinal); // the property keeps its
            Assert.DoesNotContain(run.Output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Severity >= DiagnosticSeverity.Warning);
        }

        [Fact]
        public void Above_the_limit_with_the_builds_resource_the_source_does_not_grow_with_the_papers()
        {
            // What a build with the task compiles: the data is in the resource, and above the limit nothing is
            // written per paper, so 5 and 2,000 papers give sources that differ only in the digits of the count.
            static string Source(string text)
            {
                string key = Core.Storage.CatalogResource.KeyOf(Core.Reading.ContentHash.OfText(text), Core.Reading.DigestFormat.Text);
                var project = new TestProject { WarningsAsErrors = true }.With(new DigestItem("papers/five.txt", text)
                {
                    ClassName = "Five",
                    Metadata = new System.Collections.Generic.Dictionary<string, string>
                    {
                        ["build_metadata.AdditionalFiles.PaperDataResource"] = "PaperData.five.pdcat",
                        ["build_metadata.AdditionalFiles.PaperDataResourceHash"] = key,
                    },
                });
                project.Properties[Limit] = "3";
                GeneratorRun run = project.Run().AssertClean();
                Assert.Single(run.Pd("PD0111"));
                return run.Source("Five");
            }

            var many = new StringBuilder("Mar 11, 2025\n\n");
            for (int i = 1; i <= 2000; i++)
            {
                many.Append("Paper Number ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" on Sparse Attention\n\n")
                    .Append("We study sparse attention. It works well.\n\n");
            }

            string small = Source(Five);
            string large = Source(many.ToString());
            Assert.Contains("FromResource(", large, StringComparison.Ordinal);
            Assert.DoesNotContain("Paper Number", large, StringComparison.Ordinal);
            Assert.Equal(small.Length + (2 * "2000".Length) - (2 * "5".Length), large.Length); // "The 2000 papers", "Count = 2000"
        }

        [Fact]
        public void Over_limit_snapshot()
        {
            SnapshotAssert.MatchesGenerated(Run("3").AssertClean().Source("Five"));
        }
    }
}
