using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace PaperData.XunitTests
{
    /// <summary>
    /// What a test explorer sees: this very test assembly, listed with theory pre-enumeration by its own runner in a
    /// child process, shows one case per paper named by id, and one case can be run on its own by its id.
    /// </summary>
    public class ListingTests
    {
        private const string TheoryClass = "PaperData.XunitTests.Theories";

        [Fact]
        public void Every_paper_is_listed_as_its_own_case_named_by_its_id()
        {
            JsonElement[] cases = ListTheories();
            string[] names = cases.Where(c => c.GetProperty("Method").GetString() == nameof(Theories.Every_bundled_paper_arrives_as_the_catalogue_object))
                .Select(c => c.GetProperty("DisplayName").GetString()!)
                .ToArray();

            Assert.Equal(57, names.Length);
            Assert.Equal(
                TrendingPapers.All.Select(p => TheoryClass + "." + nameof(Theories.Every_bundled_paper_arrives_as_the_catalogue_object) + " [" + p.Id + "]").OrderBy(n => n, StringComparer.Ordinal),
                names.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(57, cases.Count(c => c.GetProperty("Method").GetString() == nameof(Theories.Every_bundled_key_names_a_paper)));
            Assert.Equal(3, cases.Count(c => c.GetProperty("Method").GetString() == nameof(Theories.The_project_s_own_digest_works_too)));
            Assert.Equal(5, cases.Count(c => c.GetProperty("Method").GetString() == nameof(Theories.Sampled_papers_with_code_have_a_repository)));
        }

        [Fact]
        public void One_listed_case_runs_on_its_own_by_its_id()
        {
            string name = TheoryClass + "." + nameof(Theories.Every_bundled_paper_arrives_as_the_catalogue_object) + " [" + TrendingPapers.TabPFN.Id + "]";
            string id = ListTheories().Single(c => c.GetProperty("DisplayName").GetString() == name).GetProperty("ID").GetString()!;

            (int exit, string output) = RunSelf("-preEnumerateTheories", "-id", id, "-verbose", "-noColor");
            Assert.True(exit == 0, output);
            Assert.Contains(name + " [FINISHED]", output, StringComparison.Ordinal);
            Assert.Contains("Total: 1, Errors: 0, Failed: 0, Skipped: 0", output, StringComparison.Ordinal);
        }

        private static JsonElement[] ListTheories()
        {
            (int exit, string output) = RunSelf("-list", "full/json", "-preEnumerateTheories", "-class", TheoryClass, "-noColor");
            Assert.True(exit == 0, output);
            string json = output.Split('\n').Single(line => line.StartsWith('['));
            using JsonDocument listing = JsonDocument.Parse(json);
            return listing.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
        }

        // The test assembly's own executable (its app host), else the assembly through the dotnet host that runs us.
        private static (int Exit, string Output) RunSelf(params string[] arguments)
        {
            string assembly = typeof(ListingTests).Assembly.Location;
            string appHost = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
            var start = File.Exists(appHost)
                ? new ProcessStartInfo(appHost)
                : new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { ArgumentList = { "exec", assembly } };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;

            using Process process = Process.Start(start)!;
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }
}
