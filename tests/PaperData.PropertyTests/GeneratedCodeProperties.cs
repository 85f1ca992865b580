using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using PaperData.Testing;
using Xunit;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// Every digest, however hostile, becomes code that compiles cleanly (nullable, documentation diagnostics,
    /// warnings as errors) and means exactly the data; the only diagnostics are the intended PD ones.
    /// </summary>
    public class GeneratedCodeProperties
    {
        private static readonly char[] BidiControls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".ToCharArray();

        [Fact]
        public void Any_digest_generates_code_that_compiles_without_a_single_warning()
        {
            int papers = 0, hostileTitles = 0;
            PropertyRuns.Check(DigestGen.Any.Resize(30), PropertyRuns.Compile, digest =>
            {
                papers += AssertCleanCompile(digest.Text);
                hostileTitles += PaperCatalog.Parse(digest.Text).Papers.Count(p => p.Title.IndexOfAny(BidiControls) >= 0);
            });

            // Not vacuous: the random digests did hold papers, bidi controls in titles among them.
            Assert.True(papers >= PropertyRuns.Compile, "only " + papers + " papers in " + PropertyRuns.Compile + " digests");
            Assert.True(hostileTitles > 0, "no title with a bidi control was generated");
        }

        [Fact]
        public void The_real_digest_generates_code_that_compiles_without_a_single_warning()
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt"));
            Assert.Equal(57, AssertCleanCompile(text));
        }

        private static int AssertCleanCompile(string text)
        {
            GeneratorRun run = GeneratorHarness.Run(text);
            PaperCatalog expected = PaperCatalog.Parse(text);

            // Only the parser's own PD diagnostics, in its order: no PD0199 (a guarded crash), no CS8785.
            Assert.Equal(expected.Diagnostics.Select(d => d.Id), run.DriverDiagnostics.Select(d => d.Id));
            Assert.Equal(
                expected.Diagnostics.Select(d => (d.Line, d.Column)),
                run.DriverDiagnostics.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1)));

            GeneratedSourceResult source = Assert.Single(run.Sources);
            AssertNoRawInvisibleCharacters(source.SourceText.ToString());

            Diagnostic[] problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, "the generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));

            // The constants mean exactly the data: Titles.X holds the parsed title, bidi controls and all.
            INamedTypeSymbol catalog = run.Output.GetTypeByMetadataName(GeneratorHarness.Namespace + "." + GeneratorHarness.ClassName)!;
            Assert.NotNull(catalog);
            Assert.Equal(expected.Papers.Count, catalog.GetMembers("Count").OfType<IFieldSymbol>().Single().ConstantValue);
            INamedTypeSymbol titles = catalog.GetTypeMembers("Titles").Single();
            string?[] constants = titles.GetMembers().OfType<IFieldSymbol>().Select(f => (string?)f.ConstantValue).ToArray();
            Assert.Equal(expected.Papers.Select(p => p.Title), constants);

            // And the compiled catalogue holds exactly what the runtime parser reads: every field of every paper.
            Assert.Equal(expected.Papers, LoadPapers(run.Output));
            return expected.Papers.Count;
        }

        [Fact]
        public void A_digest_with_a_line_of_hundreds_of_kilobytes_compiles_cleanly()
        {
            string longTitle = "Long " + string.Concat(Enumerable.Repeat("title \u202E\u2066 ", 30));
            string longAbstract = "We study " + string.Concat(Enumerable.Repeat("very long \"lines\" */ \\ <b> \u2028 ", 20_000)) + "end.";
            Assert.Equal(1, AssertCleanCompile("Mar 11\n\n" + longTitle + "\n\n" + longAbstract + "\n"));
        }

        // Runs the generated code: loads the compiled consumer assembly (PaperData itself resolves to the test's copy,
        // so the papers compare with Paper's own equality) and reads RandomDigest.All.
        private static IReadOnlyList<Paper> LoadPapers(Compilation compilation)
        {
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            var context = new AssemblyLoadContext("generated", isCollectible: true);
            try
            {
                Type catalog = context.LoadFromStream(image).GetType(GeneratorHarness.Namespace + "." + GeneratorHarness.ClassName, throwOnError: true)!;
                var all = (IReadOnlyList<Paper>)catalog.GetProperty("All")!.GetValue(null)!;
                return all.ToList();
            }
            finally
            {
                context.Unload();
            }
        }

        /// <summary>No bidi, format, separator or control character may stand raw in generated source (LF aside): the shared oracle.</summary>
        internal static void AssertNoRawInvisibleCharacters(string source)
        {
            string? found = RawCharacterOracle.FindRawInvisible(source);
            Assert.True(found is null, "raw invisible character in generated source: " + found);
        }
    }
}
