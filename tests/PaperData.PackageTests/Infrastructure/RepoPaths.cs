using System;
using System.IO;
using System.Xml.Linq;

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>Where the repository and the copied consumer projects are, found from the test binary.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string PackageProject => Path.Combine(Root, "src", "PaperData", "PaperData.csproj");

        public static string XunitPackageProject => Path.Combine(Root, "src", "PaperData.Xunit", "PaperData.Xunit.csproj");

        /// <summary>The folder feed declared in the top-level nuget.config.</summary>
        public static string Feed => Path.Combine(Root, "feed");

        public static string Consumers => Path.Combine(AppContext.BaseDirectory, "Consumers");

        /// <summary>
        /// A package's version from Directory.Packages.props: consumers build outside the repository (no central
        /// package management there), so they get it as a property instead of repeating it.
        /// </summary>
        public static string CentralVersion(string packageId)
        {
            XDocument props = XDocument.Load(Path.Combine(Root, "Directory.Packages.props"));
            foreach (XElement version in props.Descendants("PackageVersion"))
            {
                if (string.Equals((string?)version.Attribute("Include"), packageId, StringComparison.OrdinalIgnoreCase))
                {
                    return (string?)version.Attribute("Version") ?? throw new InvalidOperationException(packageId + " has no Version in Directory.Packages.props");
                }
            }

            throw new InvalidOperationException(packageId + " is not in Directory.Packages.props");
        }

        private static string FindRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PaperData.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("PaperData.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
