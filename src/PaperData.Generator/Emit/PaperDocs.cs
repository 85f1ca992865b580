using PaperData.Core.Parsed;
using PaperData.Core.Reading.Text;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// The XML documentation of each paper property: title, abstract, links, rank and date. In digests of more
    /// than <see cref="FullAbstractLimit"/> papers only the title is documented: with a project that builds
    /// documentation, doc comments cost the compiler many bytes of memory per character (at 50,000 papers a
    /// remarks line with rank, date and id cost about as much as the data of 5,000 abstracts). The full text is
    /// always in the data.
    /// </summary>
    internal static class PaperDocs
    {
        public const int FullAbstractLimit = 5000;

        public static void Write(IndentedWriter w, ParsedPaper paper, bool full)
        {
            w.Start().Text("/// <summary>").Xml(paper.Title).Text("</summary>").End();
            if (!full) return; // large digests: the rest is in the data (doc trivia cost compiler memory)

            w.Line("/// <remarks>");
            w.Start().Text("/// <para>").Xml(paper.Abstract).Text("</para>").End();
            foreach (ParsedLink link in paper.Links)
            {
                w.Start().Text("/// <para><see href=\"").Xml(link.Url).Text("\"/></para>").End();
            }

            RankLine(w.Start().Text("/// <para>"), paper).Text("</para>").End();
            w.Line("/// </remarks>");
        }

        private static IndentedWriter RankLine(IndentedWriter w, ParsedPaper paper) =>
            DateText(w.Text("Rank ").Number(paper.Rank).Text(", "), paper.Date).Text(", id <c>").Xml(paper.Id).Text("</c>.");

        private static IndentedWriter DateText(IndentedWriter w, DigestDate date)
        {
            if (date.Month < 1) return w.Text("no date");
            w.Text(DateLine.Abbreviation(date.Month)).Text(" ").Number(date.Day);
            return date.Year is int year ? w.Text(", ").Number(year) : w;
        }
    }
}
