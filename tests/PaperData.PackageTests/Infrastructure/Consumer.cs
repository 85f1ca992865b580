using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>One consumer project from Consumers/, copied beside the packed package's nuget.config and built.</summary>
    public sealed class Consumer
    {
        private Consumer(string name, string directory)
        {
            Name = name;
            Directory = directory;
        }

        public string Name { get; }

        public string Directory { get; }

        public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

        public static Consumer Copy(PackedPackage package, string name)
        {
            string target = Path.Combine(package.WorkRoot, name);
            CopyTree(Path.Combine(RepoPaths.Consumers, name), target);
            return new Consumer(name, target);
        }

        /// <summary>Builds with the package's version as PaperDataVersion and the repository's xunit.v3 version as XunitVersion.</summary>
        public Task<CliResult> BuildAsync(PackedPackage package) =>
            DotNetCli.RunAsync(Directory, "build", ProjectPath, "-p:PaperDataVersion=" + package.Version,
                "-p:XunitVersion=" + RepoPaths.CentralVersion("xunit.v3"), "-nodeReuse:false", "-tl:off");

        public Task<CliResult> RunAsync(string targetFramework, params string[] arguments) =>
            DotNetCli.RunAsync(Directory, new[] { Path.Combine(Directory, "bin", "Debug", targetFramework, Name + ".dll") }.Concat(arguments).ToArray());

        /// <summary>The files EmitCompilerGeneratedFiles wrote for the PaperData generator.</summary>
        public string GeneratedDirectory(string targetFramework) =>
            Path.Combine(Directory, "obj", "Debug", targetFramework, "generated", "PaperData.Generator", "PaperData.Generator.DigestGenerator");

        /// <summary>The program's key=value lines.</summary>
        public static Dictionary<string, string> ParseValues(string output)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in output.Split('\n'))
            {
                int equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0) values[line.Substring(0, equals)] = line.Substring(equals + 1).TrimEnd('\r');
            }

            return values;
        }

        private static void CopyTree(string source, string target)
        {
            System.IO.Directory.CreateDirectory(target);
            foreach (string file in System.IO.Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            foreach (string directory in System.IO.Directory.GetDirectories(source))
            {
                CopyTree(directory, Path.Combine(target, Path.GetFileName(directory)));
            }
        }
    }
}
