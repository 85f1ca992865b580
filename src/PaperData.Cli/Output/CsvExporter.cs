using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled.
    /// Links are one field of space-separated URLs (URLs hold no spaces).
    /// </summary>
    internal static class CsvExporter
    {
        private const string LineEnd = "\r\n";

        public static readonly string[] Header = { "rank", "id", "title", "shortName", "abstract", "month", "day", "year", "links" };

        public static void Write(TextWriter output, IEnumerable<Paper> papers)
        {
            WriteRecord(output, Header);
            foreach (Paper paper in papers)
            {
                WriteRecord(output, new[]
                {
                    Number(paper.Rank), paper.Id, paper.Title, paper.ShortName ?? string.Empty, paper.Abstract,
                    Number(paper.Date.Month), Number(paper.Date.Day), paper.Date.Year is int year ? Number(year) : string.Empty,
                    string.Join(" ", paper.Links.Select(l => l.Url.OriginalString)),
                });
            }
        }

        public static string Field(string value) =>
            value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

        private static void WriteRecord(TextWriter output, IEnumerable<string> fields) =>
            output.Write(string.Join(",", fields.Select(Field)) + LineEnd);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
