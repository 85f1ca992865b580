using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperData.Generator;
using Xunit;

namespace PaperData.Testing
{
    /// <summary>
    /// The incremental-caching checks every generator run in the tests goes through (after NetEscapades.EnumGenerators'
    /// TestHelpers): rerunning the driver on a clone of the compilation must reuse every tracked step, give equal
    /// step outputs, redo no source output, and no step may hold a compiler object that would defeat caching.
    /// </summary>
    internal static class CachingAssert
    {
        private static readonly Type[] CompilerObjects =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(AdditionalText), typeof(SemanticModel),
        };

        /// <summary>
        /// Every step name the generator declares: the const fields of its <c>TrackingNames</c>, found by reflection
        /// so a new step is checked without anyone listing it here (and without the generator shipping a list).
        /// </summary>
        public static IReadOnlyList<string> TrackingNames { get; } =
            typeof(DigestGenerator).Assembly.GetType("PaperData.Generator.TrackingNames", throwOnError: true)!
                .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => (string)field.GetRawConstantValue()!)
                .ToArray();

        /// <summary>Reruns <paramref name="first"/>'s driver on a clone of its input compilation and checks it was all cached.</summary>
        public static void RerunOnCloneIsCached(GeneratorRun first)
        {
            GeneratorRun second = first.Rerun(first.Input.Clone());
            IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> before = Tracked(first);
            IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> after = Tracked(second);
            Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> runs) in before)
            {
                object[] values = runs.SelectMany(r => r.Outputs).Select(o => o.Value).ToArray();
                object[] again = after[name].SelectMany(r => r.Outputs).Select(o => o.Value).ToArray();
                Assert.True(values.SequenceEqual(again), "step " + name + " gave different outputs on a rerun with nothing changed");
                foreach (object value in values)
                {
                    string? found = FindCompilerObject(value, name);
                    Assert.True(found is null, found);
                }
            }

            AssertEveryStepReused(second);
            Assert.Equal(Texts(first), Texts(second));
        }

        /// <summary>Every tracked step Cached or Unchanged, and the source outputs not redone.</summary>
        public static void AssertEveryStepReused(GeneratorRun run)
        {
            foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> runs) in Tracked(run))
            {
                foreach (IncrementalStepRunReason reason in runs.SelectMany(r => r.Outputs).Select(o => o.Reason))
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        "step " + name + " ran again: " + reason);
                }
            }

            foreach (IncrementalGeneratorRunStep output in run.Result.TrackedOutputSteps.SelectMany(step => step.Value))
            {
                Assert.All(output.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            }
        }

        /// <summary>The steps named in <see cref="TrackingNames"/> that ran (a step with no input does not appear).</summary>
        public static IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Tracked(GeneratorRun run) =>
            run.Result.TrackedSteps.Where(step => TrackingNames.Contains(step.Key)).ToDictionary(step => step.Key, step => step.Value);

        /// <summary>A path to the first compiler object reachable from <paramref name="value"/>, or null.</summary>
        public static string? FindCompilerObject(object? value, string path) =>
            FindBanned(value, new HashSet<object>(ReferenceEqualityComparer.Instance), path);

        private static string[] Texts(GeneratorRun run) =>
            run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.SourceText.ToString()).ToArray();

        private static string? FindBanned(object? value, HashSet<object> seen, string path)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return null;

            // The compiler's immutable text of a digest, held on purpose by the Inputs step (compared by reference, so an
            // unchanged file is not copied again; see DigestSource): a leaf, not a compiler object that defeats caching.
            if (value is SourceText) return null;
            Type type = value.GetType();
            Type? hit = CompilerObjects.FirstOrDefault(b => b.IsAssignableFrom(type));
            if (hit is not null) return path + " holds a " + hit.Name + " (" + type.FullName + ")";
            if (!type.IsValueType && !seen.Add(value)) return null;

            if (value is IEnumerable items)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    string? found = FindBanned(item, seen, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]");
                    if (found is not null) return found;
                }
            }

            for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    string? found = FindBanned(field.GetValue(value), seen, path + "." + field.Name);
                    if (found is not null) return found;
                }
            }

            return null;
        }
    }
}
