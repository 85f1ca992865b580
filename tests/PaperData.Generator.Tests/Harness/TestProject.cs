using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperData.Testing;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperData.Generator.Tests.Harness
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

        /// <summary>Replaces the in-memory file, e.g. with one whose reading throws.</summary>
        public Func<string, AdditionalText>? CustomFile { get; init; }
    }

    /// <summary>
    /// A project as the compiler sees it: C# sources, digests as additional files, build properties. Building
    /// it runs the real <see cref="DigestGenerator"/> through <see cref="CSharpGeneratorDriver"/>, tracking steps,
    /// and compiles the result with nullable annotations and XML doc checks on, at the highest warning level.
    /// </summary>
    internal sealed class TestProject
    {
        public const string ProjectDirectory = "/src/App";

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
                .ToImmutableArray<AdditionalText>();

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
                files[FullPath(digest.RelativePath)] = metadata;
            }

            return new InMemoryOptionsProvider(Properties, files);
        }

        public CSharpCompilation Compilation()
        {
            CSharpParseOptions parse = ParseOptions;
            IEnumerable<SyntaxTree> trees = Sources.Select((source, i) =>
                CSharpSyntaxTree.ParseText(source, parse, path: FullPath("Program" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")));
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999,
                deterministic: true);
            return CSharpCompilation.Create("App" + Guid.NewGuid().ToString("N"), trees, References, options);
        }

        public GeneratorDriver Driver(ImmutableArray<AdditionalText> texts) =>
            CSharpGeneratorDriver.Create(
                new[] { new DigestGenerator().AsSourceGenerator() },
                texts,
                ParseOptions,
                OptionsProvider(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        public GeneratorRun Run()
        {
            ImmutableArray<AdditionalText> texts = AdditionalTexts();
            return GeneratorRun.Start(Driver(texts), Compilation(), texts);
        }
    }
}
