using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Model;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// A class above PaperDataMaxMembers whose files the build task read without a diagnostic comes with the task's
    /// paper count (PaperDataResourceCount, PaperDataSummaryOnly): the generator then only hashes the texts, and writes
    /// exactly the source a full parse gives. Whenever that is not enough (a text that is not the one the task read, a
    /// limit the class is not above) it parses in full: literals and PD0110 where the key does not match, never a class
    /// built on papers nobody parsed.
    /// </summary>
    public class SummarizedClassTests
    {
        private const string Resource = "PaperData.Sample.Archive-0123abcd.pdcat";
        private const string Limit = "build_property.PaperDataMaxMembers";

        private static readonly (string Path, string Text)[] Days =
        {
            ("papers/2025-03-11.json", DailyJson.Day("2025-03-11", ("2503.00003", "Gamma Flow", 5), ("2503.00001", "Alpha Net", 12))),
            ("papers/2025-03-10.json", DailyJson.Day("2025-03-10", ("2503.00001", "Alpha Net", 10), ("2503.00002", "Beta Fields", 20))),
        };

        [Fact]
        public void An_archive_above_the_limit_with_the_tasks_count_is_hashed_not_parsed_and_gives_the_same_source()
        {
            string key = KeyOf(Days);
            GeneratorRun parsed = Archive(Metadata(key), "2").Run().AssertClean("PD0111");
            GeneratorRun summarized = Archive(Summary(key, "3"), "2").Run().AssertClean("PD0111");

            Assert.Equal(parsed.Source("Archive"), summarized.Source("Archive"));
            Assert.Contains("public const int Count = 3;", summarized.Source("Archive"), StringComparison.Ordinal);
            Assert.Contains("FromResource(", summarized.Source("Archive"), StringComparison.Ordinal);
            Assert.All(ParseOutputs(summarized), input => Assert.True(input.SummarizedSource is not null && input.Digest!.Papers.Count == 0));
            Assert.All(ParseOutputs(parsed), input => Assert.True(input.SummarizedSource is null && input.Digest!.Papers.Count == 2));

            // Nor parsed later: the merge took the task's count.
            MergedInput merged = MergeOutputs(summarized).Single(m => m.Settings.ClassName == "Archive");
            Assert.Equal(3, merged.SummarizedCount);
            Assert.Empty(merged.Digest!.Papers);
        }

        [Fact]
        public void A_lone_digest_above_the_limit_is_summarized_too()
        {
            (string Path, string Text) day = Days[0];
            string key = KeyOf(new[] { day });
            GeneratorRun parsed = Project(new[] { day }, Metadata(key), "1").Run().AssertClean("PD0111");
            GeneratorRun summarized = Project(new[] { day }, Summary(key, "2"), "1").Run().AssertClean("PD0111");

            Assert.Equal(parsed.Source("Archive"), summarized.Source("Archive"));
            Assert.True(Assert.Single(ParseOutputs(summarized)).SummarizedSource is not null);
            Assert.Equal(2, Assert.Single(MergeOutputs(summarized)).SummarizedCount);
        }

        [Fact]
        public void A_text_the_task_did_not_read_is_parsed_in_full_reported_and_written_as_literals_with_PD0110()
        {
            // The task summarized two days; the IDE now holds an edited 2025-03-11 (a paper more, and a record without
            // a title: a diagnostic the task never saw).
            string key = KeyOf(Days);
            (string Path, string Text)[] edited =
            {
                (Days[0].Path, DailyJson.Day("2025-03-11", ("2503.00003", "Gamma Flow", 5), ("2503.00004", "Delta Search", 7)).Replace("\"title\": \"Delta Search\"", "\"title\": \"\"", StringComparison.Ordinal)),
                Days[1],
            };

            GeneratorRun run = Project(edited, Summary(key, "3"), "2").Run();

            Assert.Single(run.Pd("PD0110"));
            Assert.NotEmpty(run.DriverDiagnostics.Where(d => d.Id != "PD0110" && d.Id != "PD0111" && d.Location.GetLineSpan().Path.EndsWith("2025-03-11.json", StringComparison.Ordinal)));
            Assert.Contains("class __Data", run.Source("Archive"), StringComparison.Ordinal);
            Assert.DoesNotContain("FromResource(", run.Source("Archive"), StringComparison.Ordinal);
            Assert.Equal(run.Source("Archive"), Project(edited, Metadata(key), "2").Run().Source("Archive"));
            Assert.Null(Assert.Single(MergeOutputs(run)).SummarizedCount);
        }

        [Fact]
        public void A_class_the_limit_now_allows_members_is_parsed_in_full_and_gets_them()
        {
            // The task wrote its count under a lower limit; the project's limit is now the default again.
            string key = KeyOf(Days);
            GeneratorRun run = Archive(Summary(key, "3"), null).Run().AssertClean();

            string source = run.Source("Archive");
            Assert.Contains("public enum Key", source, StringComparison.Ordinal);
            Assert.Contains("FromResource(", source, StringComparison.Ordinal);
            Assert.Equal(Archive(Metadata(key), null).Run().Source("Archive"), source);
        }

        [Fact]
        public void A_summarized_file_whose_Format_is_no_longer_valid_is_reported_not_dropped()
        {
            (string Path, string Text) day = Days[0];
            string key = KeyOf(new[] { day });
            var project = new TestProject().With(new DigestItem(day.Path, day.Text) { ClassName = "Archive", Format = "xml", Metadata = Summary(key, "2") });
            project.Properties[Limit] = "1";

            GeneratorRun run = project.Run();

            Assert.Single(run.Pd("PD0103"));
        }

        private static IEnumerable<ParsedInput> ParseOutputs(GeneratorRun run) =>
            run.Result.TrackedSteps[TrackingNames.Parse].SelectMany(step => step.Outputs).Select(output => (ParsedInput)output.Value);

        private static IEnumerable<MergedInput> MergeOutputs(GeneratorRun run) =>
            run.Result.TrackedSteps[TrackingNames.Merge].SelectMany(step => step.Outputs).Select(output => (MergedInput)output.Value);

        private static TestProject Archive(Dictionary<string, string> metadata, string? limit) => Project(Days, metadata, limit);

        private static TestProject Project((string Path, string Text)[] days, Dictionary<string, string> metadata, string? limit)
        {
            var project = new TestProject();
            foreach ((string path, string text) in days) project.With(new DigestItem(path, text) { ClassName = "Archive", Metadata = metadata });
            if (limit is not null) project.Properties[Limit] = limit;
            return project;
        }

        private static Dictionary<string, string> Metadata(string key) => new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.PaperDataResource"] = Resource,
            ["build_metadata.AdditionalFiles.PaperDataResourceHash"] = key,
        };

        private static Dictionary<string, string> Summary(string key, string count) => new Dictionary<string, string>(Metadata(key))
        {
            ["build_metadata.AdditionalFiles.PaperDataResourceCount"] = count,
            ["build_metadata.AdditionalFiles.PaperDataSummaryOnly"] = "true",
        };

        private static string KeyOf((string Path, string Text)[] files) => ArchiveResourceTests.MergedKey(files);
    }
}
