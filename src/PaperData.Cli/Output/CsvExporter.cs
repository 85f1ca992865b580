using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperData.Cli.Output.Columns;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// RFC 4180 CSV: a header row of <see cref="PaperColumns"/> names, CRLF line ends, fields quoted when they hold a
    /// comma, quote or line break, quotes doubled. Lists are one field, items joined with "; ".
    /// </summary>
    internal static class CsvExporter
    {
        private const string LineEnd = "\r\n";

        public static IReadOnlyList<string> Header => PaperColumns.All.Select(c => c.Name).ToArray();

        public static void Write(TextWriter output, IEnumerable<Paper> papers)
        {
            WriteRecord(output, Header);
            foreach (Paper paper in papers)
            {
                WriteRecord(output, PaperColumns.All.Select(c => c.Text(paper)));
            }
        }

        public static string Field(string value) =>
            value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

        private static void WriteRecord(TextWriter output, IEnumerable<string> fields) =>
            output.Write(string.Join(",", fields.Select(Field)) + LineEnd);
    }
}
