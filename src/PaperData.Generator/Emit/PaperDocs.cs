using System.Globalization;
using PaperData.Parsing;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// The XML documentation of each paper property: title, abstract, links, rank and date. In digests of more
    /// than <see cref="FullAbstractLimit"/> papers only the title, rank, date and id are documented (one remarks
    /// line): with a project that builds documentation, doc comments cost the compiler several bytes of memory per
    /// character. The full text is always in the data.
    /// </summary>
    internal static class PaperDocs
    {
        public const int FullAbstractLimit = 5000;

        public static void Write(IndentedWriter w, ParsedPaper paper, bool full)
        {
            w.Line("/// <summary>" + Escaping.XmlText(paper.Title) + "</summary>");
            if (!full)
            {
                // Large digests: one remarks line, links and abstract left to the data (doc trivia cost compiler memory).
                w.Line("/// <remarks>" + RankLine(paper) + "</remarks>");
                return;
            }

            w.Line("/// <remarks>");
            w.Line("/// <para>" + Escaping.XmlText(paper.Abstract) + "</para>");
            foreach (ParsedLink link in paper.Links)
            {
                w.Line("/// <para><see href=\"" + Escaping.XmlText(link.Url) + "\"/></para>");
            }

            w.Line("/// <para>" + RankLine(paper) + "</para>");
            w.Line("/// </remarks>");
        }

        private static string RankLine(ParsedPaper paper) =>
            "Rank " + paper.Rank.ToString(CultureInfo.InvariantCulture) + ", " + DateText(paper.Date) + ", id <c>" + Escaping.XmlText(paper.Id) + "</c>.";

        public static string DateText(DigestDate date) =>
            date.Month < 1 ? "no date" : DateLine.Abbreviation(date.Month) + " " + date.Day.ToString(CultureInfo.InvariantCulture)
                + (date.Year is int y ? ", " + y.ToString(CultureInfo.InvariantCulture) : string.Empty);
    }
}
