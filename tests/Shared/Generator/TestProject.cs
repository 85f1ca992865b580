using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Generator;

namespace PaperData.Testing
{
    /// <summary>One <c>PaperDigest</c> item: a file and its metadata, as the build targets would pass it.</summary>
    internal sealed record DigestItem(string RelativePath, string? Text)
    {
        public string? ClassName { get; init; }

        public string? Namespace { get; init; }

        public string? Visibility { get; init; }

        public string? Format { get; init; }

        /// <summary>False for an additional file that is not a digest (no PaperDataDigest metadata).</summary>
        public bool IsDigest { get; init; } = true;

        /// <summary>More item metadata, as the build targets add it (e.g. the resource the build task wrote).</summary>
        public IReadOnlyDictionary<string, string>? Metadata { get; init; }

        /// <summary>Replaces the in-memory file, e.g. with one whose reading throws.</summary>
        public Func<string, AdditionalText>? CustomFile { get; init; }
    }

    /// <summary>
    /// The one way tests run the generator: a project as the compiler sees it (C# sources, digests as additional
    /// files, build properties). <see cref="Run"/> runs the real <see cref="DigestGenerator"/> through
    /// <see cref="CSharpGeneratorDriver"/> with tracked steps, compiles the result with nullable annotations and
    /// XML doc checks on at the highest warning level, then reruns the driver on a clone of the compilation and
    /// asserts every tracked step was cached (<see cref="CachingAssert"/>), so every generator test is a caching test.
    /// <code>GeneratorRun run = new TestProject().With(new DigestItem("papers/a.txt", text) { ClassName = "A" }).Run();</code>
    /// </summary>
    internal sealed class TestProject
    {
        public const string ProjectDirectory = "/src/App";

        private static readonly ImmutableArray<MetadataReference> NoReferences = ImmutableArray<MetadataReference>.Empty;

        private static readonly ImmutableArray<MetadataReference> References =
            Basic.Reference.Assemblies.Net100.References.All.CastArray<MetadataReference>()
                .Add(MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location));

        public List<DigestItem> Digests { get; } = new List<DigestItem>();

        public List<string> Sources { get; } = new List<string>();

        public Dictionary<string, string> Properties { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.RootNamespace"] = "Sample",
            ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
        };

        public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

        public bool Nullable { get; init; } = true;

        /// <summary>Every compiler warning reported as an error, as under <c>TreatWarningsAsErrors</c>.</summary>
        public bool WarningsAsErrors { get; init; }

        /// <summary>
        /// False to skip the reference assemblies (and so any meaningful compile): for tests that only read the
        /// generated text and want it fast.
        /// </summary>
        public bool Compile { get; init; } = true;

        /// <summary>Digest paths are relative to the project unless they start with '/' (a file outside it).</summary>
        public static string FullPath(string relativePath) =>
            relativePath.StartsWith("/", StringComparison.Ordinal) ? relativePath : ProjectDirectory + "/" + relativePath;

        public TestProject With(DigestItem digest)
        {
            Digests.Add(digest);
            return this;
        }

        public TestProject WithSource(string source)
        {
            Sources.Add(source);
            return this;
        }

        public CSharpParseOptions ParseOptions =>
            new CSharpParseOptions(LanguageVersion, DocumentationMode.Diagnose);

        public ImmutableArray<AdditionalText> AdditionalTexts() =>
            Digests.Select(d => d.CustomFile?.Invoke(FullPath(d.RelativePath)) ?? new InMemoryAdditionalText(FullPath(d.RelativePath), d.Text))
                .ToImmutableArray();

        public InMemoryOptionsProvider OptionsProvider()
        {
            var files = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (DigestItem digest in Digests)
            {
                var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
                if (digest.IsDigest) metadata["build_metadata.AdditionalFiles.PaperDataDigest"] = "true";
                if (digest.ClassName is not null) metadata["build_metadata.AdditionalFiles.PaperDataClassName"] = digest.ClassName;
                if (digest.Namespace is not null) metadata["build_metadata.AdditionalFiles.PaperDataNamespace"] = digest.Namespace;
                if (digest.Visibility is not null) metadata["build_metadata.AdditionalFiles.PaperDataVisibility"] = digest.Visibility;
                if (digest.Format is not null) metadata["build_metadata.AdditionalFiles.PaperDataFormat"] = digest.Format;
                foreach (KeyValuePair<string, string> extra in digest.Metadata ?? new Dictionary<string, string>()) metadata[extra.Key] = extra.Value;
                files[FullPath(digest.RelativePath)] = metadata;
            }

            return new InMemoryOptionsProvider(Properties, files);
        }

        public CSharpCompilation Compilation()
        {
            CSharpParseOptions parse = ParseOptions;
            IEnumerable<SyntaxTree> trees = Sources.Select((source, i) =>
                CSharpSyntaxTree.ParseText(source, parse, path: FullPath("Program" + i.ToString(CultureInfo.InvariantCulture) + ".cs")));
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: WarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default,
                warningLevel: 9999,
                deterministic: true);
            return CSharpCompilation.Create("App" + Guid.NewGuid().ToString("N"), trees, Compile ? References : NoReferences, options);
        }

        public GeneratorDriver Driver(ImmutableArray<AdditionalText> texts) =>
            CSharpGeneratorDriver.Create(
                new[] { new DigestGenerator().AsSourceGenerator() },
                texts,
                ParseOptions,
                OptionsProvider(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator, then checks a rerun on a cloned compilation reuses every step.</summary>
        public GeneratorRun Run()
        {
            ImmutableArray<AdditionalText> texts = AdditionalTexts();
            GeneratorRun run = GeneratorRun.Start(Driver(texts), Compilation(), texts);
            CachingAssert.RerunOnCloneIsCached(run);
            return run;
        }
    }
}
