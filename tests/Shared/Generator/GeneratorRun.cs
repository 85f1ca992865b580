using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PaperData.Testing
{
    /// <summary>
    /// The outcome of running the generator once, and the compilation it produced. Made by
    /// <see cref="TestProject.Run"/>, which has already rerun it on a clone and checked every step was cached.
    /// </summary>
    internal sealed class GeneratorRun
    {
        private GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> driverDiagnostics, ImmutableArray<AdditionalText> texts)
        {
            AdditionalTexts = texts;
            Driver = driver;
            Input = input;
            Output = output;
            DriverDiagnostics = driverDiagnostics;
        }

        public GeneratorDriver Driver { get; }

        /// <summary>The additional files the driver was created with (the instances ReplaceAdditionalText needs).</summary>
        public ImmutableArray<AdditionalText> AdditionalTexts { get; }

        public Compilation Input { get; }

        public Compilation Output { get; }

        /// <summary>What the generator reported (the PD diagnostics).</summary>
        public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

        public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

        public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

        /// <summary>Runs <paramref name="driver"/> once, with no caching check (see <see cref="TestProject.Run"/>).</summary>
        public static GeneratorRun Start(GeneratorDriver driver, Compilation compilation, ImmutableArray<AdditionalText> texts)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorRun(driver, compilation, output, diagnostics, texts);
        }

        /// <summary>
        /// Runs the same driver again on <paramref name="compilation"/>, as the IDE does after an edit; what was
        /// cached is for the test to check (<see cref="CachingAssert"/>).
        /// </summary>
        public GeneratorRun Rerun(Compilation compilation) => Start(Driver, compilation, AdditionalTexts);

        /// <summary>Changes the driver (replaces a file, new options...) and runs it again.</summary>
        public GeneratorRun Rerun(Func<GeneratorDriver, GeneratorDriver> change, Compilation compilation) => Start(change(Driver), compilation, AdditionalTexts);

        /// <summary>The generated source of the only file whose hint name starts with <paramref name="className"/>.</summary>
        public string Source(string className) =>
            Sources.Single(s => s.HintName.StartsWith(className + ".", StringComparison.Ordinal)).SourceText.ToString();

        public ImmutableArray<Diagnostic> Pd(string id) =>
            DriverDiagnostics.Where(d => d.Id == id).ToImmutableArray();

        /// <summary>Every warning or error of the generator and of the compilation, but the PD ids the test expects.</summary>
        public ImmutableArray<Diagnostic> Problems(params string[] expectedIds) =>
            DriverDiagnostics.Concat(Output.GetDiagnostics())
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && !expectedIds.Contains(d.Id))
                .ToImmutableArray();

        /// <summary>Fails with every unexpected warning or error, with its location, so the message says what broke.</summary>
        public GeneratorRun AssertClean(params string[] expectedIds)
        {
            Assert.Null(Result.Exception);
            ImmutableArray<Diagnostic> problems = Problems(expectedIds);
            if (problems.Length > 0)
            {
                Assert.Fail("unexpected diagnostics:\n" + string.Join("\n", problems.Take(20).Select(d => d.ToString())));
            }

            return this;
        }
    }
}
