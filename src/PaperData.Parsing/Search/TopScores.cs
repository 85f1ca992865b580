using System.Collections.Generic;

namespace PaperData.Parsing
{
    /// <summary>The best <c>limit</c> documents (all for a negative limit) by score, then by document: insertion for small limits, a sort otherwise.</summary>
    internal sealed class TopScores
    {
        private const int InsertionLimit = 64;
        private readonly int _limit;
        private readonly List<KeyValuePair<int, double>> _items = new List<KeyValuePair<int, double>>();

        public TopScores(int limit) => _limit = limit;

        private bool Inserting => _limit >= 0 && _limit <= InsertionLimit;

        public void Offer(int doc, double score)
        {
            if (_limit == 0) return;
            if (!Inserting)
            {
                _items.Add(new KeyValuePair<int, double>(doc, score));
                return;
            }

            if (_items.Count == _limit && !Better(doc, score, _items[_items.Count - 1])) return;
            int at = _items.Count;
            while (at > 0 && Better(doc, score, _items[at - 1])) at--;
            _items.Insert(at, new KeyValuePair<int, double>(doc, score));
            if (_items.Count > _limit) _items.RemoveAt(_items.Count - 1);
        }

        /// <summary>(document, score) pairs, best first.</summary>
        public List<KeyValuePair<int, double>> Results()
        {
            if (!Inserting)
            {
                _items.Sort((x, y) => Better(x.Key, x.Value, y) ? -1 : Better(y.Key, y.Value, x) ? 1 : 0);
                if (_limit >= 0 && _items.Count > _limit) _items.RemoveRange(_limit, _items.Count - _limit);
            }

            return _items;
        }

        public List<int> Documents()
        {
            var docs = new List<int>(_items.Count);
            foreach (KeyValuePair<int, double> item in Results()) docs.Add(item.Key);
            return docs;
        }

        private static bool Better(int doc, double score, KeyValuePair<int, double> than) =>
            score > than.Value || (score == than.Value && doc < than.Key);
    }
}
