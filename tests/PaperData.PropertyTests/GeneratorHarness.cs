using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using PaperData.Testing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperData.Generator;

namespace PaperData.PropertyTests
{
    /// <summary>What the generator made of one digest, and what the compiler then said.</summary>
    internal sealed record GeneratorRun(
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        ImmutableArray<GeneratedSourceResult> Sources,
        Compilation Output);

    /// <summary>
    /// Runs the real <see cref="DigestGenerator"/> in memory, as a consumer's build would: the digest as an
    /// additional file with PaperDataDigest=true metadata, compiled with nullable, documentation diagnostics and
    /// warnings as errors against the .NET 10 reference assemblies and PaperData.dll.
    /// </summary>
    internal static class GeneratorHarness
    {
        public const string DigestPath = "/project/papers/RandomDigest.txt";
        public const string Namespace = "Consumer.Papers";
        public const string ClassName = "RandomDigest";

        public static readonly CSharpParseOptions ParseOptions =
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

        private static readonly CSharpCompilationOptions CompilationOptions =
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true);

        private static readonly ImmutableArray<MetadataReference> References =
            Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location))
                .ToImmutableArray();

        // Uses the generated class the way a consumer does, so its public surface must compile and be documented.
        private const string ConsumerSource = @"
namespace Consumer
{
    /// <summary>Uses the generated catalogue.</summary>
    public static class Use
    {
        /// <summary>Every paper.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<global::PaperData.Paper> Papers => Consumer.Papers.RandomDigest.All;

        /// <summary>The count.</summary>
        public const int Count = Consumer.Papers.RandomDigest.Count;
    }
}
";

        /// <param name="digestText">The digest.</param>
        /// <param name="compile">False to run the generator only.</param>
        /// <param name="metadata">More item metadata for the digest (what PaperData.targets adds when its build task ran).</param>
        public static GeneratorRun Run(string digestText, bool compile = true, IReadOnlyDictionary<string, string>? metadata = null)
        {
            var additional = new InMemoryAdditionalText(DigestPath, digestText);
            var options = new InMemoryOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Consumer",
                ["build_property.MSBuildProjectDirectory"] = "/project",
            }, new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [DigestPath] = new Dictionary<string, string>(metadata ?? new Dictionary<string, string>())
                {
                    ["build_metadata.AdditionalFiles.PaperDataDigest"] = "true",
                    ["build_metadata.AdditionalFiles.PaperDataClassName"] = ClassName,
                    ["build_metadata.AdditionalFiles.PaperDataNamespace"] = Namespace,
                    // Public, so every generated member must carry valid XML documentation (CS1591, CS1570, ...).
                    ["build_metadata.AdditionalFiles.PaperDataVisibility"] = "public",
                },
            });

            SyntaxTree[] trees = compile ? new[] { CSharpSyntaxTree.ParseText(ConsumerSource, ParseOptions, "Consumer.cs") } : Array.Empty<SyntaxTree>();
            CSharpCompilation compilation = CSharpCompilation.Create("Consumer", trees, compile ? References : ImmutableArray<MetadataReference>.Empty, CompilationOptions);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new DigestGenerator().AsSourceGenerator() },
                new AdditionalText[] { additional },
                ParseOptions,
                options);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null) throw new InvalidOperationException("the generator threw", result.Exception);
            return new GeneratorRun(diagnostics, result.GeneratedSources, output);
        }
    }
}
