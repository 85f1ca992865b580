using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperData.Benchmarks
{
    /// <summary>
    /// The three first-access apps: the generated catalogue, a naive catalogue (one static initializer holding a
    /// <c>new Paper(...)</c> per paper, what one writes by hand) and System.Text.Json loading the same papers.
    /// Each Main prints: milliseconds from Main to the first paper's text, milliseconds since process start, a checksum.
    /// </summary>
    public static class Apps
    {
        /// <summary>CS8103: the most UTF-16 characters of string literals one compilation may hold.</summary>
        public const long StringLiteralLimit = 8_388_604;

        public const string JsonFile = "papers.json";

        /// <summary>
        /// Main: wall time and this thread's CPU time (clock_gettime, where there is libc) from Main to the first
        /// paper's text. On a shared machine the wall time includes waiting for a core; the CPU time is the work.
        /// </summary>
        public static string Program(string firstPaperExpression) =>
            "using System;\nusing System.Diagnostics;\nusing System.Globalization;\nusing System.Runtime.InteropServices;\n"
            + "public static class Program\n{\n"
            + "    [DllImport(\"libc\")] private static extern int clock_gettime(int clock, out Timespec time);\n"
            + "    private struct Timespec { public long Seconds; public long Nanoseconds; }\n"
            + "    private static double ThreadCpuMs() { try { clock_gettime(3, out Timespec t); return t.Seconds * 1e3 + t.Nanoseconds / 1e6; } catch (DllNotFoundException) { return double.NaN; } }\n"
            + "    public static int Main()\n    {\n"
            + "        ThreadCpuMs();\n"
            + "        double cpuStart = ThreadCpuMs();\n"
            + "        long start = Stopwatch.GetTimestamp();\n"
            + "        global::PaperData.Paper first = " + firstPaperExpression + ";\n"
            + "        int checksum = first.Title.Length + first.Abstract.Length;\n"
            + "        double inProcess = Stopwatch.GetElapsedTime(start).TotalMilliseconds;\n"
            + "        double cpu = ThreadCpuMs() - cpuStart;\n"
            + "        double sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;\n"
            + "        Console.WriteLine(inProcess.ToString(\"R\", CultureInfo.InvariantCulture) + \" \" + sinceStart.ToString(\"R\", CultureInfo.InvariantCulture) + \" \" + checksum.ToString(CultureInfo.InvariantCulture) + \" \" + cpu.ToString(\"R\", CultureInfo.InvariantCulture));\n"
            + "        return 0;\n    }\n}\n";

        public static string GeneratedFirstPaper => "global::" + GeneratorRunner.Namespace + "." + GeneratorRunner.ClassName + ".All[0]";

        public const string NaiveFirstPaper = "global::NaivePapers.All[0]";

        public const string JsonFirstPaper = "JsonPapers.First()";

        /// <summary>The string literal characters the naive catalogue needs: above <see cref="StringLiteralLimit"/> it cannot compile.</summary>
        public static long NaiveLiteralChars(IReadOnlyList<Paper> papers) =>
            papers.Sum(p => (long)p.Id.Length + p.Title.Length + (p.ShortName?.Length ?? 0) + p.Abstract.Length
                + p.Links.Sum(l => (long)l.Url.OriginalString.Length + (l.Owner?.Length ?? 0) + (l.Repository?.Length ?? 0)));

        public static string NaiveCatalog(IReadOnlyList<Paper> papers)
        {
            var source = new StringBuilder(papers.Count * 2000);
            source.Append("public static class NaivePapers\n{\n    public static readonly global::PaperData.Paper[] All =\n    {\n");
            foreach (Paper p in papers)
            {
                source.Append("        new global::PaperData.Paper(").Append(p.Rank.ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(Literal(p.Id)).Append(", ").Append(Literal(p.Title)).Append(", ").Append(Literal(p.ShortName)).Append(", ")
                    .Append(Literal(p.Abstract)).Append(", new global::PaperData.PaperDate(")
                    .Append(p.Date.Month.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(p.Date.Day.ToString(CultureInfo.InvariantCulture))
                    .Append("), ");
                if (p.Links.Count == 0)
                {
                    source.Append("null");
                }
                else
                {
                    source.Append("new[] { ").Append(string.Join(", ", p.Links.Select(l =>
                        "new global::PaperData.CodeLink(" + Literal(l.Url.OriginalString) + ", global::PaperData.LinkKind." + l.Kind
                        + ", " + Literal(l.Owner) + ", " + Literal(l.Repository) + ")"))).Append(" }");
                }

                source.Append("),\n");
            }

            return source.Append("    };\n}\n").ToString();
        }

        /// <summary>The papers as JSON, the shape <see cref="JsonLoader"/> reads.</summary>
        public static byte[] Json(IReadOnlyList<Paper> papers) => JsonSerializer.SerializeToUtf8Bytes(papers.Select(p => new JsonPaper
        {
            Rank = p.Rank,
            Id = p.Id,
            Title = p.Title,
            ShortName = p.ShortName,
            Abstract = p.Abstract,
            Month = p.Date.Month,
            Day = p.Date.Day,
            Links = p.Links.Select(l => new JsonLink { Url = l.Url.OriginalString, Kind = (int)l.Kind, Owner = l.Owner, Repository = l.Repository }).ToList(),
        }).ToList());

        /// <summary>The System.Text.Json app: read the file, deserialize everything, make the papers.</summary>
        public static string JsonLoader() => JsonLoaderSource;

        private const string JsonLoaderSource = @"using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
public sealed class JsonLink { public string Url { get; set; } = """"; public int Kind { get; set; } public string? Owner { get; set; } public string? Repository { get; set; } }
public sealed class JsonPaper
{
    public int Rank { get; set; } public string Id { get; set; } = """"; public string Title { get; set; } = """"; public string? ShortName { get; set; }
    public string Abstract { get; set; } = """"; public int Month { get; set; } public int Day { get; set; } public List<JsonLink> Links { get; set; } = new List<JsonLink>();
}
public static class JsonPapers
{
    public static List<global::PaperData.Paper> Load(byte[] json) =>
        JsonSerializer.Deserialize<List<JsonPaper>>(json)!.Select(p => new global::PaperData.Paper(p.Rank, p.Id, p.Title, p.ShortName, p.Abstract,
            new global::PaperData.PaperDate(p.Month, p.Day), p.Links.Select(l => new global::PaperData.CodeLink(l.Url, (global::PaperData.LinkKind)l.Kind, l.Owner, l.Repository)))).ToList();

    public static global::PaperData.Paper First() => Load(File.ReadAllBytes(Path.Combine(System.AppContext.BaseDirectory, """ + JsonFile + @""")))[0];
}
";

        private static string Literal(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        public sealed class JsonLink
        {
            public string Url { get; set; } = string.Empty;

            public int Kind { get; set; }

            public string? Owner { get; set; }

            public string? Repository { get; set; }
        }

        public sealed class JsonPaper
        {
            public int Rank { get; set; }

            public string Id { get; set; } = string.Empty;

            public string Title { get; set; } = string.Empty;

            public string? ShortName { get; set; }

            public string Abstract { get; set; } = string.Empty;

            public int Month { get; set; }

            public int Day { get; set; }

            public List<JsonLink> Links { get; set; } = new List<JsonLink>();
        }
    }
}
