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
