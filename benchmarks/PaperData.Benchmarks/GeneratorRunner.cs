using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Generator;
using PaperData.Testing;

namespace PaperData.Benchmarks
{
    /// <summary>Runs the PaperData generator on one digest in a <see cref="CSharpGeneratorDriver"/>, as the compiler host does.</summary>
    public static class GeneratorRunner
    {
        public const string Namespace = "Bench";
        public const string ClassName = "BenchPapers";

        private const string DigestPath = "/bench/papers.txt";

        // What PaperData.props/targets hand the compiler for one public digest.
        private static readonly InMemoryOptionsProvider Options = new InMemoryOptionsProvider(
            new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = Namespace,
                ["build_property.MSBuildProjectDirectory"] = "/bench",
            },
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [DigestPath] = new Dictionary<string, string>
                {
                    ["build_metadata.AdditionalFiles.PaperDataDigest"] = "true",
                    ["build_metadata.AdditionalFiles.PaperDataClassName"] = ClassName,
                    ["build_metadata.AdditionalFiles.PaperDataNamespace"] = Namespace,
                    ["build_metadata.AdditionalFiles.PaperDataVisibility"] = "public",
                },
            });

        public static CSharpParseOptions ParseOptions { get; } =
            new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Parse);

        /// <summary>The generated source (empty when nothing was generated), the time taken and any diagnostics.</summary>
        public static (string Source, TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics) Run(string digestText) =>
            Run(digestText, ParseOptions);

        /// <summary>The same under chosen parse options (C# 10 gets string chunks instead of u8 literals).</summary>
        public static (string Source, TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics) Run(string digestText, CSharpParseOptions parseOptions)
        {
            var compilation = CSharpCompilation.Create("Bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var digest = new InMemoryAdditionalText(DigestPath, digestText);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new DigestGenerator().AsSourceGenerator() },
                new AdditionalText[] { digest },
                parseOptions,
                Options);
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation, CancellationToken.None);
            GeneratorDriverRunResult result = driver.GetRunResult();
            stopwatch.Stop();
            string source = result.GeneratedTrees.Length == 0 ? string.Empty : result.GeneratedTrees[0].GetText().ToString();
            return (source, stopwatch.Elapsed, result.Diagnostics);
        }
    }
}
