using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>What `dotnet pack src/PaperData.Xunit` puts into PaperData.Xunit.nupkg.</summary>
    public sealed class XunitPackageContentsTests
    {
        private readonly PackedPackage _package;

        public XunitPackageContentsTests(PackedPackage package) => _package = package;

        [Fact]
        public void Package_holds_the_extension_its_docs_and_the_serializer_registration()
        {
            using ZipArchive zip = ZipFile.OpenRead(_package.XunitNupkgPath);
            string[] payload = zip.Entries.Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(
                new[] { "PaperData.Xunit.nuspec", "buildTransitive/PaperData.Xunit.targets", "lib/netstandard2.0/PaperData.Xunit.dll", "lib/netstandard2.0/PaperData.Xunit.xml" },
                payload);

            using var packed = new StreamReader(zip.GetEntry("buildTransitive/PaperData.Xunit.targets")!.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "PaperData.Xunit", "buildTransitive", "PaperData.Xunit.targets")), packed.ReadToEnd());
        }

        [Fact]
        public void Nuspec_depends_on_the_same_PaperData_and_on_the_xunit_extensibility_core()
        {
            using ZipArchive zip = ZipFile.OpenRead(_package.XunitNupkgPath);
            using Stream nuspec = zip.GetEntry("PaperData.Xunit.nuspec")!.Open();
            XElement metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            Assert.Equal("PaperData.Xunit", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
            Assert.Equal(_package.Version, metadata.Elements().Single(e => e.Name.LocalName == "version").Value);

            var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
                .ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!);
            Assert.Equal(new[] { "PaperData", "xunit.v3.extensibility.core" }, dependencies.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(_package.Version, dependencies["PaperData"]);
            Assert.Equal(RepoPaths.CentralVersion("xunit.v3.extensibility.core"), dependencies["xunit.v3.extensibility.core"]);

            // A test project that references only PaperData.Xunit must still get the generator and the PaperDigest item.
            string excluded = (string?)metadata.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "PaperData").Attribute("exclude") ?? string.Empty;
            Assert.DoesNotContain("Analyzers", excluded, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Build", excluded, StringComparison.OrdinalIgnoreCase);
        }
    }
}
