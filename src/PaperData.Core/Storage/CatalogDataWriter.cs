using System.Collections.Generic;
using System.IO;
using System.Threading;
using PaperData.Core.Indexing;
using PaperData.Core.Parsed;

namespace PaperData.Core.Storage
{
    /// <summary>
    /// Turns a catalogue model into its data chunks: paper records (with their related papers ranked here, at
    /// compile time), the search index (terms, postings, document lengths) and the tables that find them. The
    /// layout is described in the README ("Architecture: data format and index"); <c>CatalogData</c> in the
    /// runtime reads it. Linear in the digest apart from sorting the terms. Shared source: the generator writes
    /// these chunks as literals, the build task (PaperData.Tasks) as an embedded resource, from the same code.
    /// </summary>
    internal static class CatalogDataWriter
    {
        private const int CancellationInterval = 256;

        public static List<byte[]> Write(IReadOnlyList<ParsedPaper> papers, CancellationToken ct)
        {
            TermIndex index = TermIndex.Build(papers.Count, i => papers[i].Title, i => papers[i].Abstract, ct);
            List<int>[] related = RelatedRanking.TopForAll(index, RelatedRanking.StoredCount, ct);
            var chunks = new ChunkBuilder();
            var record = new MemoryStream();

            TableInfo paperTable = chunks.ReserveTable(papers.Count);
            var paperLocations = new long[papers.Count];
            for (int i = 0; i < papers.Count; i++)
            {
                if (i % CancellationInterval == 0) ct.ThrowIfCancellationRequested();
                record.SetLength(0);
                WriteRelated(record, related[i]);
                WritePaper(record, papers[i]);
                paperLocations[i] = chunks.Append(record);
            }

            var termLocations = new long[index.Terms.Length];
            for (int t = 0; t < index.Terms.Length; t++)
            {
                if (t % CancellationInterval == 0) ct.ThrowIfCancellationRequested();
                record.SetLength(0);
                WriteTerm(record, index, t);
                termLocations[t] = chunks.Append(record);
            }

            chunks.FillTable(paperTable, paperLocations);
            TableInfo termTable = chunks.AppendTable(termLocations);
            var lengths = new long[index.DocumentCount];
            for (int i = 0; i < lengths.Length; i++) lengths[i] = index.Lengths[i];
            TableInfo lengthTable = chunks.AppendTable(lengths);

            var header = new MemoryStream();
            DataFormat.WriteNumber(header, DataFormat.Version);
            DataFormat.WriteNumber(header, papers.Count);
            DataFormat.WriteNumber(header, index.TotalLength);
            DataFormat.WriteNumber(header, index.Terms.Length);
            DataFormat.WriteNumber(header, RelatedRanking.StoredCount);
            paperTable.Write(header);
            termTable.Write(header);
            lengthTable.Write(header);
            return chunks.Finish(header);
        }

        private static void WriteRelated(MemoryStream record, List<int> related)
        {
            DataFormat.WriteNumber(record, related.Count);
            foreach (int doc in related) DataFormat.WriteNumber(record, doc);
        }

        private static void WritePaper(MemoryStream record, ParsedPaper paper)
        {
            DataFormat.WriteNumber(record, paper.Rank);
            DataFormat.WriteString(record, paper.Id);
            DataFormat.WriteString(record, paper.Title);
            DataFormat.WriteString(record, paper.ShortName);
            DataFormat.WriteString(record, paper.Abstract);
            WriteDate(record, paper.Date);
            DataFormat.WriteNumber(record, paper.Links.Count);
            foreach (ParsedLink link in paper.Links)
            {
                DataFormat.WriteString(record, link.Url);
                DataFormat.WriteLinkKind(record, link.Kind);
                DataFormat.WriteString(record, link.Owner);
                DataFormat.WriteString(record, link.Repository);
            }

            PaperExtras extras = paper.Extras;
            DataFormat.WriteString(record, extras.ArxivId);
            WriteStrings(record, extras.Authors);
            DataFormat.WriteNumber(record, extras.PublishedOn is null ? 0 : 1);
            if (extras.PublishedOn is DigestDate published) WriteDate(record, published);
            DataFormat.WriteNumber(record, extras.Upvotes is int upvotes ? upvotes + 1L : 0);
            WriteStrings(record, extras.Keywords);

            // Appended after the keywords (format 2): the site's summary, comment count, stars, organization.
            DataFormat.WriteString(record, extras.AiSummary);
            WriteOptionalCount(record, extras.CommentCount);
            WriteOptionalCount(record, extras.GitHubStars);
            DataFormat.WriteString(record, extras.Organization);

            // Every day the paper was featured (archives); 0 when it is just Date.
            DataFormat.WriteNumber(record, paper.FeaturedOn.Count);
            foreach (DigestDate day in paper.FeaturedOn) WriteDate(record, day);
        }

        // Stored plus one, 0 meaning none: null stays null, never 0.
        private static void WriteOptionalCount(MemoryStream record, int? count) =>
            DataFormat.WriteNumber(record, count is int value ? value + 1L : 0);

        private static void WriteTerm(MemoryStream record, TermIndex index, int term)
        {
            int[] docs = index.Documents[term];
            int[] frequencies = index.Frequencies[term];
            DataFormat.WriteString(record, index.Terms[term]);
            DataFormat.WriteNumber(record, docs.Length);
            int previous = 0;
            for (int i = 0; i < docs.Length; i++)
            {
                DataFormat.WriteNumber(record, docs[i] - previous);
                DataFormat.WriteNumber(record, frequencies[i]);
                previous = docs[i];
            }
        }

        private static void WriteDate(MemoryStream record, DigestDate date)
        {
            DataFormat.WriteNumber(record, date.Month);
            DataFormat.WriteNumber(record, date.Day);
            DataFormat.WriteNumber(record, date.Year is int year ? year + 1L : 0);
        }

        private static void WriteStrings(MemoryStream record, EquatableArray<string> values)
        {
            DataFormat.WriteNumber(record, values.Count);
            foreach (string value in values) DataFormat.WriteString(record, value);
        }
    }
}
