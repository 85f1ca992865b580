using System.Globalization;
using PaperData.Parsing;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// The XML documentation of each paper property: title, abstract, links, rank and date. In digests of more
    /// than <see cref="FullAbstractLimit"/> papers the abstract is left out of the docs (the title, links, rank and
    /// date stay), because doc comments would otherwise add a third to the source the compiler holds; the full
    /// text is always in the data.
    /// </summary>
    internal static class PaperDocs
    {
        public const int FullAbstractLimit = 5000;

        public static void Write(IndentedWriter w, ParsedPaper paper, bool withAbstract)
        {
            w.Line("/// <summary>" + Escaping.XmlText(paper.Title) + "</summary>");
            w.Line("/// <remarks>");
            if (withAbstract) w.Line("/// <para>" + Escaping.XmlText(paper.Abstract) + "</para>");
            foreach (ParsedLink link in paper.Links)
            {
                w.Line("/// <para><see href=\"" + Escaping.XmlText(link.Url) + "\"/></para>");
            }

            w.Line("/// <para>Rank " + paper.Rank.ToString(CultureInfo.InvariantCulture) + ", " + DateText(paper.Date) + ", id <c>" + Escaping.XmlText(paper.Id) + "</c>.</para>");
            w.Line("/// </remarks>");
        }

        public static string DateText(DigestDate date) =>
            date.Month < 1 ? "no date" : DateLine.Abbreviation(date.Month) + " " + date.Day.ToString(CultureInfo.InvariantCulture)
                + (date.Year is int y ? ", " + y.ToString(CultureInfo.InvariantCulture) : string.Empty);
    }
}
