using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>
    /// The generator dll from the package, run by the oldest compiler it supports: this test process references
    /// Microsoft.CodeAnalysis.CSharp 4.8.0, so the loaded generator binds to Roslyn 4.8.
    /// </summary>
    public sealed class Roslyn48HostTests
    {
        private readonly PackedPackage _package;

        public Roslyn48HostTests(PackedPackage package) => _package = package;

        [Fact]
        public void This_process_hosts_Roslyn_4_8()
        {
            Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);
        }

        [Fact]
        public void Packed_generator_runs_under_Roslyn_4_8_and_its_code_compiles_as_CSharp_7_3()
        {
            string generatorPath = Path.Combine(_package.ExtractedPath, "analyzers", "dotnet", "cs", "PaperData.Generator.dll");
            Type type = Assembly.LoadFrom(generatorPath).GetType("PaperData.Generator.DigestGenerator", throwOnError: true)!;
            var generator = (IIncrementalGenerator)Activator.CreateInstance(type)!;

            CancellationToken ct = TestContext.Current.CancellationToken;
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3);
            string digestPath = Path.Combine(RepoPaths.Consumers, "App", "digests", "papers-a.txt");
            var digest = new FileText(digestPath);
            var options = new Options(
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "Unused.Root" },
                new Dictionary<string, string>
                {
                    ["build_metadata.AdditionalFiles.PaperDataDigest"] = "true",
                    ["build_metadata.AdditionalFiles.PaperDataClassName"] = "OldHost",
                    ["build_metadata.AdditionalFiles.PaperDataNamespace"] = "Host.Check",
                });

            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, new AdditionalText[] { digest }, parseOptions, options);
            CSharpCompilation compilation = CSharpCompilation.Create("OldHostConsumer",
                new[] { CSharpSyntaxTree.ParseText("internal static class Uses { internal static int Count() { return Host.Check.OldHost.Count; } }", parseOptions, cancellationToken: ct) },
                References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics, ct);

            Assert.Empty(generatorDiagnostics);
            GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);
            Assert.Null(run.Exception);
            GeneratedSourceResult generated = Assert.Single(run.GeneratedSources);
            Assert.StartsWith("OldHost.", generated.HintName, StringComparison.Ordinal);

            Diagnostic[] errors = output.GetDiagnostics(ct).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
            INamedTypeSymbol catalogue = output.GetTypeByMetadataName("Host.Check.OldHost")!;
            Assert.NotNull(catalogue);
            Assert.Equal(Accessibility.Internal, catalogue.DeclaredAccessibility);
            Assert.Equal(3, catalogue.GetMembers("Count").OfType<IFieldSymbol>().Single().ConstantValue);
        }

        // The runtime's own assemblies plus the packed library: enough to compile the generated code.
        private IEnumerable<MetadataReference> References()
        {
            string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            foreach (string path in platform)
            {
                string name = Path.GetFileName(path);
                if (name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard.dll" || name == "mscorlib.dll")
                {
                    yield return MetadataReference.CreateFromFile(path);
                }
            }

            yield return MetadataReference.CreateFromFile(Path.Combine(_package.ExtractedPath, "lib", "net10.0", "PaperData.dll"));
        }

        private sealed class FileText : AdditionalText
        {
            public FileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) =>
                SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
        }

        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private readonly DictionaryOptions _global;
            private readonly DictionaryOptions _file;

            public Options(Dictionary<string, string> global, Dictionary<string, string> file)
            {
                _global = new DictionaryOptions(global);
                _file = new DictionaryOptions(file);
            }

            public override AnalyzerConfigOptions GlobalOptions => _global;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public DictionaryOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                _values.TryGetValue(key, out value);
        }
    }
}
