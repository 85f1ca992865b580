using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperData.Benchmarks
{
    /// <summary>Compiles generated code the way a consumer's build would: Release, nullable, the shared framework and PaperData referenced.</summary>
    public static class AppCompiler
    {
        private static readonly Lazy<List<MetadataReference>> LazyReferences = new Lazy<List<MetadataReference>>(LoadReferences);

        /// <summary>Compiles <paramref name="sources"/>; returns the errors (empty on success). Writes the assembly when a path is given.</summary>
        public static List<string> Compile(string assemblyName, IEnumerable<string> sources, bool executable, string? outputPath) =>
            Compile(assemblyName, sources, executable, outputPath, GeneratorRunner.ParseOptions, out _);

        /// <summary>Compiles; <paramref name="image"/> holds the assembly on success.</summary>
        public static List<string> Compile(string assemblyName, IEnumerable<string> sources, bool executable, string? outputPath, CSharpParseOptions parseOptions, out byte[] image)
        {
            SyntaxTree[] trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)).ToArray();
            var compilation = CSharpCompilation.Create(
                assemblyName,
                trees,
                LazyReferences.Value,
                new CSharpCompilationOptions(
                    executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Release,
                    nullableContextOptions: NullableContextOptions.Enable,
                    deterministic: true));
            // Straight to the file, as csc does: a memory copy of a 120 MB assembly would count against the compiler.
            using Stream output = outputPath is null ? new MemoryStream() : new FileStream(outputPath, FileMode.Create, FileAccess.Write);
            var result = compilation.Emit(output);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            image = errors.Count == 0 && output is MemoryStream memory ? memory.ToArray() : Array.Empty<byte>();
            return errors;
        }

        /// <summary>The child-process mode: compile, then print elapsed milliseconds and the process's peak memory.</summary>
        public static int CompileInChild(string outputPath, string[] sourcePaths)
        {
            // "--no-docs": doc comments as plain comments, what a project without GenerateDocumentationFile gets.
            bool docs = !sourcePaths.Contains("--no-docs");
            CSharpParseOptions options = GeneratorRunner.ParseOptions.WithDocumentationMode(docs ? DocumentationMode.Diagnose : DocumentationMode.None);
            var stopwatch = Stopwatch.StartNew();
            List<string> errors = Compile(Path.GetFileNameWithoutExtension(outputPath), sourcePaths.Where(p => p != "--no-docs").Select(File.ReadAllText),
                executable: true, outputPath, options, out _);
            stopwatch.Stop();
            foreach (string error in errors.Take(5)) Console.Error.WriteLine(error);
            Console.WriteLine("compile-ms=" + stopwatch.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)
                + " peak-bytes=" + PeakWorkingSet().ToString(CultureInfo.InvariantCulture)
                + " allocated-bytes=" + GC.GetTotalAllocatedBytes().ToString(CultureInfo.InvariantCulture)
                + " errors=" + errors.Count.ToString(CultureInfo.InvariantCulture));
            return errors.Count == 0 ? 0 : 1;
        }

        /// <summary>VmHWM (peak resident set) where /proc exists, else the runtime's peak working set.</summary>
        public static long PeakWorkingSet()
        {
            const string status = "/proc/self/status";
            if (File.Exists(status))
            {
                foreach (string line in File.ReadLines(status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        return long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                    }
                }
            }

            return Process.GetCurrentProcess().PeakWorkingSet64;
        }

        private static List<MetadataReference> LoadReferences()
        {
            var references = new List<MetadataReference>();
            string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            foreach (string dll in Directory.GetFiles(framework, "*.dll"))
            {
                if (IsManaged(dll)) references.Add(MetadataReference.CreateFromFile(dll));
            }

            references.Add(MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location));
            return references;
        }

        private static bool IsManaged(string path)
        {
            try
            {
                System.Reflection.AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
