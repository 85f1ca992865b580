using System;
using System.Collections.Generic;
using System.Threading;

namespace PaperData.Parsing
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

        private int[][]? _forwardTerms;
        private int[][]? _forwardFrequencies;
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
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var docs = new List<List<int>>();
            var freqs = new List<List<int>>();
            var lengths = new int[count];
            var counts = new int[1024];
            var touched = new List<int>();
            for (int doc = 0; doc < count; doc++)
            {
                if ((doc & 255) == 0) ct.ThrowIfCancellationRequested();
                foreach (string term in Tokenizer.Terms(title(doc))) Add(ref counts, touched, Id(ids, docs, freqs, term), TitleWeight);
                foreach (string term in Tokenizer.Terms(@abstract(doc))) Add(ref counts, touched, Id(ids, docs, freqs, term), 1);
                foreach (int term in touched)
                {
                    docs[term].Add(doc);
                    freqs[term].Add(counts[term]);
                    lengths[doc] += counts[term];
                    counts[term] = 0;
                }

                touched.Clear();
            }

            var terms = new string[ids.Count];
            foreach (KeyValuePair<string, int> pair in ids) terms[pair.Value] = pair.Key;
            var order = new int[terms.Length];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort((string[])terms.Clone(), order, StringComparer.Ordinal);

            var sortedTerms = new string[terms.Length];
            var sortedDocs = new int[terms.Length][];
            var sortedFreqs = new int[terms.Length][];
            for (int i = 0; i < order.Length; i++)
            {
                sortedTerms[i] = terms[order[i]];
                sortedDocs[i] = docs[order[i]].ToArray();
                sortedFreqs[i] = freqs[order[i]].ToArray();
            }

            return new TermIndex(sortedTerms, sortedDocs, sortedFreqs, lengths);
        }

        /// <summary>The id of <paramref name="term"/>, or -1.</summary>
        public int Find(string term)
        {
            int found = Array.BinarySearch(Terms, term, StringComparer.Ordinal);
            return found >= 0 ? found : -1;
        }

        /// <summary>A document's term ids (ascending) and frequencies: the postings turned around, built once.</summary>
        public void Forward(int doc, out int[] terms, out int[] frequencies)
        {
            if (_forwardTerms is null || _forwardFrequencies is null) BuildForward();
            terms = _forwardTerms![doc];
            frequencies = _forwardFrequencies![doc];
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

        private void BuildForward()
        {
            var sizes = new int[DocumentCount];
            foreach (int[] postings in Documents)
            {
                foreach (int doc in postings) sizes[doc]++;
            }

            var terms = new int[DocumentCount][];
            var frequencies = new int[DocumentCount][];
            for (int d = 0; d < sizes.Length; d++)
            {
                terms[d] = new int[sizes[d]];
                frequencies[d] = new int[sizes[d]];
                sizes[d] = 0;
            }

            for (int t = 0; t < Documents.Length; t++)
            {
                for (int i = 0; i < Documents[t].Length; i++)
                {
                    int doc = Documents[t][i];
                    terms[doc][sizes[doc]] = t;
                    frequencies[doc][sizes[doc]++] = Frequencies[t][i];
                }
            }

            _forwardFrequencies = frequencies;
            _forwardTerms = terms;
        }

        private static int Id(Dictionary<string, int> ids, List<List<int>> docs, List<List<int>> freqs, string term)
        {
            if (ids.TryGetValue(term, out int id)) return id;
            id = ids.Count;
            ids.Add(term, id);
            docs.Add(new List<int>());
            freqs.Add(new List<int>());
            return id;
        }

        // Term frequencies of the current document, dense by term id; touched lists the ids to collect and reset.
        private static void Add(ref int[] counts, List<int> touched, int term, int weight)
        {
            if (term >= counts.Length) Array.Resize(ref counts, Math.Max(counts.Length * 2, term + 1));
            if (counts[term] == 0) touched.Add(term);
            counts[term] += weight;
        }
    }
}
