using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperData.Cli.Matching
{
    /// <summary>
    /// Near misses. For papers: the ids closest to a name that matched no paper: by edit distance to each paper's id and short name, or to
    /// their start (so "s3in" finds "s3im-..." and "neural-rad" finds "neural-radiance-..."), ignoring case.
    /// </summary>
    internal static class Suggestions
    {
        public static IReadOnlyList<string> Closest(IEnumerable<Paper> papers, string wanted, int max = 3)
        {
            string query = wanted.Trim().ToLowerInvariant();
            if (query.Length == 0) return Array.Empty<string>();
            int threshold = Math.Max(1, query.Length / 3);

            return papers
                .Select(p => (Paper: p, Distance: Distance(p, query)))
                .Where(c => c.Distance <= threshold)
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Paper.Rank)
                .Take(max)
                .Select(c => c.Paper.Id)
                .ToList();
        }

        /// <summary>
        /// The names closest to a mistyped command or option ("serch" gives search, "--limt" --limit), ignoring case;
        /// all those tied for closest, none when even the closest is too far to be a typo.
        /// </summary>
        public static IReadOnlyList<string> ClosestNames(IEnumerable<string> names, string typed, int max = 3)
        {
            string query = typed.Trim().ToLowerInvariant();
            if (query.TrimStart('-').Length == 0) return Array.Empty<string>();
            int threshold = Math.Max(1, query.TrimStart('-').Length / 3);
            var scored = names.Distinct(StringComparer.Ordinal)
                .Select(n => (Name: n, Distance: TypoDistance(n.ToLowerInvariant(), query)))
                .Where(c => c.Distance <= threshold)
                .ToList();
            if (scored.Count == 0) return Array.Empty<string>();
            int best = scored.Min(c => c.Distance);
            return scored.Where(c => c.Distance == best).Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal).Take(max).ToList();
        }

        // Edits as typing makes them: an insertion, a deletion, a substitution or two neighbours swapped ("--jsno")
        // each cost 1 (optimal string alignment distance).
        private static int TypoDistance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (int j = 0; j <= b.Length; j++) d[0, j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }

            return d[a.Length, b.Length];
        }

        private static int Distance(Paper paper, string query)
        {
            int best = Closeness(paper.Id, query);
            if (paper.ShortName is not null) best = Math.Min(best, Closeness(paper.ShortName.ToLowerInvariant(), query));
            return best;
        }

        // Distance to the whole key, or to its prefix of the query's length: a near miss of the start still counts.
        private static int Closeness(string key, string query)
        {
            int whole = Levenshtein(key, query);
            return key.Length > query.Length ? Math.Min(whole, Levenshtein(key.Substring(0, query.Length), query)) : whole;
        }

        public static int Levenshtein(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
