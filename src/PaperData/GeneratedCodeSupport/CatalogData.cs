using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PaperData.Core.Indexing;
using PaperData.Core.Storage;
using PaperData.Search;

namespace PaperData.Generated
{
    /// <summary>
    /// Reads the data a generated catalogue carries (written by the generator's CatalogDataWriter; layout in the
    /// README, "Architecture: data format and index"). Every read goes to the chunk that holds it: a paper is one
    /// table entry and one record, a term one binary search over the term table. Thread-safe (read-only).
    /// </summary>
    internal sealed class CatalogData : ISearchIndexSource
    {
        private readonly ChunkAccessor _chunks;
        private readonly Table _papers;
        private readonly Table _terms;
        private readonly Table _lengths;

        public CatalogData(ChunkAccessor chunks)
        {
            _chunks = chunks;
            ReadOnlySpan<byte> header = chunks(0);
            int p = 0;
            int version = DataFormat.ReadInt(header, ref p);
            if (version != DataFormat.Version)
            {
                throw new InvalidOperationException("This catalogue was generated for data format " + version.ToString(CultureInfo.InvariantCulture)
                    + " but the PaperData library reads format " + DataFormat.Version.ToString(CultureInfo.InvariantCulture)
                    + "; use the generator and library of the same package version.");
            }

            Count = DataFormat.ReadInt(header, ref p);
            TotalLength = DataFormat.ReadNumber(header, ref p);
            TermCount = DataFormat.ReadInt(header, ref p);
            StoredRelated = DataFormat.ReadInt(header, ref p);
            _papers = new Table(header, ref p);
            _terms = new Table(header, ref p);
            _lengths = new Table(header, ref p);
        }

        public int Count { get; }

        public long TotalLength { get; }

        public int TermCount { get; }

        /// <summary>How many related papers were ranked at compile time for each paper.</summary>
        public int StoredRelated { get; }

        public Paper ReadPaper(int index)
        {
            ReadOnlySpan<byte> data = Record(_papers, index, out int p);
            for (int related = DataFormat.ReadInt(data, ref p); related > 0; related--) DataFormat.ReadNumber(data, ref p);
            int rank = DataFormat.ReadInt(data, ref p);
            string id = DataFormat.ReadString(data, ref p)!;
            string title = DataFormat.ReadString(data, ref p)!;
            string? shortName = DataFormat.ReadString(data, ref p);
            string @abstract = DataFormat.ReadString(data, ref p)!;
            PaperDate date = ReadDate(data, ref p);
            int linkCount = DataFormat.ReadInt(data, ref p);
            CodeLink[]? links = linkCount == 0 ? null : new CodeLink[linkCount]; // null: no collection types to load for the common case
            for (int i = 0; i < linkCount; i++)
            {
                string url = DataFormat.ReadString(data, ref p)!;
                LinkKind kind = CoreKinds.ToPublic(DataFormat.ReadLinkKind(data, ref p));
                links![i] = CodeLink.Checked(url, kind, DataFormat.ReadString(data, ref p), DataFormat.ReadString(data, ref p));
            }

            // The richer sources' extras follow the links; text digests store them empty. Read field by field
            // (not as a PaperExtras record): this is the first-access path, and each type on it costs start-up time.
            string? arxivId = DataFormat.ReadString(data, ref p);
            string[]? authors = ReadStringArray(data, ref p);
            PaperDate? published = DataFormat.ReadInt(data, ref p) == 0 ? null : ReadDate(data, ref p);
            long upvotes = DataFormat.ReadNumber(data, ref p);
            string[]? keywords = ReadStringArray(data, ref p);
            string? aiSummary = DataFormat.ReadString(data, ref p);
            long comments = DataFormat.ReadNumber(data, ref p);
            long stars = DataFormat.ReadNumber(data, ref p);
            string? organization = DataFormat.ReadString(data, ref p);
            int featuredCount = DataFormat.ReadInt(data, ref p);
            PaperDate[]? featuredOn = featuredCount == 0 ? null : new PaperDate[featuredCount];
            for (int i = 0; i < featuredCount; i++) featuredOn![i] = ReadDate(data, ref p);
            return Paper.FromData(rank, id, title, shortName, @abstract, date, links, arxivId, authors, published, OptionalCount(upvotes), keywords,
                aiSummary, OptionalCount(comments), OptionalCount(stars), organization, featuredOn);
        }

        /// <summary>Creates the search index over this data (the catalogue calls it on the first search).</summary>
        public SearchIndex CreateSearchIndex() => new GeneratedSearchIndex(this);

        // Counts are stored plus one (0 means none), so int.MaxValue is stored as 2^31: read as a long.
        private static int? OptionalCount(long stored) => stored == 0 ? null : checked((int)(stored - 1));

