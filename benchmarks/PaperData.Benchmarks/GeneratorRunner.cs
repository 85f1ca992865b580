using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperData.Generator;

namespace PaperData.Benchmarks
{
    /// <summary>Runs the PaperData generator on one digest in a <see cref="CSharpGeneratorDriver"/>, as the compiler host does.</summary>
    public static class GeneratorRunner
    {
        public const string Namespace = "Bench";
        public const string ClassName = "BenchPapers";

        public static CSharpParseOptions ParseOptions { get; } =
            new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Parse);

        /// <summary>The generated source (empty when nothing was generated), the time taken and any diagnostics.</summary>
        public static (string Source, TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics) Run(string digestText) =>
            Run(digestText, ParseOptions);

        /// <summary>The same under chosen parse options (C# 10 gets string chunks instead of u8 literals).</summary>
        public static (string Source, TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics) Run(string digestText, CSharpParseOptions parseOptions)
        {
            var compilation = CSharpCompilation.Create("Bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var digest = new InMemoryText("/bench/papers.txt", digestText);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new DigestGenerator().AsSourceGenerator() },
                new AdditionalText[] { digest },
                parseOptions,
                new Options());
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation, CancellationToken.None);
            GeneratorDriverRunResult result = driver.GetRunResult();
            stopwatch.Stop();
            string source = result.GeneratedTrees.Length == 0 ? string.Empty : result.GeneratedTrees[0].GetText().ToString();
            return (source, stopwatch.Elapsed, result.Diagnostics);
        }

        private sealed class InMemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private static readonly DictionaryOptions Global = new DictionaryOptions(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = Namespace,
                ["build_property.MSBuildProjectDirectory"] = "/bench",
            });

            private static readonly DictionaryOptions Digest = new DictionaryOptions(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.PaperDataDigest"] = "true",
                ["build_metadata.AdditionalFiles.PaperDataClassName"] = ClassName,
                ["build_metadata.AdditionalFiles.PaperDataNamespace"] = Namespace,
                ["build_metadata.AdditionalFiles.PaperDataVisibility"] = "public",
            });

            public override AnalyzerConfigOptions GlobalOptions => Global;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Digest;
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public DictionaryOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
