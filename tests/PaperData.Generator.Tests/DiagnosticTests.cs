using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>Bad digests and bad settings, through the real generator: a PD diagnostic at the right place, never a crash.</summary>
    public class DiagnosticTests
    {
        // Line numbers are part of the test: each problem sits on a known line.
        private static readonly string[] BadLines =
        {
            "Daily Papers",                                  // 1 known page chrome: no diagnostic
            "",
            "Some stray preamble text",                      // 3 PD0007
            "",
            "Mar 11",                                        // 5
            "",
            "Good Paper Title",                              // 7
            "",
            TestDigests.Abstract("good things") + " Code at https://nohost/x too.", // 9 PD0006 at the link
            "",
            "Feb 30",                                        // 11 PD0005
            "",
            "Skipped Title",                                 // 13 not reported: its section is skipped
            "",
            TestDigests.Abstract("skipped things"),          // 15
            "",
            "Mar 10",                                        // 17 PD0008: no paper under it
            "",
            TestDigests.Abstract("orphaned things"),         // 19 PD0009
            "",
            "   Indented Title Without Abstract",            // 21 PD0003, column 4
        };

        private static string Bad(string newline) => string.Join(newline, BadLines) + newline;

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void Parser_problems_are_reported_at_their_line_and_column_in_the_digest(string newline)
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("digests/bad.txt", Bad(newline)))
                .Run();

            int linkColumn = BadLines[8].IndexOf("https://nohost", StringComparison.Ordinal) + 1;
            var expected = new[]
            {
                ("PD0006", 9, linkColumn, DiagnosticSeverity.Warning),
                ("PD0005", 11, 1, DiagnosticSeverity.Error),
                ("PD0009", 19, 1, DiagnosticSeverity.Error),
                ("PD0003", 21, 4, DiagnosticSeverity.Error),
                ("PD0008", 17, 1, DiagnosticSeverity.Warning),
                ("PD0007", 3, 1, DiagnosticSeverity.Warning),
            };
            Assert.Equal(
                expected.OrderBy(e => e.Item2).ToArray(),
                run.DriverDiagnostics.Select(d => (d.Id, Line(d), Column(d), d.Severity)).OrderBy(e => e.Item2).ToArray());
            Assert.All(run.DriverDiagnostics, d => Assert.Equal(TestProject.FullPath("digests/bad.txt"), d.Location.GetLineSpan().Path));

            // The papers that could be read still make a catalogue, and it compiles.
            Assert.Contains("public static global::PaperData.Paper GoodPaperTitle", run.Source("Bad"), StringComparison.Ordinal);
            run.AssertClean("PD0003", "PD0005", "PD0006", "PD0007", "PD0008", "PD0009");
        }

        [Fact]
        public void The_build_shows_each_problem_in_the_words_the_run_time_catalogue_uses()
        {
            GeneratorRun run = new TestProject().With(new DigestItem("digests/bad.txt", Bad("\n"))).Run();
            PaperCatalog parsed = PaperCatalog.Parse(Bad("\n"));

            Assert.Equal(6, parsed.Diagnostics.Count);
            Assert.Equal(
                parsed.Diagnostics.Select(d => (d.Id, d.Line, d.Message)).OrderBy(d => d.Line),
                run.DriverDiagnostics.Select(d => (d.Id, Line(d), d.GetMessage(CultureInfo.InvariantCulture))).OrderBy(d => d.Item2));
            Assert.Contains(run.DriverDiagnostics, d => d.GetMessage(CultureInfo.InvariantCulture)
                == "title 'Indented Title Without Abstract' has no abstract paragraph after it; it is not part of the catalogue");
        }

        [Fact]
        public void A_bad_digest_does_not_stop_the_other_digests()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("a.txt", "Mar 11\n\nLonely title\n") { ClassName = "Broken", Visibility = "private" })
                .With(new DigestItem("b.txt", TestDigests.Small) { ClassName = "Fine" })
                .Run()
                .AssertClean("PD0003", "PD0008", "PD0103");

            Assert.Equal("Fine", Assert.Single(run.Sources).HintName.Split('.')[0]);
            Assert.All(run.DriverDiagnostics, d => Assert.EndsWith("/a.txt", d.Location.GetLineSpan().Path, StringComparison.Ordinal));
        }

        [Fact]
        public void Two_text_digests_of_one_class_are_one_catalogue_and_a_shared_day_is_PD0021_at_the_later_file()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("one/papers.txt", TestDigests.Small) { ClassName = "Same" })
                .With(new DigestItem("two/papers.txt", TestDigests.Small.Replace("TinyNet", "OtherNet")) { ClassName = "Same" })
                .Run()
                .AssertClean("PD0021");

            string source = Assert.Single(run.Sources).SourceText.ToString();
            Assert.Contains("TinyNet", source, StringComparison.Ordinal);
            Assert.Contains("OtherNet", source, StringComparison.Ordinal);

            // Both files hold Mar 10 and Mar 11: each day is reported once, at the later file (by path), on the
            // title line of the day's first paper there (Soft-NMS is line 15, TinyNet/OtherNet line 5).
            Diagnostic[] days = run.Pd("PD0021").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToArray();
            Assert.Equal(2, days.Length);
            Assert.All(days, d => Assert.Equal(TestProject.FullPath("two/papers.txt"), d.Location.GetLineSpan().Path));
            Assert.Equal(new[] { 4, 14 }, days.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        }

        [Fact]
        public void A_bad_Visibility_on_the_first_file_of_a_catalogue_is_PD0103_at_that_file()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("a.txt", TestDigests.Small) { ClassName = "Same", Visibility = "protected" })
                .With(new DigestItem("b.txt", TestDigests.Small) { ClassName = "Same" })
                .Run();

            Diagnostic bad = Assert.Single(run.Pd("PD0103"));
            Assert.Equal(TestProject.FullPath("a.txt"), bad.Location.GetLineSpan().Path);
            Assert.Empty(run.Sources);
        }

        [Theory]
        [InlineData("1Papers", null, null)]
        [InlineData("class", null, null)]
        [InlineData("My Papers", null, null)]
        [InlineData("var", null, null)]
        [InlineData("record", null, null)]
        [InlineData(null, "My..Namespace", null)]
        [InlineData(null, "Company.namespace", null)]
        [InlineData(null, "global::Company", null)]
        [InlineData(null, null, "private")]
        [InlineData(null, null, "protected internal")]
        public void Invalid_class_namespace_or_visibility_gives_PD0103_and_no_source(string? className, string? ns, string? visibility)
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("papers.txt", TestDigests.Small) { ClassName = className, Namespace = ns, Visibility = visibility })
                .Run()
                .AssertClean("PD0103");

            Diagnostic diagnostic = Assert.Single(run.DriverDiagnostics);
            Assert.Equal("PD0103", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Contains((className ?? ns ?? visibility)!, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Equal(TestProject.FullPath("papers.txt"), diagnostic.Location.GetLineSpan().Path);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void Visibility_is_case_insensitive_and_the_empty_namespace_means_the_global_one()
        {
            var project = new TestProject()
                .With(new DigestItem("papers.txt", TestDigests.Small) { Visibility = "Public" });
            project.Properties["build_property.RootNamespace"] = string.Empty;
            GeneratorRun run = project.Run().AssertClean();

            string source = run.Source("Papers");
            Assert.Contains("public static partial class Papers", source, StringComparison.Ordinal);
            Assert.DoesNotContain("namespace ", source, StringComparison.Ordinal);
        }

        [Fact]
        public void CSharp_7_3_compiles_the_generated_code_without_nullable_directives()
        {
            GeneratorRun run = new TestProject { LanguageVersion = LanguageVersion.CSharp7_3, Nullable = false }
                .With(new DigestItem("data/daily-papers-mar-11.txt", TestDigests.Real))
                .With(new DigestItem("hostile.txt", TestDigests.Hostile) { ClassName = "Hostile", Visibility = "public" })
                .Run()
                .AssertClean();

            Assert.Equal(2, run.Sources.Length);
            Assert.All(run.Sources, s => Assert.DoesNotContain("#nullable", s.SourceText.ToString(), StringComparison.Ordinal));
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp7)]
        [InlineData(LanguageVersion.CSharp7_2)]
        public void Older_language_versions_get_PD0105_and_no_source(LanguageVersion version)
        {
            GeneratorRun run = new TestProject { LanguageVersion = version, Nullable = false }
                .With(new DigestItem("papers.txt", TestDigests.Small))
                .Run()
                .AssertClean("PD0105");

            Assert.Equal("PD0105", Assert.Single(run.DriverDiagnostics).Id);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void A_digest_over_the_size_limit_gets_PD0101()
        {
            var project = new TestProject().With(new DigestItem("papers.txt", TestDigests.Small));
            project.Properties["build_property.PaperDataMaxDigestBytes"] = "100";
            GeneratorRun run = project.Run().AssertClean("PD0101");

            Diagnostic diagnostic = Assert.Single(run.DriverDiagnostics);
            Assert.Equal("PD0101", diagnostic.Id);
            Assert.Contains("PaperDataMaxDigestBytes", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void An_unreadable_digest_gets_PD0102()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("gone.txt", null))
                .Run()
                .AssertClean("PD0102");

            Assert.Equal(TestProject.FullPath("gone.txt"), Assert.Single(run.Pd("PD0102")).Location.GetLineSpan().Path);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void An_empty_digest_warns_PD0001_and_still_compiles_an_empty_catalogue()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("empty.txt", string.Empty) { Visibility = "public" })
                .Run()
                .AssertClean("PD0001");

            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.Pd("PD0001")).Severity);
            Assert.Contains("public const int Count = 0;", run.Source("Empty"), StringComparison.Ordinal);
        }

        [Fact]
        public void Additional_files_without_digest_metadata_are_ignored()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("notes.txt", "Mar 11\n\nnot a digest at all\n") { IsDigest = false })
                .Run()
                .AssertClean();

            Assert.Empty(run.Sources);
            Assert.Empty(run.DriverDiagnostics);
        }

        private static int Line(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Line + 1;

        private static int Column(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Character + 1;
    }
}
