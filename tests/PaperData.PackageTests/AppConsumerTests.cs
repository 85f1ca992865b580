using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>Builds and runs Consumers/App (net10.0, warnings as errors, three digests) once for all its tests.</summary>
    public sealed class AppConsumer : RunConsumer
    {
        public AppConsumer(PackedPackage package)
            : base(package, "App", "net10.0")
        {
        }
    }

    public sealed class AppConsumerTests : IClassFixture<AppConsumer>
    {
        private readonly AppConsumer _app;

        public AppConsumerTests(AppConsumer app) => _app = app;

        [Fact]
        public void Builds_with_warnings_as_errors_and_runs()
        {
            Assert.True(_app.Build.Succeeded, _app.Build.Describe());
            Assert.True(_app.Run!.Succeeded, _app.Run.Describe());
        }

        [Fact]
        public void Bundled_catalogue_has_the_57_papers_and_is_public()
        {
            Assert.Equal("57", Value("bundled.count"));
            Assert.Equal("57", Value("bundled.all"));
            Assert.Equal("True", Value("bundled.public"));
            Assert.Equal("Learning dynamic representations of the functional connectome in neurobiological networks", Value("bundled.first"));
        }

        [Fact]
        public void Digest_without_metadata_gets_class_from_file_name_root_namespace_and_internal()
        {
            Assert.Equal("Consumer.App.PapersA", Value("a.type"));
            Assert.Equal("False", Value("a.public"));
            Assert.Equal("3/3", Value("a.count"));
            Assert.Equal(
                "Learning dynamic representations of the functional connectome in neurobiological networks"
                + "|Next Block Prediction: Video Generation via Semi-Autoregressive Modeling"
                + "|Feature Learning in Infinite-Width Neural Networks",
                Value("a.titles"));
            Assert.Equal("3-11", Value("a.date"));
        }

        [Fact]
        public void Digest_with_ClassName_and_Namespace_gets_them()
        {
            Assert.Equal("My.Lists.Reading", Value("reading.type"));
            Assert.Equal("False", Value("reading.public"));
            Assert.Equal("2", Value("reading.count"));
            const string S3im = "S3IM: Stochastic Structural SIMilarity and Its Unreasonable Effectiveness for Neural Fields";
            Assert.Equal(S3im, Value("reading.s3im"));
            Assert.Equal(S3im, Value("reading.s3im.const"));
            Assert.Equal("1", Value("reading.s3im.key"));
            Assert.Equal("2-3", Value("reading.date"));
        }

        [Fact]
        public void Digest_with_only_Namespace_and_warnings_still_generates_every_paper()
        {
            Assert.Equal("Consumer.Notes.PapersA", Value("notes.type"));
            const string Influence = "Influence-guided Data Augmentation for Neural Tensor Completion";
            Assert.Equal(
                Influence + "|DSFormer: Effective Compression of Text-Transformers by Dense-Sparse Weight Factorization|" + Influence,
                Value("notes.titles"));
        }

        [Fact]
        public void Digest_warnings_are_reported_at_the_digest_line_and_column()
        {
            string output = _app.Build.Output;
            Assert.True(Regex.IsMatch(output, @"notes[/\\]papers-a\.txt\(3,1\): warning PD0007:"), _app.Build.Describe());
            Assert.True(Regex.IsMatch(output, @"notes[/\\]papers-a\.txt\(15,5\): warning PD0004:"), _app.Build.Describe());

            // Only the imperfect digest is complained about.
            List<string> others = output.Split('\n')
                .Where(l => Regex.IsMatch(l, @"\b(warning|error) PD\d{4}") && !Regex.IsMatch(l, @"notes[/\\]papers-a\.txt"))
                .ToList();
            Assert.Empty(others);
        }

        [Fact]
        public void EmitCompilerGeneratedFiles_writes_one_readable_file_per_digest_even_for_equal_file_and_class_names()
        {
            string directory = _app.Project.GeneratedDirectory("net10.0");
            Assert.True(Directory.Exists(directory), "no generated files in " + directory + "\n" + _app.Build.Describe());
            string[] files = Directory.GetFiles(directory, "*.g.cs").Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal).ToArray()!;
            Assert.Collection(files,
                f => Assert.StartsWith("PapersA.", f, System.StringComparison.Ordinal),
                f => Assert.StartsWith("PapersA.", f, System.StringComparison.Ordinal),
                f => Assert.StartsWith("Reading.", f, System.StringComparison.Ordinal));

            // digests/papers-a.txt and notes/papers-a.txt both generate a class PapersA, in two namespaces.
            string papersA = files.Take(2).Select(f => File.ReadAllText(Path.Combine(directory, f)))
                .Single(source => source.Contains("namespace Consumer.App", System.StringComparison.Ordinal));
            Assert.Contains("internal static partial class PapersA", papersA, System.StringComparison.Ordinal);
            Assert.Contains("/// <summary>Feature Learning in Infinite-Width Neural Networks</summary>", papersA, System.StringComparison.Ordinal);
            Assert.Contains("<see href=\"https://github.com/dyballa/dynamic-connectomes\"/>", papersA, System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_build_task_writes_each_digests_data_as_a_resource_and_the_generated_code_holds_none()
        {
            // Three digests, three resources written by the packed task before the compiler ran...
            string resources = Path.Combine(_app.Project.Directory, "obj", "Debug", "net10.0", "paperdata");
            string[] written = Directory.GetFiles(resources, "*.pdcat").Select(Path.GetFileName).ToArray()!;
            Assert.Equal(3, written.Length);

            // ...embedded in the app under those names, and the generated classes read them instead of literals
            // (the app's output, checked by the tests above, is then read from the resources).
            using var stream = File.OpenRead(Path.Combine(_app.Project.Directory, "bin", "Debug", "net10.0", "App.dll"));
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            string[] embedded = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToArray();
            Assert.Equal(written.OrderBy(n => n, System.StringComparer.Ordinal), embedded.Where(n => n.EndsWith(".pdcat", System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal));
            foreach (string file in Directory.GetFiles(_app.Project.GeneratedDirectory("net10.0"), "*.g.cs"))
            {
                string source = File.ReadAllText(file);
                Assert.Contains("GeneratedCatalog.FromResource(", source, System.StringComparison.Ordinal);
                Assert.DoesNotContain("class __Data", source, System.StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_host_loads_the_precompiled_library_for_its_platform_and_the_portable_one_elsewhere()
        {
            string rid = Value("runtime.rid");
            if (rid is "linux-x64" or "linux-arm64" or "win-x64" or "osx-arm64")
            {
                Assert.Equal("runtimes/" + rid + "/lib/net10.0/PaperData.dll", Value("runtime.path"));
                Assert.Equal("True", Value("runtime.readytorun"));
            }
            else
            {
                Assert.Equal("PaperData.dll", Value("runtime.path"));
                Assert.Equal("False", Value("runtime.readytorun"));
            }
        }

        private string Value(string key) => _app.Value(key);
    }
}
