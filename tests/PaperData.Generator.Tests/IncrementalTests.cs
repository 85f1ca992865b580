using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// The pipeline caches: a rerun with nothing changed, or with only C# edited, reuses every step; editing one
    /// digest re-parses that digest only; no step output holds compiler objects that would defeat caching.
    /// </summary>
    public class IncrementalTests
    {
        private static TestProject TwoDigests() => new TestProject()
            .With(new DigestItem("papers/small.txt", TestDigests.Small))
            .With(new DigestItem("papers/other.txt", TestDigests.Small.Replace("TinyNet", "TinyerNet")) { ClassName = "Other" });

        [Fact]
        public void Rerun_on_a_clone_of_the_compilation_reuses_every_step()
        {
            GeneratorRun first = TwoDigests().Run().AssertClean();
            GeneratorRun second = first.Rerun(first.Input.Clone());

            AssertEveryStepReused(second);
            Assert.Equal(Texts(first), Texts(second));
        }

        [Fact]
        public void Editing_unrelated_csharp_leaves_every_step_cached()
        {
            GeneratorRun first = TwoDigests().Run();
            Compilation edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }", new TestProject().ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
            GeneratorRun second = first.Rerun(edited);

            Assert.All(Reasons(second, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            Assert.All(Reasons(second, TrackingNames.Model), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));

            // Every other tracked step too, and the source outputs are not redone: nothing reads the C# code.
            AssertEveryStepReused(second);
            Assert.Equal(Texts(first), Texts(second));
        }

        [Fact]
        public void Editing_one_digest_reparses_that_digest_only()
        {
            GeneratorRun first = TwoDigests().Run();
            AdditionalText held = first.AdditionalTexts.Single(t => t.Path.EndsWith("/small.txt", StringComparison.Ordinal));
            var replacement = new InMemoryAdditionalText(held.Path, TestDigests.Small.Replace("three layers", "four layers"));

            GeneratorRun second = first.Rerun(driver => driver.ReplaceAdditionalText(held, replacement), first.Input);

            IncrementalStepRunReason[] parse = Reasons(second, TrackingNames.Parse);
            Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Contains("four layers", second.Source("Small"), StringComparison.Ordinal);
            Assert.Equal(first.Source("Other"), second.Source("Other"));
        }

        [Fact]
        public void The_same_text_read_again_as_a_new_object_is_not_copied_or_parsed_again()
        {
            // What the compiler server does with a cached driver: every file is a new AdditionalText, most with the same text.
            GeneratorRun first = TwoDigests().Run();
            AdditionalText held = first.AdditionalTexts.Single(t => t.Path.EndsWith("/small.txt", StringComparison.Ordinal));
            var again = new InMemoryAdditionalText(held.Path, held.GetText(TestContext.Current.CancellationToken)!.ToString());

            GeneratorRun second = first.Rerun(driver => driver.ReplaceAdditionalText(held, again), first.Input);

            Assert.All(Reasons(second, TrackingNames.Contents), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
            Assert.All(Reasons(second, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            Assert.Equal(Texts(first), Texts(second));
        }

        [Fact]
        public void An_edit_of_the_same_length_is_seen_through_the_checksum()
        {
            GeneratorRun first = TwoDigests().Run();
            AdditionalText held = first.AdditionalTexts.Single(t => t.Path.EndsWith("/small.txt", StringComparison.Ordinal));
            string text = held.GetText(TestContext.Current.CancellationToken)!.ToString();
            string edited = text.Replace("three layers", "seven layers");
            Assert.Equal(text.Length, edited.Length);
            Assert.NotEqual(text, edited);

            GeneratorRun second = first.Rerun(driver => driver.ReplaceAdditionalText(held, new InMemoryAdditionalText(held.Path, edited)), first.Input);

            Assert.Equal(1, Reasons(second, TrackingNames.Parse).Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Contains("seven layers", second.Source("Small"), StringComparison.Ordinal);
        }

        [Fact]
        public void No_step_output_holds_compiler_objects()
        {
            GeneratorRun run = TwoDigests().Run();
            int checkedValues = 0;
            foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> runs) in CachingAssert.Tracked(run))
            {
                foreach ((object value, IncrementalStepRunReason _) in runs.SelectMany(r => r.Outputs))
                {
                    string? found = CachingAssert.FindCompilerObject(value, name);
                    Assert.True(found is null, found);
                    checkedValues++;
                }
            }

            Assert.True(checkedValues >= 10, "too few step outputs were inspected: " + checkedValues);
        }

        [Fact]
        public void Tracking_names_are_found_by_reflection_and_every_one_runs_for_a_digest()
        {
            // Written out here on purpose: a step added or renamed must show up in this list and in the harness.
            Assert.Equal(
                new[] { "Catalogs", "Contents", "Diagnostics", "Digests", "Groups", "Inputs", "LanguageVersion", "Merge", "Model", "Parse", "Resources", "Settings", "Texts" },
                CachingAssert.TrackingNames.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(CachingAssert.TrackingNames.OrderBy(n => n, StringComparer.Ordinal), CachingAssert.Tracked(TwoDigests().Run()).Keys.OrderBy(n => n, StringComparer.Ordinal));
        }

        private static void AssertEveryStepReused(GeneratorRun run)
        {
            IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps = CachingAssert.Tracked(run);
            Assert.Contains(TrackingNames.Parse, steps.Keys);
            Assert.Contains(TrackingNames.Model, steps.Keys);
            CachingAssert.AssertEveryStepReused(run);
            Assert.NotEmpty(run.Result.TrackedOutputSteps.SelectMany(step => step.Value));
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRun run, string step) =>
            run.Result.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();

        private static string[] Texts(GeneratorRun run) =>
            run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.SourceText.ToString()).ToArray();
    }
}
