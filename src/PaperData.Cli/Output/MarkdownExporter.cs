using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PaperData.Cli.Output.Columns;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// A Markdown document: one "## rank. title" section per paper, a "- **column**: value" line for every other
    /// <see cref="PaperColumns"/> column that has a value, the abstract, and the links as a list. Digest text is
    /// escaped so that it reads literally.
    /// </summary>
    internal static class MarkdownExporter
    {
        // Shown as the heading, the paragraph and the link list instead of as field lines.
        private static readonly HashSet<string> ShownElsewhere = new HashSet<string> { "rank", "title", "abstract", "links" };

        public static IReadOnlyList<PaperColumn> FieldColumns { get; } = PaperColumns.All.Where(c => !ShownElsewhere.Contains(c.Name)).ToArray();

        public static void Write(TextWriter output, IReadOnlyList<Paper> papers)
        {
            output.WriteLine("# Papers");
            foreach (Paper paper in papers)
            {
                output.WriteLine();
                output.WriteLine("## " + paper.Rank.ToString(CultureInfo.InvariantCulture) + ". " + Escape(OneLine(paper.Title)));
                output.WriteLine();
                foreach (PaperColumn column in FieldColumns)
                {
                    string value = column.Text(paper);
                    if (value.Length > 0) output.WriteLine("- **" + column.Name + "**: " + Escape(OneLine(value)));
                }

                output.WriteLine();
                output.WriteLine(EscapeParagraph(OneLine(paper.Abstract)));
                if (paper.Links.Count == 0) continue;
                output.WriteLine();
                foreach (CodeLink link in paper.Links)
                {
                    output.WriteLine("- [" + Escape(link.DisplayName) + "](<" + PaperColumns.Url(link) + ">) (" + PaperJson.KindName(link.Kind) + ")");
                }
            }
        }

        /// <summary>Escapes a text that starts a line, where "#", "-" or "+" would open a heading or a list.</summary>
        public static string EscapeParagraph(string text) =>
            text.Length > 0 && "#-+".IndexOf(text[0]) >= 0 ? "\\" + Escape(text) : Escape(text);

        /// <summary>
        /// Backslash-escapes the punctuation that makes inline markup (emphasis, code, links, HTML, table pipes) so that
        /// titles and abstracts read literally.
        /// </summary>
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if ("\\`*_[]<>|".IndexOf(c) >= 0) builder.Append('\\');
                builder.Append(c);
            }

            return builder.ToString();
        }

        // Parsed paragraphs are one line already, but JSON digests can carry a line break in a name; inside a list
        // item or heading it would end the item.
        private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
    }
}
