using System;
using System.Collections.Generic;
using PaperData.Core.Indexing;
using PaperData.Generated;

namespace PaperData.Search
{
    /// <summary>
    /// The index a generated catalogue carries as data: nothing is indexed at run time. A query term is a binary
    /// search in the term table; related papers were ranked by the generator (the first StoredRelated of them).
    /// A larger Related limit decodes the whole index once and ranks with the same code the generator used.
    /// </summary>
    internal sealed class GeneratedSearchIndex : SearchIndex
    {
        private readonly CatalogData _data;
        private readonly Lazy<int[]> _lengths;
        private readonly Lazy<RelatedRanking> _ranking;

        public GeneratedSearchIndex(CatalogData data)
        {
            _data = data;
            _lengths = new Lazy<int[]>(data.Lengths);
            _ranking = new Lazy<RelatedRanking>(() => new RelatedRanking(data.ToTermIndex()));
        }

        protected override int DocumentCount => _data.Count;

        protected override double AverageLength => TermIndex.AverageLength(_data.TotalLength, _data.Count);

        public override List<int> Related(int doc, int limit)
        {
            // Fewer stored than the generator's limit means every candidate is stored: the list is complete.
            if (limit <= _data.StoredRelated || _data.RelatedCount(doc) < _data.StoredRelated) return _data.Related(doc, limit);
            RelatedRanking ranking = _ranking.Value;
            lock (ranking) return ranking.Top(doc, limit);
        }

        protected override int[] Lengths() => _lengths.Value;

        protected override bool FindPostings(string term, List<KeyValuePair<int, int>> postings) => _data.FindPostings(term, postings);
    }
}
