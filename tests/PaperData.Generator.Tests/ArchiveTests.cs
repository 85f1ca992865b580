using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// Many PaperDigest items with one ClassName are one catalogue (an archive of daily files): merge rules,
    /// FeaturedOn through the generated data, incremental re-runs, and bad files reported while the rest generates.
    /// </summary>
    public class ArchiveTests
    {
        private static readonly string Mar10 = DailyJson.Day("2025-03-10", ("2503.00001", "Alpha Net", 10), ("2503.00002", "Beta Fields", 20));
        private static readonly string Mar11 = DailyJson.Day("2025-03-11", ("2503.00003", "Gamma Flow", 5), ("2503.00001", "Alpha Net", 12));
        private static readonly string Mar12 = DailyJson.Day("2025-03-12", ("2503.00004", "Delta Search", 7), ("2503.00002v2", "Beta Fields", 30));

        // Files listed out of date order on purpose: the catalogue's order comes from the days, not the items.
        private static TestProject Archive() => new TestProject()
            .With(new DigestItem("papers/2025-03-12.json", Mar12) { ClassName = "Archive" })
            .With(new DigestItem("papers/2025-03-10.json", Mar10) { ClassName = "Archive" })
            .With(new DigestItem("papers/2025-03-11.json", Mar11) { ClassName = "Archive" })
            .With(new DigestItem("other.txt", TestDigests.Small) { ClassName = "Other" });

        [Fact]
        public void Daily_files_of_one_class_are_one_catalogue_ordered_by_day_renumbered_with_FeaturedOn()
        {
            GeneratorRun run = Archive().Run().AssertClean();
            Assert.Equal(2, run.Sources.Length);

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            PaperCatalog archive = loaded.Static<PaperCatalog>("Sample.Archive", "Catalog");

            // Mar 10: Alpha, Beta; Mar 11: Gamma (Alpha again); Mar 12: Delta (Beta again, as v2).
            Assert.Equal(new[] { "Alpha Net", "Beta Fields", "Gamma Flow", "Delta Search" }, archive.Papers.Select(p => p.Title));
            Assert.Equal(new[] { 1, 2, 3, 4 }, archive.Papers.Select(p => p.Rank));
            Assert.Equal(new[] { new PaperDate(3, 10, 2025), new PaperDate(3, 11, 2025) }, archive.Papers[0].FeaturedOn);
            Assert.Equal(new[] { new PaperDate(3, 10, 2025), new PaperDate(3, 12, 2025) }, archive.Papers[1].FeaturedOn);
            Assert.Equal(new[] { new PaperDate(3, 11, 2025) }, archive.Papers[2].FeaturedOn);
            Assert.Equal(new PaperDate(3, 10, 2025), archive.Papers[0].Date);

            // Kept at its first day: the first record's fields (Alpha had 10 upvotes on Mar 10).
            Assert.Equal(10, archive.Papers[0].Upvotes);
            Assert.Equal(4, loaded.Static<int>("Sample.Archive", "Count"));
        }

        [Fact]
        public void The_generated_archive_equals_the_runtime_merge_of_the_same_files()
        {
            GeneratorRun run = Archive().Run().AssertClean();
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            PaperCatalog generated = loaded.Static<PaperCatalog>("Sample.Archive", "Catalog");

            PaperCatalog merged = PaperCatalog.Merge(PaperCatalog.ParseJson(Mar11), PaperCatalog.ParseJson(Mar12), PaperCatalog.ParseJson(Mar10));
            Assert.Equal(merged.Papers, generated.Papers);
        }

        [Fact]
        public void Adding_a_day_reparses_only_the_new_file()
        {
            GeneratorRun first = Archive().Run().AssertClean();
            var added = new InMemoryAdditionalText(TestProject.FullPath("papers/2025-03-13.json"),
                DailyJson.Day("2025-03-13", ("2503.00005", "Epsilon Graph", 3)));
            var project = Archive();
            project.Digests.Add(new DigestItem("papers/2025-03-13.json", null) { ClassName = "Archive" });

            GeneratorRun second = first.Rerun(
                driver => driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)).WithUpdatedAnalyzerConfigOptions(project.OptionsProvider()),
                first.Input);

            IncrementalStepRunReason[] parse = Reasons(second, TrackingNames.Parse);
            Assert.Equal(4, parse.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.New));
            Assert.Equal(5, parse.Length);

            // The other class's catalogue is not merged, modelled or written again.
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Merge));
            Assert.Contains(IncrementalStepRunReason.Cached, Reasons(second, TrackingNames.Merge));
            Assert.Equal(first.Source("Other"), second.Source("Other"));
            Assert.Contains("Epsilon Graph", second.Source("Archive"), StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_that_is_not_a_daily_papers_array_is_PD0020_at_its_root_and_the_other_days_still_generate()
        {
            string paperObject = "\n  {\"id\": \"2503.09999\", \"title\": \"Lone Paper\", \"summary\": \"One paper object.\", \"publishedAt\": \"2025-03-09\"}\n";
            GeneratorRun run = Archive()
                .With(new DigestItem("papers/2503.09999.json", paperObject) { ClassName = "Archive" })
                .Run()
                .AssertClean("PD0020");

            Diagnostic bad = Assert.Single(run.Pd("PD0020"));
            FileLinePositionSpan where = bad.Location.GetLineSpan();
            Assert.Equal(TestProject.FullPath("papers/2503.09999.json"), where.Path);
            Assert.Equal((1, 2), (where.StartLinePosition.Line, where.StartLinePosition.Character));
            Assert.Contains("1 papers are left out", bad.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Equal(DiagnosticSeverity.Error, bad.Severity);

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            Assert.Equal(4, loaded.Static<int>("Sample.Archive", "Count"));
        }

        [Fact]
        public void A_day_in_two_files_is_PD0021_and_its_papers_are_counted_once()
        {
            string copy = DailyJson.Day("2025-03-11", ("2503.00003", "Gamma Flow", 6), ("2503.00006", "Zeta Late Entry", 1));
            GeneratorRun run = Archive()
                .With(new DigestItem("papers/2025-03-11-again.json", copy) { ClassName = "Archive" })
                .Run()
                .AssertClean("PD0021");

            Diagnostic repeated = Assert.Single(run.Pd("PD0021"));
            Assert.Equal(TestProject.FullPath("papers/2025-03-11.json"), repeated.Location.GetLineSpan().Path);
            Assert.Equal(1, repeated.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("2025-03-11-again.json", repeated.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            PaperCatalog archive = loaded.Static<PaperCatalog>("Sample.Archive", "Catalog");
            Assert.Equal(1, archive.Papers.Count(p => p.Title == "Gamma Flow"));
            Assert.Contains(archive.Papers, p => p.Title == "Zeta Late Entry");
        }

        [Fact]
        public void A_text_file_in_a_json_catalogue_is_PD0104_and_left_out_while_the_json_days_generate()
        {
            GeneratorRun run = Archive()
                .With(new DigestItem("papers/notes.txt", TestDigests.Small) { ClassName = "Archive" })
                .Run()
                .AssertClean("PD0104");

            Diagnostic mixed = Assert.Single(run.Pd("PD0104"));
            Assert.Equal(TestProject.FullPath("papers/notes.txt"), mixed.Location.GetLineSpan().Path);
            Assert.Contains("3 papers are left out", mixed.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            Assert.Equal(4, loaded.Static<int>("Sample.Archive", "Count"));
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRun run, string step) =>
            run.Result.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
    }
}
