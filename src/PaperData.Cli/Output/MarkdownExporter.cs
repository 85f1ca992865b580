using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// A Markdown document: one "## rank. title" section per paper with its date, id and short name, the abstract,
    /// and its links as a list. Digest text is escaped so that it reads literally.
    /// </summary>
    internal static class MarkdownExporter
    {
        public static void Write(TextWriter output, IReadOnlyList<Paper> papers)
        {
            output.WriteLine("# Papers");
            foreach (Paper paper in papers)
            {
                output.WriteLine();
                output.WriteLine("## " + paper.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + Escape(paper.Title));
                output.WriteLine();
                string shortName = paper.ShortName is null ? string.Empty : " · short name " + Escape(paper.ShortName);
                output.WriteLine("*" + paper.Date + "* · id `" + paper.Id + "`" + shortName);
                output.WriteLine();
                output.WriteLine(EscapeParagraph(paper.Abstract));
                if (paper.Links.Count == 0) continue;
                output.WriteLine();
                foreach (CodeLink link in paper.Links)
                {
                    output.WriteLine("- [" + Escape(link.DisplayName) + "](<" + link.Url.OriginalString + ">) (" + PaperJson.KindName(link.Kind) + ")");
                }
            }
        }

        /// <summary>Escapes a text that starts a line, where "#", "-" or "+" would open a heading or a list ("where "#", "-", "+", "&gt;" would open a heading, list or quote.gt;" is escaped anyway).</summary>
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
    }
}
