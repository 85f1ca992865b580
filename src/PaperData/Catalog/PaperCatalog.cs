using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using PaperData.Core.Indexing;
using PaperData.Core.Reading;
using PaperData.Search;

namespace PaperData
{
    /// <summary>
    /// An immutable catalogue of papers with the queries people reach for: find, ranked search, with code,
    /// mentioning a term, by host, by GitHub owner, by date, related papers. Thread-safe.
    /// </summary>
    public sealed partial class PaperCatalog
    {
        // Built on first use. Plain fields rather than Lazy<T>: a generated catalogue is created on first access,
        // and every generic instantiation on that path costs start-up time.
        private readonly ISearchIndexSource? _indexSource;
        private readonly IReadOnlyList<PaperDiagnostic>? _diagnostics;
        private readonly object _indexGate = new object();
        private Dictionary<string, Paper>? _lookup;
        private SearchIndex? _index;

        /// <summary>Creates a catalogue over papers, in the order given.</summary>
        /// <exception cref="ArgumentException">A paper or diagnostic in the sequences is null.</exception>
        public PaperCatalog(IEnumerable<Paper> papers, IEnumerable<PaperDiagnostic>? diagnostics = null)
            : this(Array.AsReadOnly(NoNulls(papers, nameof(papers))), diagnostics is null ? null : NoNulls(diagnostics, nameof(diagnostics)))
        {
        }

        // Every query dereferences the papers; a null one would fail far from where it came in.
        internal static T[] NoNulls<T>(IEnumerable<T> items, string parameter)
            where T : class
        {
            if (items is null) throw new ArgumentNullException(parameter);
            T[] array = new List<T>(items).ToArray();
            if (Array.IndexOf(array, null) >= 0) throw new ArgumentException("The sequence holds a null item.", parameter);
            return array;
        }

        private PaperCatalog(IReadOnlyList<Paper> papers, IEnumerable<PaperDiagnostic>? diagnostics, ISearchIndexSource? indexSource = null)
        {
            Papers = papers;

            // None is kept as null: a generated catalogue is created on first access, and each type loaded there
            // (the diagnostic type, its empty array) costs start-up time. The same for the index source below,
            // an interface rather than a Func<SearchIndex>.
            _diagnostics = diagnostics is null ? null : Array.AsReadOnly(new List<PaperDiagnostic>(diagnostics).ToArray());
            _indexSource = indexSource;
        }

        // The lookup may be built twice by racing threads; either result is complete and equal, and one of them wins.
        private Dictionary<string, Paper> Lookup =>
            Volatile.Read(ref _lookup) ?? Interlocked.CompareExchange(ref _lookup, BuildLookup(), null) ?? _lookup!;

        // The index of a large parsed digest is costly: built once, under a lock.
        private SearchIndex Index
        {
            get
            {
                SearchIndex? index = Volatile.Read(ref _index);
                if (index is not null) return index;
                lock (_indexGate)
                {
                    return _index ??= _indexSource is null ? SearchIndex.Build(Papers) : _indexSource.CreateSearchIndex();
                }
            }
        }

        /// <summary>A catalogue over papers whose search index already exists (generated catalogues).</summary>
        internal static PaperCatalog Wrap(IReadOnlyList<Paper> papers, ISearchIndexSource index) => new PaperCatalog(papers, null, index);

        /// <summary>The papers in digest order.</summary>
        public IReadOnlyList<Paper> Papers { get; }

        /// <summary>Problems found while reading the digest; empty for a clean one.</summary>
        public IReadOnlyList<PaperDiagnostic> Diagnostics => _diagnostics ?? Array.Empty<PaperDiagnostic>();

        /// <summary>The number of papers.</summary>
        public int Count => Papers.Count;

        /// <summary>True when a diagnostic is an error, i.e. part of the digest is not in the catalogue.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (PaperDiagnostic diagnostic in Diagnostics)
                {
                    if (diagnostic.IsError) return true;
                }

