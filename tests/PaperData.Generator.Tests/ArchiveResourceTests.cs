using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Core.Naming;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// An archive (several digests, one class) reads its data from the one resource the build task writes for the
    /// class, when every file names that resource with the key of the merged catalogue; anything else is literals,
    /// with PD0110 when a resource was named. And the class a digest belongs to, which the task computes from the
    /// same shared code, follows C#'s rules as Roslyn implements them.
    /// </summary>
    public class ArchiveResourceTests
    {
        private const string Resource = "PaperData.Sample.Archive-0123abcd.pdcat";

        private static readonly (string Path, string Text)[] Days =
        {
            ("papers/2025-03-12.json", DailyJson.Day("2025-03-12", ("2503.00004", "Delta Search", 7), ("2503.00002v2", "Beta Fields", 30))),
            ("papers/2025-03-10.json", DailyJson.Day("2025-03-10", ("2503.00001", "Alpha Net", 10), ("2503.00002", "Beta Fields", 20))),
            ("papers/2025-03-11.json", DailyJson.Day("2025-03-11", ("2503.00003", "Gamma Flow", 5), ("2503.00001", "Alpha Net", 12))),
        };

        [Fact]
        public void An_archive_whose_files_all_name_the_resource_with_the_merged_key_reads_it()
        {
            string key = MergedKey(Days);
            GeneratorRun run = Archive(_ => Metadata(Resource, key)).Run().AssertClean();

            string archive = run.Source("Archive");
            Assert.Contains("FromResource(typeof(Archive).Assembly, \"" + Resource + "\"", archive, StringComparison.Ordinal);
            Assert.Contains("\"" + key + "\"", archive, StringComparison.Ordinal);
            Assert.DoesNotContain("class __Data", archive, StringComparison.Ordinal);

            // The other class named no resource: literals, as without a build task.
            Assert.Contains("class __Data", run.Source("Other"), StringComparison.Ordinal);
        }

        [Fact]
        public void The_merged_key_is_the_hash_of_the_files_hashes_in_path_order_which_is_the_classes_ContentHash()
        {
            GeneratorRun run = Archive(_ => null).Run().AssertClean();
            Assert.Contains("ContentHash = \"" + MergedKey(Days).Split('/')[0] + "\"", run.Source("Archive"), StringComparison.Ordinal);
        }

        [Fact]
        public void A_key_from_other_files_falls_back_to_literals_with_PD0110()
        {
            // The resource as it was before 2025-03-12 was added: every file names it, but its key is stale.
            string stale = MergedKey(Days.Skip(1).ToArray());
            GeneratorRun run = Archive(_ => Metadata(Resource, stale)).Run().AssertClean("PD0110");

            Diagnostic warning = Assert.Single(run.Pd("PD0110"));
            Assert.Contains(stale.Substring(0, 12), warning.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("class __Data", run.Source("Archive"), StringComparison.Ordinal);
            Assert.DoesNotContain("FromResource(", run.Source("Archive"), StringComparison.Ordinal);
        }

        [Fact]
        public void Files_of_one_class_that_name_different_resources_fall_back_to_literals_with_PD0110()
        {
            string key = MergedKey(Days);
            GeneratorRun run = Archive(path => path.EndsWith("10.json", StringComparison.Ordinal) ? null : Metadata(Resource, key)).Run().AssertClean("PD0110");

            Assert.Single(run.Pd("PD0110"));
            Assert.Contains("class __Data", run.Source("Archive"), StringComparison.Ordinal);
        }

        [Fact]
        public void Without_any_resource_metadata_an_archive_has_literals_and_no_PD0110()
        {
            GeneratorRun run = Archive(_ => null).Run().AssertClean();
            Assert.Contains("class __Data", run.Source("Archive"), StringComparison.Ordinal);
            Assert.Empty(run.Pd("PD0110"));
        }

        [Fact]
        public void Adding_a_day_changes_every_files_key_but_reparses_only_the_new_file()
        {
            GeneratorRun first = Archive(_ => Metadata(Resource, MergedKey(Days))).Run().AssertClean();

            // The build task rewrote the class's resource: every file of the class now carries the new key.
            (string Path, string Text) day = ("papers/2025-03-13.json", DailyJson.Day("2025-03-13", ("2503.00005", "Epsilon Graph", 3)));
            string key = MergedKey(Days.Append(day).ToArray());
            TestProject project = Archive(_ => Metadata(Resource, key)).With(new DigestItem(day.Path, null) { ClassName = "Archive", Metadata = Metadata(Resource, key) });
            var added = new InMemoryAdditionalText(TestProject.FullPath(day.Path), day.Text);
            GeneratorRun second = first.Rerun(
                driver => driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)).WithUpdatedAnalyzerConfigOptions(project.OptionsProvider()),
                first.Input);

            IncrementalStepRunReason[] parse = second.Result.TrackedSteps[TrackingNames.Parse].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
            Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.New));
            Assert.Equal(4, parse.Count(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged));

            // Nor is any old file's text copied into a string again: only the new day's.
            IncrementalStepRunReason[] contents = second.Result.TrackedSteps[TrackingNames.Contents].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
            Assert.Equal(new[] { IncrementalStepRunReason.New }, contents.Where(r => r != IncrementalStepRunReason.Cached && r != IncrementalStepRunReason.Unchanged));
            Assert.DoesNotContain(second.DriverDiagnostics, d => d.Id == "PD0110");
            Assert.Contains("\"" + key + "\"", second.Source("Archive"), StringComparison.Ordinal);
            Assert.Equal(first.Source("Other"), second.Source("Other"));
        }

        [Fact]
        public void The_shared_identifier_start_rule_equals_Roslyns_for_every_UTF16_unit()
        {
            var differ = new List<int>();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (CatalogNames.IsIdentifierStartCharacter((char)c) != SyntaxFacts.IsIdentifierStartCharacter((char)c)) differ.Add(c);
            }

            Assert.True(differ.Count == 0, "differ at " + string.Join(", ", differ.Take(20).Select(c => "U+" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture))));
        }

        [Fact]
        public void The_shared_keyword_list_holds_every_keyword_and_contextual_keyword_Roslyn_knows()
        {
            IEnumerable<string> roslyn = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
                .Select(SyntaxFacts.GetText)
                .Where(text => SyntaxFacts.IsValidIdentifier(text.TrimStart('@')) && text.Length > 1);
            string[] missing = roslyn.Where(text => !CatalogNames.IsKeyword(text)).ToArray();
            Assert.True(missing.Length == 0, "not in the shared list: " + string.Join(", ", missing));
        }

        [Theory]
        [InlineData("papers/2025-03-10.json", null, null, "Sample.Digest20250310")]
        [InlineData("papers/2025-03-10.json", "Archive", null, "Sample.Archive")]
        [InlineData("papers/2025-03-10.json", " Archive ", "My.Papers", "My.Papers.Archive")]
        [InlineData("/x/daily-papers-mar-11.txt", null, " ", "Sample.DailyPapersMar11")]
        public void A_digest_belongs_to_the_class_the_generator_generates(string path, string? className, string? ns, string expected)
        {
            Assert.Equal(expected, CatalogNames.FullNameOf(path, className, ns, null, "Sample"));

            string text = path.EndsWith(".json", StringComparison.Ordinal) ? Days[1].Text : TestDigests.Small;
            var item = new DigestItem(path, text) { ClassName = className, Namespace = ns };
            GeneratorRun run = new TestProject().With(item).Run().AssertClean();
            string source = Assert.Single(run.Sources).SourceText.ToString();
            int dot = expected.LastIndexOf('.');
            Assert.Contains("namespace " + expected.Substring(0, dot), source, StringComparison.Ordinal);
            Assert.Contains("static partial class " + expected.Substring(dot + 1) + "\n", source, StringComparison.Ordinal);
        }

        private static TestProject Archive(Func<string, IReadOnlyDictionary<string, string>?> metadata)
        {
            var project = new TestProject();
            foreach ((string path, string text) in Days) project.With(new DigestItem(path, text) { ClassName = "Archive", Metadata = metadata(path) });
            return project.With(new DigestItem("other.txt", TestDigests.Small) { ClassName = "Other" });
        }

        private static Dictionary<string, string> Metadata(string resource, string key) => new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.PaperDataResource"] = resource,
            ["build_metadata.AdditionalFiles.PaperDataResourceHash"] = key,
        };

        // As documented: each file's hash is the SHA-256 of its text (these are LF-only and end in LF), the
        // class's is the SHA-256 of those hashes, each followed by LF, in ordinal path order; the key adds the format.
        internal static string MergedKey((string Path, string Text)[] files)
        {
            var hashes = new StringBuilder();
            foreach ((string _, string text) in files.OrderBy(f => f.Path, StringComparer.Ordinal)) hashes.Append(Sha256(text)).Append('\n');
            return (files.Length == 1 ? Sha256(files[0].Text) : Sha256(hashes.ToString())) + "/json";
        }

        private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }
}
