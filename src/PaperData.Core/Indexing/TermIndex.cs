using System;
using System.Threading;

namespace PaperData.Core.Indexing
{
    /// <summary>
    /// The inverted index in canonical form: terms sorted ordinally (terms hold no surrogates, so this is also
    /// UTF-8 byte order), postings in document order. The generator and the runtime build it with this same code,
    /// so an index emitted as data and one built at run time hold the same numbers in the same order.
    /// </summary>
    internal sealed class TermIndex
    {
        /// <summary>Title terms count this many times, so a match in the title outranks one in prose.</summary>
        public const int TitleWeight = 2;

        private double[]? _norms;

        public TermIndex(string[] terms, int[][] documents, int[][] frequencies, int[] lengths)
        {
            Terms = terms;
            Documents = documents;
            Frequencies = frequencies;
            Lengths = lengths;
            long total = 0;
            foreach (int length in lengths) total += length;
            TotalLength = total;
        }

        /// <summary>The terms, sorted ordinally; a term's position is its id.</summary>
        public string[] Terms { get; }

        /// <summary>Per term id: the documents containing it, ascending.</summary>
        public int[][] Documents { get; }

        /// <summary>Per term id: the weighted frequency in each of <see cref="Documents"/>.</summary>
        public int[][] Frequencies { get; }

        /// <summary>Per document: the sum of its weighted term frequencies.</summary>
        public int[] Lengths { get; }

        public long TotalLength { get; }

        public int DocumentCount => Lengths.Length;

        public static double AverageLength(long totalLength, int documentCount) =>
            documentCount == 0 ? 1 : Math.Max(1, (double)totalLength / documentCount);

        public static double Idf(int documentCount, int documentFrequency) =>
            Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

        /// <summary>Indexes titles and abstracts (linear in the text; cancellation checked every 256 documents).</summary>
        public static TermIndex Build(int count, Func<int, string> title, Func<int, string> @abstract, CancellationToken ct = default)
        {
            var builder = new TermIndexBuilder(count);
            for (int doc = 0; doc < count; doc++)
            {
                if ((doc & 255) == 0) ct.ThrowIfCancellationRequested();
                builder.Add(title(doc), TitleWeight);
                builder.Add(@abstract(doc), 1);
                builder.EndDocument(doc);
            }

            return builder.Finish();
        }

        /// <summary>The id of <paramref name="term"/>, or -1.</summary>
        public int Find(string term)
        {
            int found = Array.BinarySearch(Terms, term, StringComparer.Ordinal);
            return found >= 0 ? found : -1;
        }

        /// <summary>Per document: the length of its TF-IDF vector, summed in term id order.</summary>
        public double[] Norms()
        {
            if (_norms is not null) return _norms;
            var norms = new double[DocumentCount];
            for (int t = 0; t < Terms.Length; t++)
            {
                double idf = Idf(DocumentCount, Documents[t].Length);
                for (int i = 0; i < Documents[t].Length; i++)
                {
                    double weight = Frequencies[t][i] * idf;
                    norms[Documents[t][i]] += weight * weight;
                }
            }

            for (int i = 0; i < norms.Length; i++) norms[i] = Math.Sqrt(norms[i]);
            return _norms = norms;
        }
    }
}
