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
    /// The build task's side of archives: digests grouped by the class they generate, one resource per class,
    /// written from the same merge the generator runs, so the class reads exactly the catalogue its literals would
    /// hold; and the per-class input lists that make a class's resource out of date when its set of files changes.
    /// </summary>
    public sealed class ClassResourceTests : IDisposable
    {
        private readonly TemporaryDirectory _temporary = new TemporaryDirectory("paperdata-class-resource-tests");

        private string ResourceDirectory => Path.Combine(Root, "obj", "paperdata");

        private string Root => _temporary.Path;

        public void Dispose() => _temporary.Dispose();

        [Fact]
        public void Digests_are_grouped_by_class_and_each_class_gets_one_resource_of_its_own()
        {
            CatalogFile[] digests =
            {
                Digest("papers/2025-03-11.json", Days.Mar11, className: "Archive"),
                Digest("papers/2025-03-10.json", Days.Mar10, className: "Archive"),
                Digest("papers/2025-03-12.json", Days.Mar12, className: "Archive"),
                Digest("lists/daily-papers-mar-11.txt", RealDigest),
                Digest("notes/daily-papers-mar-11.txt", RealDigest, itemNamespace: "Other.Notes"),
                Digest("more/archive.json", Days.Mar10, className: "archive"),
            };

            IReadOnlyList<CatalogClass> classes = CatalogClasses.Assign(digests, " Sample ", null, ResourceDirectory, long.MaxValue);

            Assert.Equal(new[] { "Other.Notes.DailyPapersMar11", "Sample.Archive", "Sample.DailyPapersMar11", "Sample.archive" }, classes.Select(c => c.FullName));
            CatalogClass archive = classes[1];
            Assert.Equal(digests.Take(3).Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal), archive.Files.Select(f => f.Path));
            Assert.StartsWith("PaperData.Sample.Archive-", archive.ResourceName, StringComparison.Ordinal);
            Assert.EndsWith(".pdcat", archive.ResourceName, StringComparison.Ordinal);

            // Archive and archive differ only in case: their resources still differ ignoring case (Windows, macOS).
            Assert.Equal(classes.Count, classes.Select(c => c.ResourceName.ToUpperInvariant()).Distinct().Count());

            foreach (CatalogClass catalog in classes)
            {
                Assert.Equal(CatalogResourceOutcome.Written, CatalogResourceFiles.WriteClass(catalog.Files, long.MaxValue, catalog.ResourceFile, out _, TestContext.Current.CancellationToken));
            }

            Assert.Equal(classes.Select(c => c.ResourceName).OrderBy(n => n, StringComparer.Ordinal),
                Directory.GetFiles(ResourceDirectory, "*.pdcat").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void An_archives_resource_holds_the_catalogue_the_generators_literals_hold()
        {
            var files = new[]
            {
                ("papers/2025-03-12.json", Days.Mar12),
                ("papers/2025-03-10.json", Days.Mar10),
                ("papers/2025-03-11.json", Days.Mar11),
            };
            Both both = BuildBoth(files, expectedDiagnostics: Array.Empty<string>());

            Assert.Equal(4, both.Resource.Papers.Count);
            ResourcePathProperties.AssertSameCatalogue(both.Literal, both.Resource);
            Assert.Equal(PaperCatalog.Merge(files.Select(f => PaperCatalog.ParseJson(f.Item2)).ToArray()).Papers, both.Resource.Papers);
        }

        [Fact]
        public void A_class_above_the_limit_read_without_a_diagnostic_gets_a_summary_and_the_generator_uses_it_for_the_same_catalogue()
        {
            var files = new[]
            {
                ("papers/2025-03-12.json", Days.Mar12),
                ("papers/2025-03-10.json", Days.Mar10),
                ("papers/2025-03-11.json", Days.Mar11),
            };
            Both both = BuildBoth(files, expectedDiagnostics: new[] { "PD0111" }, maxMembers: 3);

            Assert.Equal(4, both.Resource.Papers.Count);
            ResourcePathProperties.AssertSameCatalogue(both.Literal, both.Resource);
            string summary = Directory.GetFiles(Root, "*" + CatalogResourceFiles.SummaryFileSuffix, SearchOption.AllDirectories).Single();
            Assert.Equal("4", File.ReadAllText(summary));
        }

        [Fact]
        public void No_summary_for_a_class_at_or_below_the_limit_without_a_limit_or_with_a_diagnostic()
        {
            CatalogFile[] archive =
            {
                Digest("papers/2025-03-10.json", Days.Mar10, className: "Archive"),
                Digest("papers/2025-03-11.json", Days.Mar11, className: "Archive"),
            };
            CatalogFile[] broken = { Digest("lists/broken.txt", "Mar 11, 2025\n\nA Title Without Its Abstract\n", className: "Broken") };
            string resource = Path.Combine(ResourceDirectory, "archive.pdcat");
            string summary = resource + CatalogResourceFiles.SummaryFileSuffix;
            var ct = TestContext.Current.CancellationToken;

            Assert.Equal(CatalogResourceOutcome.Written, CatalogResourceFiles.WriteClass(archive, long.MaxValue, resource, out int papers, ct, maxMembers: 2));
            Assert.Equal(3, papers);
            Assert.Equal("3", File.ReadAllText(summary));
            CatalogResourceFiles.WriteClass(archive, long.MaxValue, resource, out _, ct, maxMembers: 3);
            Assert.False(File.Exists(summary), "at the limit");
            CatalogResourceFiles.WriteClass(archive, long.MaxValue, resource, out _, ct, maxMembers: -1);
            Assert.False(File.Exists(summary), "no limit");

            string brokenResource = Path.Combine(ResourceDirectory, "broken.pdcat");
            Assert.Equal(CatalogResourceOutcome.Written, CatalogResourceFiles.WriteClass(broken, long.MaxValue, brokenResource, out _, ct, maxMembers: 0));
            Assert.False(File.Exists(brokenResource + CatalogResourceFiles.SummaryFileSuffix), "a digest with a diagnostic");
        }

        [Fact]
        public void Random_text_digests_of_one_class_give_the_same_catalogue_through_the_resource_and_the_literals()
        {
            int papers = 0;
            FsCheck.Gen<GeneratedDigest[]> days = Gen.Choose(2, 3).SelectMany(n => Gen.ListOf(DigestGen.Any.Resize(12), n)).Select(list => list.ToArray());
            PropertyRuns.Check(days, Math.Max(4, PropertyRuns.Compile / 4), digests =>
            {
                var files = digests.Select((d, i) => ("days/day-" + i + ".txt", d.Text)).ToArray();
                Both both = BuildBoth(files, expectedDiagnostics: null);
                ResourcePathProperties.AssertSameCatalogue(both.Literal, both.Resource);
                papers += both.Resource.Papers.Count;
            });

            Assert.True(papers >= PropertyRuns.Compile / 4, "only " + papers + " papers: the property is nearly vacuous");
        }

        [Fact]
        public void Files_the_merge_leaves_out_do_not_reach_the_resource()
        {
            const string LoneObject = "{\"id\": \"2503.09999\", \"title\": \"Lone Paper Object\", \"summary\": \"One paper object.\", \"publishedAt\": \"2025-03-09\"}\n";
            var files = new[]
            {
                ("papers/2025-03-10.json", Days.Mar10),
                ("papers/2025-03-11.json", Days.Mar11),
                ("papers/2503.09999.json", LoneObject),          // PD0020: not a daily_papers array
                ("papers/notes.txt", RealDigest),                 // PD0104: text in a JSON catalogue
            };
            Both both = BuildBoth(files, expectedDiagnostics: new[] { "PD0020", "PD0104" });

            Assert.Equal(new[] { "Alpha Net", "Beta Fields", "Gamma Flow" }, both.Resource.Papers.Select(p => p.Title));
            ResourcePathProperties.AssertSameCatalogue(both.Literal, both.Resource);
        }

        [Fact]
        public void A_file_too_large_for_the_generator_is_left_out_of_the_resource_too()
        {
            string large = Days.Mar12 + new string(' ', 4000) + "\n";
            var files = new[]
            {
                ("papers/2025-03-10.json", Days.Mar10),
                ("papers/2025-03-11.json", Days.Mar11),
                ("papers/2025-03-12.json", large),
            };
            Both both = BuildBoth(files, expectedDiagnostics: new[] { "PD0101" }, maxDigestBytes: large.Length - 1);

            Assert.Equal(new[] { "Alpha Net", "Beta Fields", "Gamma Flow" }, both.Resource.Papers.Select(p => p.Title));
            ResourcePathProperties.AssertSameCatalogue(both.Literal, both.Resource);
        }

        [Fact]
        public void A_class_input_list_is_rewritten_only_when_that_classes_files_change()
        {
            var digests = new List<CatalogFile>
            {
                Digest("papers/2025-03-10.json", Days.Mar10, className: "Archive"),
                Digest("papers/2025-03-11.json", Days.Mar11, className: "Archive"),
                Digest("lists/reading.txt", RealDigest, className: "Reading"),
            };
            Dictionary<string, string> lists = Inputs(CatalogClasses.Assign(digests, "Sample", null, ResourceDirectory, long.MaxValue));
            var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (string list in lists.Values) File.SetLastWriteTimeUtc(list, old);

            // Nothing changed: nothing written.
            CatalogClasses.Assign(digests, "Sample", null, ResourceDirectory, long.MaxValue);
            Assert.All(lists.Values, list => Assert.Equal(old, File.GetLastWriteTimeUtc(list)));

            // A day added to the archive: its list only, and it names the new file.
            digests.Add(Digest("papers/2025-03-12.json", Days.Mar12, className: "Archive"));
            CatalogClasses.Assign(digests, "Sample", null, ResourceDirectory, long.MaxValue);
            Assert.NotEqual(old, File.GetLastWriteTimeUtc(lists["Sample.Archive"]));
            Assert.Contains("2025-03-12.json", File.ReadAllText(lists["Sample.Archive"]), StringComparison.Ordinal);
            Assert.Equal(old, File.GetLastWriteTimeUtc(lists["Sample.Reading"]));

            // A day removed, or a Format changed: the list changes too, so the resource cannot stay as it was.
            File.SetLastWriteTimeUtc(lists["Sample.Archive"], old);
            digests.RemoveAt(0);
            CatalogClasses.Assign(digests, "Sample", null, ResourceDirectory, long.MaxValue);
            Assert.NotEqual(old, File.GetLastWriteTimeUtc(lists["Sample.Archive"]));
            Assert.DoesNotContain("2025-03-10.json", File.ReadAllText(lists["Sample.Archive"]), StringComparison.Ordinal);
            Assert.Equal(old, File.GetLastWriteTimeUtc(lists["Sample.Reading"]));
        }

        [Fact]
        public void Rewriting_one_classes_resource_leaves_the_others_untouched()
        {
            var digests = new List<CatalogFile>
            {
                Digest("papers/2025-03-10.json", Days.Mar10, className: "Archive"),
                Digest("papers/2025-03-11.json", Days.Mar11, className: "Archive"),
                Digest("lists/reading.txt", RealDigest, className: "Reading"),
            };
            IReadOnlyList<CatalogClass> before = CatalogClasses.Assign(digests, "Sample", null, ResourceDirectory, long.MaxValue);
            foreach (CatalogClass catalog in before) CatalogResourceFiles.WriteClass(catalog.Files, long.MaxValue, catalog.ResourceFile, out _, TestContext.Current.CancellationToken);
            byte[] archiveBefore = File.ReadAllBytes(before[0].ResourceFile);
            byte[] readingBefore = File.ReadAllBytes(before[1].ResourceFile);

            digests.Add(Digest("papers/2025-03-12.json", Days.Mar12, className: "Archive"));
            CatalogClass archive = CatalogClasses.Assign(digests, "Sample", null, ResourceDirectory, long.MaxValue)[0];
            Assert.Equal(before[0].ResourceFile, archive.ResourceFile);
            Assert.Equal(CatalogResourceOutcome.Written, CatalogResourceFiles.WriteClass(archive.Files, long.MaxValue, archive.ResourceFile, out int papers, TestContext.Current.CancellationToken));

            Assert.Equal(4, papers);
            Assert.NotEqual(archiveBefore, File.ReadAllBytes(archive.ResourceFile));
            Assert.Equal(readingBefore, File.ReadAllBytes(before[1].ResourceFile));
            Assert.Equal(2, Directory.GetFiles(ResourceDirectory, "*.pdcat").Length);
        }

        private static string RealDigest => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));

        private static Dictionary<string, string> Inputs(IReadOnlyList<CatalogClass> classes) =>
            classes.ToDictionary(c => c.FullName, c => c.InputsFile, StringComparer.Ordinal);

        private CatalogFile Digest(string relativePath, string text, string? className = null, string? itemNamespace = null, string? format = null)
        {
            string path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            return new CatalogFile(path, format, className, itemNamespace);
        }

        private sealed record Both(PaperCatalog Literal, PaperCatalog Resource);

        // One class "Archive" of these files: written by the task (as the targets would call it), then generated
        // once without metadata (literals) and once with the resource's name and key on every file.
        // The task is handed the files in reverse path order: the merge's order is the paths', not the items'.
        private Both BuildBoth((string Path, string Text)[] files, string[]? expectedDiagnostics, long maxDigestBytes = long.MaxValue, int? maxMembers = null)
        {
            string run = Guid.NewGuid().ToString("N").Substring(0, 8);
            var digests = files.Select(f => Digest(run + "/" + f.Path, f.Text, className: "Archive")).ToArray();
            CatalogClass archive = Assert.Single(CatalogClasses.Assign(digests, "Sample", null, Path.Combine(Root, run, "obj"), maxDigestBytes));
            CatalogFile[] reversed = archive.Files.Reverse().ToArray();
            Assert.Equal(CatalogResourceOutcome.Written, CatalogResourceFiles.WriteClass(reversed, maxDigestBytes, archive.ResourceFile, out _, TestContext.Current.CancellationToken, maxMembers ?? -1));
            string key = File.ReadAllText(archive.ResourceFile + CatalogResourceFiles.KeyFileSuffix);
            var metadata = new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.PaperDataResource"] = archive.ResourceName,
                ["build_metadata.AdditionalFiles.PaperDataResourceHash"] = key,
            };

            // As the targets hand over the task's summary (a class above the limit, read without a diagnostic).
            string summary = archive.ResourceFile + CatalogResourceFiles.SummaryFileSuffix;
            if (File.Exists(summary))
            {
                metadata["build_metadata.AdditionalFiles.PaperDataResourceCount"] = File.ReadAllText(summary);
                metadata["build_metadata.AdditionalFiles.PaperDataSummaryOnly"] = "true";
            }

            // The generator sees the texts as the compiler reads them back from disk (what the task read).
            var literal = new TestProject();
            var resource = new TestProject();
            literal.Properties["build_property.PaperDataMaxDigestBytes"] = maxDigestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            resource.Properties["build_property.PaperDataMaxDigestBytes"] = maxDigestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (maxMembers is int limit)
            {
                literal.Properties["build_property.PaperDataMaxMembers"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
                resource.Properties["build_property.PaperDataMaxMembers"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            for (int i = 0; i < files.Length; i++)
            {
                string text = File.ReadAllText(digests[i].Path);
                literal.With(new DigestItem(files[i].Path, text) { ClassName = "Archive" });
                resource.With(new DigestItem(files[i].Path, text) { ClassName = "Archive", Metadata = metadata });
            }

            GeneratorRun literalRun = literal.Run();
            GeneratorRun resourceRun = resource.Run();
            if (expectedDiagnostics is not null) resourceRun.AssertClean(expectedDiagnostics);
            Assert.DoesNotContain(resourceRun.DriverDiagnostics, d => d.Id == "PD0110");
            string source = resourceRun.Source("Archive");
            Assert.Contains("FromResource(", source, StringComparison.Ordinal);
            Assert.DoesNotContain("class __Data", source, StringComparison.Ordinal);
            return new Both(Load(literalRun.Output, null, null), Load(resourceRun.Output, archive.ResourceName, File.ReadAllBytes(archive.ResourceFile)));
        }

        private static PaperCatalog Load(Compilation compilation, string? name, byte[]? resource)
        {
            using var image = new MemoryStream();
            ResourceDescription[] resources = resource is null
                ? Array.Empty<ResourceDescription>()
                : new[] { new ResourceDescription(name!, () => new MemoryStream(resource), isPublic: true) };
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image, manifestResources: resources);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            var context = new AssemblyLoadContext("class-resource", isCollectible: false);
            Type type = context.LoadFromStream(image).GetType("Sample.Archive", throwOnError: true)!;
            var catalog = (PaperCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
            _ = catalog.Papers.ToList();
            return catalog;
        }

        private static class Days
        {
            public static readonly string Mar10 = Day("2025-03-10", ("2503.00001", "Alpha Net", 10), ("2503.00002", "Beta Fields", 20));
            public static readonly string Mar11 = Day("2025-03-11", ("2503.00003", "Gamma Flow", 5), ("2503.00001", "Alpha Net", 12));
            public static readonly string Mar12 = Day("2025-03-12", ("2503.00004", "Delta Search", 7), ("2503.00002v2", "Beta Fields", 30));

            private static string Day(string date, params (string ArxivId, string Title, int Upvotes)[] papers) =>
                "[\n" + string.Join(",\n", papers.Select(p =>
                    "  {\"paper\": {\"id\": \"" + p.ArxivId + "\", \"title\": \"" + p.Title + "\", \"summary\": \"About " + p.Title.ToLowerInvariant()
                    + ", in plain words.\", \"publishedAt\": \"2025-02-01T00:00:00.000Z\", \"upvotes\": " + p.Upvotes
                    + ", \"authors\": [{\"name\": \"Ada Lovelace\"}]}, \"publishedAt\": \"" + date + "T08:00:00.000Z\", \"title\": \"" + p.Title + "\"}")) + "\n]\n";
        }
    }
}
