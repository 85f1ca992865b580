using System;
using System.Runtime.CompilerServices;

namespace PaperData.Core.Indexing
{
    /// <summary>
    /// Builds a <see cref="TermIndex"/> document by document. Words are looked up in a <see cref="TermDictionary"/>
    /// straight from the tokenizer's buffer (one string per distinct term), each document's (term, frequency)
    /// pairs go to flat arrays, and the postings are laid out per term at the end by counting: no list per term.
    /// </summary>
    internal sealed class TermIndexBuilder
    {
        // Dictionary ids below this are the stop words, numbered first so that one lookup both finds a word's
        // id and tells that it is dropped; term ids proper start here.
        private static readonly int StopWordCount = Tokenizer.StopWordList.Length;

        private readonly TermDictionary _dictionary = new TermDictionary();
        private readonly int[] _lengths;
        private readonly int[] _postingStarts;   // per document: its first pair in _postingTerms/_postingFrequencies
        private int[] _postingTerms = new int[4096];
        private int[] _postingFrequencies = new int[4096];
        private int _postingCount;
        private int[] _documentFrequencies = new int[1024];  // per dictionary id
        private int[] _counts = new int[1024];               // per dictionary id: its weighted count in the current document
        private int[] _touched = new int[256];               // the ids counted in the current document, first seen first
        private int _touchedCount;
        private char[] _word = new char[32];

        public TermIndexBuilder(int documentCount)
        {
            _lengths = new int[documentCount];
            _postingStarts = new int[documentCount + 1];
            foreach (string stopWord in Tokenizer.StopWordList) _dictionary.GetOrAdd(stopWord);
        }

        /// <summary>Counts the terms of <paramref name="text"/> into the current document, each <paramref name="weight"/> times.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Add(string text, int weight)
        {
            // Locals in the loop (once per word of every text): fields are written back when they grow.
            TermDictionary dictionary = _dictionary;
            int[] counts = _counts;
            int[] touched = _touched;
            int touchedCount = _touchedCount;
            char[] word = _word;
            int position = 0;
            int length;
            while ((length = Tokenizer.NextWord(text, ref position, ref word)) > 0)
            {
                int id = dictionary.GetOrAdd(word, length);
                if (id < StopWordCount) continue;
                if (id >= counts.Length)
                {
                    Array.Resize(ref counts, Math.Max(counts.Length * 2, id + 1));
                    _counts = counts;
                }

                if (counts[id] == 0)
                {
                    if (touchedCount == touched.Length)
                    {
                        Array.Resize(ref touched, touched.Length * 2);
                        _touched = touched;
                    }

                    touched[touchedCount++] = id;
                }

                counts[id] += weight;
            }

            _touchedCount = touchedCount;
            _word = word;
        }

        /// <summary>Stores the current document's postings as document <paramref name="doc"/> (documents come in order).</summary>
        public void EndDocument(int doc)
        {
            if (_postingCount + _touchedCount > _postingTerms.Length)
            {
                int size = Math.Max(_postingTerms.Length * 2, _postingCount + _touchedCount);
                Array.Resize(ref _postingTerms, size);
                Array.Resize(ref _postingFrequencies, size);
            }

            if (_dictionary.Count > _documentFrequencies.Length) Array.Resize(ref _documentFrequencies, Math.Max(_documentFrequencies.Length * 2, _dictionary.Count));
            int length = 0;
            for (int k = 0; k < _touchedCount; k++)
            {
                int id = _touched[k];
                _postingTerms[_postingCount] = id;
                _postingFrequencies[_postingCount++] = _counts[id];
                length += _counts[id];
                _documentFrequencies[id]++;
                _counts[id] = 0;
            }

            _touchedCount = 0;
            _lengths[doc] = length;
            _postingStarts[doc + 1] = _postingCount;
        }

        /// <summary>The index: terms sorted ordinally, each term's postings in document order.</summary>
        [MethodImpl(HotPath.Optimized)]
        public TermIndex Finish()
        {
            int termCount = _dictionary.Count - StopWordCount;
            var terms = new string[termCount];
            var order = new int[termCount];
            for (int t = 0; t < termCount; t++)
            {
                terms[t] = _dictionary.Term(t + StopWordCount);
                order[t] = t + StopWordCount;
            }

            Array.Sort(terms, order, StringComparer.Ordinal);

            // Counting layout: each term gets arrays of its document frequency, filled in document order straight
            // from the flat postings (indexed by dictionary id, so no id translation per posting).
            var byId = new int[_dictionary.Count][];
            var frequenciesById = new int[_dictionary.Count][];
            var documents = new int[termCount][];
            var frequencies = new int[termCount][];
            for (int s = 0; s < termCount; s++)
            {
                int id = order[s];
                byId[id] = documents[s] = new int[_documentFrequencies[id]];
                frequenciesById[id] = frequencies[s] = new int[_documentFrequencies[id]];
            }

            var filled = new int[_dictionary.Count];
            int[] postingTerms = _postingTerms;
            int[] postingFrequencies = _postingFrequencies;
            for (int doc = 0; doc < _lengths.Length; doc++)
            {
                for (int p = _postingStarts[doc]; p < _postingStarts[doc + 1]; p++)
                {
                    int id = postingTerms[p];
                    int at = filled[id]++;
                    byId[id][at] = doc;
                    frequenciesById[id][at] = postingFrequencies[p];
                }
            }

            return new TermIndex(terms, documents, frequencies, _lengths);
        }
    }
}