        /// <summary>The first <paramref name="limit"/> of the papers ranked related to <paramref name="index"/> at compile time.</summary>
        public List<int> Related(int index, int limit)
        {
            ReadOnlySpan<byte> data = Record(_papers, index, out int p);
            int count = Math.Min(limit, DataFormat.ReadInt(data, ref p));
            var related = new List<int>(count);
            for (int i = 0; i < count; i++) related.Add(DataFormat.ReadInt(data, ref p));
            return related;
        }

        /// <summary>The number of papers stored as related to <paramref name="index"/> (fewer than StoredRelated when no more share a term).</summary>
        public int RelatedCount(int index)
        {
            ReadOnlySpan<byte> data = Record(_papers, index, out int p);
            return DataFormat.ReadInt(data, ref p);
        }

        public int[] Lengths()
        {
            var lengths = new int[Count];
            for (int i = 0; i < lengths.Length; i++) lengths[i] = (int)Entry(_lengths, i);
            return lengths;
        }

        /// <summary>Adds the postings of <paramref name="term"/> in document order; false when no paper has it.</summary>
        public bool FindPostings(string term, List<KeyValuePair<int, int>> postings)
        {
            byte[] wanted = Encoding.UTF8.GetBytes(term);
            int low = 0;
            int high = TermCount - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                ReadOnlySpan<byte> data = Record(_terms, middle, out int p);
                int order = DataFormat.ReadUtf8(data, ref p, out _).SequenceCompareTo(wanted);
                if (order == 0)
                {
                    ReadPostings(data, ref p, postings);
                    return true;
                }

                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }

            return false;
        }

        /// <summary>The whole index, decoded: for ranking related papers beyond those stored.</summary>
        public TermIndex ToTermIndex()
        {
            var terms = new string[TermCount];
            var documents = new int[TermCount][];
            var frequencies = new int[TermCount][];
            var postings = new List<KeyValuePair<int, int>>();
            for (int t = 0; t < TermCount; t++)
            {
                ReadOnlySpan<byte> data = Record(_terms, t, out int p);
                terms[t] = DataFormat.ReadString(data, ref p)!;
                postings.Clear();
                ReadPostings(data, ref p, postings);
                documents[t] = new int[postings.Count];
                frequencies[t] = new int[postings.Count];
                for (int i = 0; i < postings.Count; i++)
                {
                    documents[t][i] = postings[i].Key;
                    frequencies[t][i] = postings[i].Value;
                }
            }

            return new TermIndex(terms, documents, frequencies, Lengths());
        }

        private static void ReadPostings(ReadOnlySpan<byte> data, ref int p, List<KeyValuePair<int, int>> postings)
        {
            int count = DataFormat.ReadInt(data, ref p);
            int doc = 0;
            for (int i = 0; i < count; i++)
            {
                doc += DataFormat.ReadInt(data, ref p);
                postings.Add(new KeyValuePair<int, int>(doc, DataFormat.ReadInt(data, ref p)));
            }
        }

        private static PaperDate ReadDate(ReadOnlySpan<byte> data, ref int p)
        {
            int month = DataFormat.ReadInt(data, ref p);
            int day = DataFormat.ReadInt(data, ref p);
            int year = DataFormat.ReadInt(data, ref p);
            return new PaperDate(month, day, year == 0 ? null : year - 1);
        }

        // Null for none: the common case creates no array.
        private static string[]? ReadStringArray(ReadOnlySpan<byte> data, ref int p)
        {
            int count = DataFormat.ReadInt(data, ref p);
            if (count == 0) return null;
            var values = new string[count];
            for (int i = 0; i < values.Length; i++) values[i] = DataFormat.ReadString(data, ref p) ?? string.Empty;
            return values;
        }

        // Entry i of a fixed-width table gives the chunk and offset of record i. One method, so that a first
        // access compiles as few methods as possible (JIT time is most of it).
        private ReadOnlySpan<byte> Record(Table table, int index, out int position)
        {
            long location = Entry(table, index);
            position = (int)(location % DataFormat.ChunkSpan);
            return _chunks((int)(location / DataFormat.ChunkSpan));
        }

        private long Entry(Table table, int index) =>
            DataFormat.ReadFixed(_chunks(table.FirstChunk + (index / table.PerChunk)), (index % table.PerChunk) * table.Width, table.Width);

        /// <summary>Where a fixed-width table starts, its entries per chunk and its digits per entry (fields: nothing to compile).</summary>
        private sealed class Table
        {
            public readonly int FirstChunk;
            public readonly int PerChunk;
            public readonly int Width;

            public Table(ReadOnlySpan<byte> header, ref int p)
            {
                FirstChunk = DataFormat.ReadInt(header, ref p);
                PerChunk = DataFormat.ReadInt(header, ref p);
                Width = DataFormat.ReadInt(header, ref p);
            }
        }
    }
}
