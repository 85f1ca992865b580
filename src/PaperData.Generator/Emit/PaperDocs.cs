using PaperData.Core.Parsed;
using PaperData.Core.Reading.Json;
using PaperData.Core.Reading.Text;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// The XML documentation of each paper property: title, abstract, links, rank and date, and where known authors,
    /// arXiv id and upvotes. In digests of more
    /// than <see cref="FullAbstractLimit"/> papers only the title is documented: with a project that builds
    /// documentation, doc comments cost the compiler many bytes of memory per character (at 50,000 papers a
    /// remarks line with rank, date and id cost about as much as the data of 5,000 abstracts), and the
    /// <c>Titles</c> constants have none (their value is the title). The full text is always in the data.
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
            SourceLine(w, paper.Extras);
            w.Line("/// </remarks>");
        }

        private const int DocumentedAuthors = 10;

        // What JSON digests add and a reader wants at a glance: authors, arXiv id and upvotes, each only when known
        // (text digests get no line at all).
        private static void SourceLine(IndentedWriter w, PaperExtras extras)
        {
            if (extras.Authors.Count == 0 && extras.ArxivId is null && extras.Upvotes is null) return;
            w.Start().Text("/// <para>");
            string separator = string.Empty;
            if (extras.Authors.Count > 0)
            {
                w.Text("By ");
                for (int i = 0; i < extras.Authors.Count && i < DocumentedAuthors; i++) w.Text(i == 0 ? string.Empty : ", ").Xml(extras.Authors[i]);
                if (extras.Authors.Count > DocumentedAuthors) w.Text(" and ").Number(extras.Authors.Count - DocumentedAuthors).Text(" more");
                separator = ". ";
            }

            if (extras.ArxivId is string arxivId)
            {
                // A link only for a real arXiv id; any other 'id' the source gave is shown as code.
                if (ArxivIds.Normalize(arxivId) == arxivId) w.Text(separator).Text("arXiv <see href=\"https://arxiv.org/abs/").Xml(arxivId).Text("\">").Xml(arxivId).Text("</see>");
                else w.Text(separator).Text("Id <c>").Xml(arxivId).Text("</c>");
                separator = ". ";
            }

            if (extras.Upvotes is int upvotes) w.Text(separator).Number(upvotes).Text(upvotes == 1 ? " upvote" : " upvotes");
            w.Text(".</para>").End();
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
