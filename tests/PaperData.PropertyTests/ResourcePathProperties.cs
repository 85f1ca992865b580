using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using PaperData.Tasks;
using PaperData.Testing;
using Xunit;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// The two ways a catalogue gets its data: compiled in as literals (no build task, as in a bare generator
    /// driver) and read from the embedded resource the build task writes. Both must give the same catalogue; a
    /// resource that does not belong to the class must fail loudly at first access, never give other data.
    /// </summary>
    public sealed class ResourcePathProperties : IDisposable
    {
        private const string ResourceName = "PaperData.RandomDigest-test.pdcat";
        private readonly TemporaryDirectory _temporary = new TemporaryDirectory("paperdata-resource-tests");

        private string Root => _temporary.Path;

        public void Dispose() => _temporary.Dispose();

        [Fact]
        public void Resource_and_literals_give_the_same_catalogue_for_any_digest()
        {
            int papers = 0;
            PropertyRuns.Check(DigestGen.Any.Resize(30), PropertyRuns.Compile / 2, digest =>
            {
                Both both = BuildBoth(digest.Text);
                PaperCatalog expected = PaperCatalog.Parse(both.Text);
                Assert.Equal(expected.Papers, both.Literal.Papers);
                AssertSameCatalogue(both.Literal, both.Resource);
                papers += expected.Papers.Count;
            });

            Assert.True(papers >= PropertyRuns.Compile / 2, "only " + papers + " papers: the property is nearly vacuous");
        }

        [Fact]
        public void Resource_and_literals_give_the_same_catalogue_for_the_real_digest()
        {
            Both both = BuildBoth(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt")));
            Assert.Equal(57, both.Resource.Papers.Count);
            AssertSameCatalogue(both.Literal, both.Resource);
        }

        [Fact]
        public void With_a_resource_the_generated_source_holds_no_data_and_is_much_smaller()
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));
            (string key, byte[] _) = WriteResource(text);
            string literal = Assert.Single(GeneratorHarness.Run(text, compile: false).Sources).SourceText.ToString();
            string resource = Assert.Single(GeneratorHarness.Run(text, compile: false, Metadata(key)).Sources).SourceText.ToString();

            Assert.Contains("class __Data", literal, StringComparison.Ordinal);
            Assert.DoesNotContain("class __Data", resource, StringComparison.Ordinal);
            Assert.Contains("FromResource(typeof(RandomDigest).Assembly, \"" + ResourceName + "\"", resource, StringComparison.Ordinal);
            Assert.True(resource.Length < literal.Length * 0.8, resource.Length + " vs " + literal.Length);
        }

        [Fact]
        public void A_key_that_does_not_match_the_digest_falls_back_to_literals_with_PD0110()
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));
            (string key, byte[] _) = WriteResource(text + "\nMar 12\n");
            GeneratorRun run = GeneratorHarness.Run(text, compile: false, Metadata(key));

            Diagnostic stale = Assert.Single(run.DriverDiagnostics, d => d.Id == "PD0110");
            Assert.Equal(DiagnosticSeverity.Warning, stale.DefaultSeverity); // the harness compiles warnings as errors
            Assert.Contains("build again to refresh the resource", stale.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("class __Data", Assert.Single(run.Sources).SourceText.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_stale_resource_throws_at_first_access_naming_class_and_digest()
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));
            (string key, byte[] _) = WriteResource(text);
            (string _, byte[] otherBytes) = WriteResource(text.Replace("Mar 11", "Mar 12", StringComparison.Ordinal));
            GeneratorRun run = GeneratorHarness.Run(text, compile: true, Metadata(key));

            InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => Load(run.Output, otherBytes));
            Assert.Contains("Consumer.Papers.RandomDigest", e.Message, StringComparison.Ordinal);
            Assert.Contains("RandomDigest.txt", e.Message, StringComparison.Ordinal);
            Assert.Contains("another version of the digest", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_missing_resource_throws_at_first_access_naming_class_and_digest()
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));
            (string key, byte[] _) = WriteResource(text);
            GeneratorRun run = GeneratorHarness.Run(text, compile: true, Metadata(key));

            InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => Load(run.Output, resource: null));
            Assert.Contains("Consumer.Papers.RandomDigest", e.Message, StringComparison.Ordinal);
            Assert.Contains("has no resource '" + ResourceName + "'", e.Message, StringComparison.Ordinal);
        }

        private sealed record Both(string Text, PaperCatalog Literal, PaperCatalog Resource);

        // The text as the compiler would read it back from disk (what the task reads too), through both paths.
        private Both BuildBoth(string digestText)
        {
            string path = Path.Combine(Root, "papers.txt");
            // Lone surrogates (which a file cannot hold) become U+FFFD, as an editor would save them.
            File.WriteAllText(path, digestText, new System.Text.UTF8Encoding(false));
            string text = File.ReadAllText(path);
            (string key, byte[] bytes) = WriteResource(text);

            GeneratorRun literalRun = GeneratorHarness.Run(text);
            GeneratorRun resourceRun = GeneratorHarness.Run(text, compile: true, Metadata(key));
            Assert.DoesNotContain(resourceRun.DriverDiagnostics, d => d.Id == "PD0110");
            Diagnostic[] problems = resourceRun.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems.Take(5)));
            return new Both(text, Load(literalRun.Output, null), Load(resourceRun.Output, bytes));
        }

        // What the task writes for this text: the key (the metadata the generator gets) and the resource's bytes.
        private (string Key, byte[] Bytes) WriteResource(string text)
        {
            string digest = Path.Combine(Root, Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllText(digest, text);
            string resource = Path.Combine(Root, Guid.NewGuid().ToString("N") + ".pdcat");
            Assert.Equal(CatalogResourceOutcome.Written, CatalogResourceFiles.Write(digest, null, long.MaxValue, resource, out _));
            return (File.ReadAllText(resource + CatalogResourceFiles.KeyFileSuffix), File.ReadAllBytes(resource));
        }

        private static Dictionary<string, string> Metadata(string key) => new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.PaperDataResource"] = ResourceName,
            ["build_metadata.AdditionalFiles.PaperDataResourceHash"] = key,
        };

        // Everything a catalogue answers from its data: papers, stored related papers, the search index.
        internal static void AssertSameCatalogue(PaperCatalog expected, PaperCatalog actual)
        {
            Assert.Equal(expected.Papers, actual.Papers);
            foreach (Paper paper in expected.Papers.Take(20))
            {
                Assert.Equal(expected.Related(paper, 5).Select(p => p.Id), actual.Related(actual.Papers[paper.Rank - 1], 5).Select(p => p.Id));
                string word = paper.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "x";
                Assert.Equal(
                    expected.Search(word, 5).Select(h => (h.Paper.Id, h.Score)),
                    actual.Search(word, 5).Select(h => (h.Paper.Id, h.Score)));
            }
        }

        // Emits the consumer (with the resource, if any), loads it and reads its whole catalogue.
        private static PaperCatalog Load(Compilation compilation, byte[]? resource)
        {
            using var image = new MemoryStream();
            ResourceDescription[] resources = resource is null
                ? Array.Empty<ResourceDescription>()
                : new[] { new ResourceDescription(ResourceName, () => new MemoryStream(resource), isPublic: true) };
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image, manifestResources: resources);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            // Not collectible: the catalogue reads the loaded image (its resource) for as long as the test uses it.
            var context = new AssemblyLoadContext("resource-path", isCollectible: false);
            Type type = context.LoadFromStream(image).GetType(GeneratorHarness.Namespace + "." + GeneratorHarness.ClassName, throwOnError: true)!;
            try
            {
                var catalog = (PaperCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
                _ = catalog.Papers.ToList();
                return catalog;
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is TypeInitializationException { InnerException: { } inner })
            {
                throw inner;
            }
        }
    }
}
