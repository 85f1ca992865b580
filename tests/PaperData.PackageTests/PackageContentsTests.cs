using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>What `dotnet pack src/PaperData` puts into PaperData.nupkg and its symbols package.</summary>
    public sealed class PackageContentsTests
    {
        private readonly PackedPackage _package;

        public PackageContentsTests(PackedPackage package) => _package = package;

        private static bool RepoHasReadme => File.Exists(Path.Combine(RepoPaths.Root, "README.md"));

        [Fact]
        public void Package_holds_runtime_for_both_frameworks_generator_build_task_build_logic_and_readme()
        {
            var expected = new List<string>
            {
                "PaperData.nuspec",
                "analyzers/dotnet/cs/PaperData.Generator.dll",
                "buildTransitive/PaperData.props",
                "buildTransitive/PaperData.targets",
                "lib/net10.0/PaperData.dll",
                "lib/net10.0/PaperData.xml",
                "lib/netstandard2.0/PaperData.dll",
                "lib/netstandard2.0/PaperData.xml",
                "runtimes/linux-arm64/lib/net10.0/PaperData.dll",
                "runtimes/linux-x64/lib/net10.0/PaperData.dll",
                "runtimes/osx-arm64/lib/net10.0/PaperData.dll",
                "runtimes/win-x64/lib/net10.0/PaperData.dll",
                "tasks/netstandard2.0/PaperData.Tasks.dll",
            };
            if (RepoHasReadme) expected.Add("README.md");

            Assert.Equal(expected.OrderBy(e => e, System.StringComparer.Ordinal), PayloadEntries(_package.NupkgPath));
        }

        [Fact]
        public void Only_the_runtime_files_are_precompiled_each_for_its_platform_and_all_are_the_same_assembly()
        {
            string portable = Path.Combine(_package.ExtractedPath, "lib", "net10.0", "PaperData.dll");
            Assert.False(IsReadyToRun(portable));
            Assert.False(IsReadyToRun(Path.Combine(_package.ExtractedPath, "lib", "netstandard2.0", "PaperData.dll")));

            // A ReadyToRun image for another OS marks its PE machine type with that OS (Linux 0x7B79, macOS 0x4644).
            var machines = new Dictionary<string, int> { ["linux-x64"] = 0x8664 ^ 0x7B79, ["linux-arm64"] = 0xAA64 ^ 0x7B79, ["win-x64"] = 0x8664, ["osx-arm64"] = 0xAA64 ^ 0x4644 };
            foreach ((string rid, int machine) in machines)
            {
                string precompiled = Path.Combine(_package.ExtractedPath, "runtimes", rid, "lib", "net10.0", "PaperData.dll");
                Assert.True(IsReadyToRun(precompiled), rid);
                using (var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(precompiled)))
                {
                    Assert.Equal(machine, (int)pe.PEHeaders.CoffHeader.Machine);
                }

                Assert.Equal(
                    System.Reflection.AssemblyName.GetAssemblyName(portable).FullName,
                    System.Reflection.AssemblyName.GetAssemblyName(precompiled).FullName);
            }
        }

        [Fact]
        public void Symbols_package_holds_the_pdbs_of_both_frameworks()
        {
            Assert.True(File.Exists(_package.SnupkgPath), "no symbols package beside " + _package.NupkgPath);
            Assert.Equal(
                new[] { "PaperData.nuspec", "lib/net10.0/PaperData.pdb", "lib/netstandard2.0/PaperData.pdb" },
                PayloadEntries(_package.SnupkgPath));
        }

        [Fact]
        public void Nuspec_carries_id_version_license_description_tags_readme_and_only_System_Memory_for_netstandard()
        {
            XElement metadata = Nuspec().Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

            Assert.Equal("PaperData", Value("id"));
            Assert.Equal(_package.Version, Value("version"));
            XElement license = metadata.Elements().Single(e => e.Name.LocalName == "license");
            Assert.Equal("expression", (string?)license.Attribute("type"));
            Assert.Equal("MIT", license.Value);
            Assert.Contains("PaperDigest", Value("description"), System.StringComparison.Ordinal);
            Assert.Contains("source-generator", Value("tags").Split(' '));
            if (RepoHasReadme) Assert.Equal("README.md", Value("readme"));

            // netstandard2.0 needs System.Memory (ReadOnlySpan for the generated data); net10.0 needs nothing;
            // the generator's Roslyn must never leak to consumers.
            XElement dependencies = metadata.Elements().Single(e => e.Name.LocalName == "dependencies");
            var groups = dependencies.Elements().ToDictionary(
                g => (string?)g.Attribute("targetFramework") ?? string.Empty,
                g => g.Elements().Select(d => (string?)d.Attribute("id")).ToArray());
            Assert.Equal(new[] { ".NETStandard2.0", "net10.0" }, groups.Keys.OrderBy(t => t, System.StringComparer.Ordinal));
            Assert.Equal(new[] { "System.Memory" }, groups[".NETStandard2.0"]);
            Assert.Empty(groups["net10.0"]);
        }

        [Fact]
        public void Nuspec_records_the_source_commit_when_built_from_git()
        {
            Assert.SkipUnless(Directory.Exists(Path.Combine(RepoPaths.Root, ".git")) || File.Exists(Path.Combine(RepoPaths.Root, ".git")),
                "not a git checkout: SourceLink has no commit to record");
            XElement repository = Nuspec().Descendants().Single(e => e.Name.LocalName == "repository");
            Assert.Equal("git", (string?)repository.Attribute("type"));
            Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);
        }

        [Fact]
        public void Packed_build_logic_is_the_repository_build_logic()
        {
            foreach (string file in new[] { "PaperData.props", "PaperData.targets" })
            {
                Assert.Equal(
                    File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "PaperData", "buildTransitive", file)),
                    File.ReadAllBytes(Path.Combine(_package.ExtractedPath, "buildTransitive", file)));
            }
        }

        // A ReadyToRun image carries a managed native header beside its IL.
        private static bool IsReadyToRun(string path)
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
            return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
        }

        private XElement Nuspec() => XDocument.Load(Path.Combine(_package.ExtractedPath, "PaperData.nuspec")).Root!;

        // The package's own files, without the OPC bookkeeping every .nupkg has.
        private static IEnumerable<string> PayloadEntries(string packagePath)
        {
            using ZipArchive zip = ZipFile.OpenRead(packagePath);
            return zip.Entries
                .Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/", System.StringComparison.Ordinal)
                    && !n.StartsWith("package/", System.StringComparison.Ordinal)
                    && n != "[Content_Types].xml")
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToList();
        }
    }
}
