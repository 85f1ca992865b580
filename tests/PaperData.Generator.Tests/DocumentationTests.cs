using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PaperData.Core.Reading;
using PaperData.Generator.Model;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>Keeps the README's diagnostics table and the analyzer release file true to the code.</summary>
    public class DocumentationTests
    {
        [Fact]
        public void Readme_diagnostics_table_lists_every_PD_id_with_its_real_severity()
        {
            Dictionary<string, string> table = Rows(File.ReadAllText(Path.Combine(RepoRoot(), "README.md")),
                @"^\| (PD\d{4}) \| (Error|Warning|Info) \|");

            Assert.Equal(ExpectedSeverities(), table);
        }

        [Fact]
        public void Analyzer_release_file_lists_every_PD_id_with_its_real_severity()
        {
            string path = Path.Combine(RepoRoot(), "src", "PaperData.Generator", "AnalyzerReleases.Unshipped.md");
            Dictionary<string, string> rows = Rows(File.ReadAllText(path), @"^(PD\d{4}) \| PaperData \| (Error|Warning|Info) \|");

            Assert.Equal(ExpectedSeverities(), rows);
        }

        private static SortedDictionary<string, string> ExpectedSeverities()
        {
            var expected = new SortedDictionary<string, string>();
            foreach (System.Reflection.FieldInfo field in typeof(DiagnosticIds).GetFields())
            {
                string id = (string)field.GetRawConstantValue()!;
                Diagnostic diagnostic = Diagnostics.DiagnosticDescriptors.ToDiagnostic(DiagnosticInfo.At(id, "/x.txt", "m"));
                Assert.Equal(id, diagnostic.Id);
                expected[id] = diagnostic.Severity.ToString();
            }

            Assert.True(expected.Count >= 20);
            return expected;
        }

        private static Dictionary<string, string> Rows(string text, string pattern) =>
            new SortedDictionary<string, string>(Regex.Matches(text, pattern, RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value))
                .ToDictionary(p => p.Key, p => p.Value);

        private static string RepoRoot([CallerFilePath] string here = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
    }
}
