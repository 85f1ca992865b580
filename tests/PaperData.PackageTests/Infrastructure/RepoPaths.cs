using System;
using System.IO;

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>Where the repository and the copied consumer projects are, found from the test binary.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string PackageProject => Path.Combine(Root, "src", "PaperData", "PaperData.csproj");

        /// <summary>The folder feed declared in the top-level nuget.config.</summary>
        public static string Feed => Path.Combine(Root, "feed");

        public static string Consumers => Path.Combine(AppContext.BaseDirectory, "Consumers");

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
