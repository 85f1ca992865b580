using System;
using System.IO;
using System.IO.Compression;
using System.Security;
using System.Threading.Tasks;
using Xunit;

[assembly: AssemblyFixture(typeof(PaperData.PackageTests.Infrastructure.PackedPackage))]

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>
    /// Packs src/PaperData and src/PaperData.Xunit once per test run into the repository's folder feed, under a version no earlier run
    /// used, so a package cached by an earlier run can never be the one tested. Consumers restore it into their
    /// own packages folder. Everything it creates is removed again when the run ends.
    /// </summary>
    public sealed class PackedPackage : IAsyncLifetime
    {
        public PackedPackage()
        {
            Version = "1.0.0-test-" + Guid.NewGuid().ToString("N");
            WorkRoot = Path.Combine(Path.GetTempPath(), "paperdata-package-tests", Guid.NewGuid().ToString("N").Substring(0, 12));
        }

        /// <summary>The unique version of this run's package.</summary>
        public string Version { get; }

        /// <summary>Temporary folder for the pack's intermediate files, the consumers and their packages folder.</summary>
        public string WorkRoot { get; }

        public string NupkgPath => Path.Combine(RepoPaths.Feed, "PaperData." + Version + ".nupkg");

        public string SnupkgPath => Path.Combine(RepoPaths.Feed, "PaperData." + Version + ".snupkg");

        public string XunitNupkgPath => Path.Combine(RepoPaths.Feed, "PaperData.Xunit." + Version + ".nupkg");

        /// <summary>The .nupkg unzipped, for tests that load its files.</summary>
        public string ExtractedPath => Path.Combine(WorkRoot, "extracted");

        public CliResult Pack { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Directory.CreateDirectory(WorkRoot);
            Directory.CreateDirectory(RepoPaths.Feed);
            Pack = await DotNetCli.RunAsync(RepoPaths.Root,
                "pack", RepoPaths.PackageProject, "-c", "Release", "-o", RepoPaths.Feed,
                "--artifacts-path", Path.Combine(WorkRoot, "pack"),
                "-p:PackageVersion=" + Version, "-nodeReuse:false", "-tl:off").ConfigureAwait(false);
            if (!Pack.Succeeded || !File.Exists(NupkgPath))
            {
                throw new InvalidOperationException("dotnet pack did not produce " + NupkgPath + ":\n" + Pack.Describe());
            }

            // The same artifacts path: PaperData is already built, so this pack only builds the extension.
            CliResult xunitPack = await DotNetCli.RunAsync(RepoPaths.Root,
                "pack", RepoPaths.XunitPackageProject, "-c", "Release", "-o", RepoPaths.Feed,
                "--artifacts-path", Path.Combine(WorkRoot, "pack"),
                "-p:PackageVersion=" + Version, "-nodeReuse:false", "-tl:off").ConfigureAwait(false);
            if (!xunitPack.Succeeded || !File.Exists(XunitNupkgPath))
            {
                throw new InvalidOperationException("dotnet pack did not produce " + XunitNupkgPath + ":\n" + xunitPack.Describe());
            }

            ZipFile.ExtractToDirectory(NupkgPath, ExtractedPath);
            WriteConsumerRoot();
        }

        public ValueTask DisposeAsync()
        {
            TryDelete(() => File.Delete(NupkgPath));
            TryDelete(() => File.Delete(SnupkgPath));
            TryDelete(() => File.Delete(XunitNupkgPath));
            TryDelete(() => Directory.Delete(WorkRoot, recursive: true));
            return default;
        }

        // The consumers' folder is outside the repository: its own nuget.config adds this run's feed next to the
        // default source and sends every package into a packages folder of this run; empty Directory.Build files
        // keep any build logic above the temp folder out.
        private void WriteConsumerRoot()
        {
            string machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string fallback = Directory.Exists(machineCache)
                ? "  <fallbackPackageFolders>\n    <add key=\"machine-cache\" value=\"" + SecurityElement.Escape(machineCache) + "\" />\n  </fallbackPackageFolders>\n"
                : string.Empty;
            File.WriteAllText(Path.Combine(WorkRoot, "nuget.config"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n"
                + "  <config>\n    <add key=\"globalPackagesFolder\" value=\"" + SecurityElement.Escape(Path.Combine(WorkRoot, "packages")) + "\" />\n  </config>\n"
                + "  <packageSources>\n    <add key=\"paperdata-under-test\" value=\"" + SecurityElement.Escape(RepoPaths.Feed) + "\" />\n  </packageSources>\n"
                + fallback
                + "</configuration>\n");
            File.Copy(Path.Combine(RepoPaths.Root, "global.json"), Path.Combine(WorkRoot, "global.json"));
            File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.targets"), "<Project />\n");
        }

        private static void TryDelete(Action delete)
        {
            try
            {
                delete();
            }
            catch (IOException)
            {
                // Best effort: a file still open on some platforms is left for the temp folder's own cleanup.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
