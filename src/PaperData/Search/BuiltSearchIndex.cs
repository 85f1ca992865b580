using System.Collections.Generic;
using PaperData.Core.Indexing;

namespace PaperData.Search
{
    /// <summary>The index of a catalogue made at run time (<c>Parse</c>, <c>Load</c>, the constructor): built on first query.</summary>
    internal sealed class BuiltSearchIndex : SearchIndex
    {
        private readonly TermIndex _index;
        private readonly RelatedRanking _related;

        public BuiltSearchIndex(IReadOnlyList<Paper> papers)
        {
            _index = TermIndex.Build(papers.Count, i => papers[i].Title, i => papers[i].Abstract);
            _related = new RelatedRanking(_index);
        }

        protected override int DocumentCount => _index.DocumentCount;

        protected override double AverageLength => TermIndex.AverageLength(_index.TotalLength, _index.DocumentCount);

        public override List<int> Related(int doc, int limit)
        {
            lock (_related) return _related.Top(doc, limit);
        }

        protected override int[] Lengths() => _index.Lengths;

        protected override bool FindPostings(string term, List<KeyValuePair<int, int>> postings)
        {
            int id = _index.Find(term);
            if (id < 0) return false;
            int[] docs = _index.Documents[id];
            int[] frequencies = _index.Frequencies[id];
            for (int i = 0; i < docs.Length; i++) postings.Add(new KeyValuePair<int, int>(docs[i], frequencies[i]));
            return true;
        }
    }
}
