using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PaperData.Testing;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Generator.Tests.Harness;
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
            var banned = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(AdditionalText), typeof(SemanticModel) };
            int checkedValues = 0;
            foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> runs) in Tracked(run))
            {
                foreach ((object value, IncrementalStepRunReason _) in runs.SelectMany(r => r.Outputs))
                {
                    string? found = FindBanned(value, banned, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
                    Assert.True(found is null, found);
                    checkedValues++;
                }
            }

            Assert.True(checkedValues >= 10, "too few step outputs were inspected: " + checkedValues);
        }

        private static IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Tracked(GeneratorRun run) =>
            run.Result.TrackedSteps.Where(step => TrackingNames.All.Contains(step.Key)).ToDictionary(step => step.Key, step => step.Value);

        // Every tracked step Cached or Unchanged, and the source outputs not redone.
        private static void AssertEveryStepReused(GeneratorRun run)
        {
            IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps = Tracked(run);
            Assert.Contains(TrackingNames.Parse, steps.Keys);
            Assert.Contains(TrackingNames.Model, steps.Keys);
            foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> runs) in steps)
            {
                foreach (IncrementalStepRunReason reason in runs.SelectMany(r => r.Outputs).Select(o => o.Reason))
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        "step " + name + " ran again: " + reason);
                }
            }

            var outputs = run.Result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(r => r.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRun run, string step) =>
            run.Result.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();

        private static string[] Texts(GeneratorRun run) =>
            run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.SourceText.ToString()).ToArray();

        /// <summary>A path to the first banned object reachable from <paramref name="value"/>, or null.</summary>
        private static string? FindBanned(object? value, Type[] banned, HashSet<object> seen, string path)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return null;
            Type type = value.GetType();
            Type? hit = banned.FirstOrDefault(b => b.IsAssignableFrom(type));
            if (hit is not null) return path + " holds a " + hit.Name + " (" + type.FullName + ")";
            if (!type.IsValueType && !seen.Add(value)) return null;

            if (value is IEnumerable items)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    string? found = FindBanned(item, banned, seen, path + "[" + (i++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                    if (found is not null) return found;
                }
            }

            for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    string? found = FindBanned(field.GetValue(value), banned, seen, path + "." + field.Name);
                    if (found is not null) return found;
                }
            }

            return null;
        }
    }
}