                return false;
            }
        }

        /// <summary>
        /// Finds a paper by id, short name or title, ignoring case and runs of white space; null when none matches.
        /// Ids win over short names, short names over titles.
        /// </summary>
        public Paper? Find(string idShortNameOrTitle)
        {
            if (idShortNameOrTitle is null) throw new ArgumentNullException(nameof(idShortNameOrTitle));
            return Lookup.TryGetValue(TitleRules.Normalize(idShortNameOrTitle), out Paper? paper) ? paper : null;
        }

        /// <summary>Ranked full-text search over titles and abstracts (BM25; ties keep digest order).</summary>
        public IReadOnlyList<SearchHit> Search(string query, int limit = 10)
        {
            if (query is null) throw new ArgumentNullException(nameof(query));
            if (limit < 0) throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit cannot be negative.");
            var hits = new List<SearchHit>();
            foreach (KeyValuePair<int, double> hit in Index.Search(query, limit))
            {
                hits.Add(new SearchHit(Papers[hit.Key], hit.Value));
            }

            return hits.AsReadOnly();
        }

        /// <summary>
        /// The terms <see cref="Search"/> matches for <paramref name="text"/>, in order: words of letters and digits,
        /// lower-cased invariantly, common English words dropped, plurals folded ("Networks" gives "network"). Use it to
        /// mark in a text the words a query matched, exactly as search counted them.
        /// </summary>
        public static IReadOnlyList<string> SearchTerms(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return Tokenizer.Terms(text).AsReadOnly();
        }

        /// <summary>Papers with a link to a source repository.</summary>
        public IReadOnlyList<Paper> WithCode() => Where(p => p.HasCode);

        /// <summary>Papers whose title or abstract contains <paramref name="term"/> (ordinal, ignoring case).</summary>
        public IReadOnlyList<Paper> Mentioning(string term)
        {
            if (term is null) throw new ArgumentNullException(nameof(term));
            return Where(p => Contains(p.Title, term) || Contains(p.Abstract, term));
        }

        /// <summary>Papers with a link to <paramref name="host"/> ("github.com"; "www." ignored).</summary>
        public IReadOnlyList<Paper> ByHost(string host)
        {
            string wanted = StripWww(host ?? throw new ArgumentNullException(nameof(host)));
            return Where(p => AnyLink(p, l => string.Equals(StripWww(l.Host), wanted, StringComparison.OrdinalIgnoreCase)));
        }

        /// <summary>Papers with a GitHub repository or github.io page of <paramref name="owner"/> (ignoring case).</summary>
        public IReadOnlyList<Paper> ByGitHubOwner(string owner)
        {
            if (owner is null) throw new ArgumentNullException(nameof(owner));
            return Where(p => AnyLink(p, l => string.Equals(l.Owner, owner, StringComparison.OrdinalIgnoreCase)));
        }

        /// <summary>Papers listed under month and day (any year).</summary>
        public IReadOnlyList<Paper> OnDate(int month, int day) => Where(p => p.Date.Month == month && p.Date.Day == day);

        /// <summary>Papers listed under <paramref name="date"/> (the year compared only when both have one).</summary>
        public IReadOnlyList<Paper> OnDate(PaperDate date) =>
            Where(p => p.Date.Month == date.Month && p.Date.Day == date.Day
                && (p.Date.Year is null || date.Year is null || p.Date.Year == date.Year));

        /// <summary>The dates of the digest's sections, in order of first appearance.</summary>
        public IReadOnlyList<PaperDate> Dates()
        {
            var dates = new List<PaperDate>();
            foreach (Paper paper in Papers)
            {
                if (!dates.Contains(paper.Date)) dates.Add(paper.Date);
            }

            return dates.AsReadOnly();
        }

        /// <summary>The papers most similar to <paramref name="paper"/> (TF-IDF cosine), best first, itself excluded.</summary>
        public IReadOnlyList<Paper> Related(Paper paper, int limit = 5)
        {
            if (paper is null) throw new ArgumentNullException(nameof(paper));
            if (limit < 0) throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit cannot be negative.");
            int doc = IndexOf(paper);
            if (doc < 0) throw new ArgumentException("The paper is not in this catalogue.", nameof(paper));
            var related = new List<Paper>();
            foreach (int other in Index.Related(doc, limit)) related.Add(Papers[other]);
            return related.AsReadOnly();
        }

        private int IndexOf(Paper paper)
        {
            int guess = paper.Rank - 1;
            if (guess >= 0 && guess < Papers.Count && Papers[guess].Equals(paper)) return guess;
            for (int i = 0; i < Papers.Count; i++)
            {
                if (Papers[i].Equals(paper)) return i;
            }

            return -1;
        }

        private IReadOnlyList<Paper> Where(Func<Paper, bool> predicate)
        {
            var result = new List<Paper>();
            foreach (Paper paper in Papers)
            {
                if (predicate(paper)) result.Add(paper);
            }

            return new ReadOnlyCollection<Paper>(result);
        }

        private Dictionary<string, Paper> BuildLookup()
        {
            var lookup = new Dictionary<string, Paper>(StringComparer.Ordinal);
            foreach (Paper paper in Papers) Claim(lookup, paper.Id, paper);
            foreach (Paper paper in Papers)
            {
                if (paper.ShortName is not null) Claim(lookup, paper.ShortName, paper);
            }

            foreach (Paper paper in Papers) Claim(lookup, paper.Title, paper);
            return lookup;
        }

        // The first claim wins, so ids beat short names and short names beat titles.
        private static void Claim(Dictionary<string, Paper> lookup, string key, Paper paper)
        {
            string normalized = TitleRules.Normalize(key);
            if (!lookup.ContainsKey(normalized)) lookup.Add(normalized, paper);
        }

        private static bool AnyLink(Paper paper, Func<CodeLink, bool> predicate)
        {
            foreach (CodeLink link in paper.Links)
            {
                if (predicate(link)) return true;
            }

            return false;
        }

        private static bool Contains(string text, string term) => text.IndexOf(term, StringComparison.OrdinalIgnoreCase) >= 0;

        private static string StripWww(string host) =>
            host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host.Substring(4) : host;
    }
}
