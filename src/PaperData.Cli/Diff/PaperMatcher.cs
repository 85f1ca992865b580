using System;
using System.Collections.Generic;
using System.Text;

namespace PaperData.Cli.Diff
{
    /// <summary>
    /// Pairs each new paper with at most one old paper: first by arXiv id (ignoring case and a version suffix), then
    /// the rest by title ignoring case and spacing, unless both carry arXiv ids (which then differ: two papers that share
    /// a title). Duplicates pair up in order, first with first.
    /// </summary>
    internal static class PaperMatcher
    {
        /// <summary>For each paper of <paramref name="after"/>, the index of its match in <paramref name="before"/>, or null.</summary>
        public static int?[] Match(IReadOnlyList<Paper> before, IReadOnlyList<Paper> after)
        {
            var result = new int?[after.Count];
            var used = new bool[before.Count];
            Pair(before, after, result, used, ArxivKey, (_, _) => true);
            Pair(before, after, result, used, p => TitleKey(p.Title), (b, a) => ArxivKey(b) is null || ArxivKey(a) is null);
            return result;
        }

        private static void Pair(IReadOnlyList<Paper> before, IReadOnlyList<Paper> after, int?[] result, bool[] used,
            Func<Paper, string?> key, Func<Paper, Paper, bool> compatible)
        {
            var waiting = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int j = 0; j < before.Count; j++)
            {
                if (used[j] || key(before[j]) is not string k) continue;
                if (!waiting.TryGetValue(k, out List<int>? candidates)) waiting[k] = candidates = new List<int>();
                candidates.Add(j);
            }

            for (int i = 0; i < after.Count; i++)
            {
                if (result[i] is not null || key(after[i]) is not string k || !waiting.TryGetValue(k, out List<int>? candidates)) continue;
                int found = candidates.FindIndex(j => compatible(before[j], after[i]));
                if (found < 0) continue;
                result[i] = candidates[found];
                used[candidates[found]] = true;
                candidates.RemoveAt(found);
            }
        }

        /// <summary>"2502.12345v2" and "2502.12345" name the same paper.</summary>
        private static string? ArxivKey(Paper paper)
        {
            string? id = paper.ArxivId?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(id)) return null;
            int version = id.LastIndexOf('v');
            return version > 0 && version < id.Length - 1 && IsDigits(id, version + 1) ? id.Substring(0, version) : id;
        }

        /// <summary>Lowercase (invariant), runs of white space as one space, trimmed.</summary>
        public static string TitleKey(string title)
        {
            var builder = new StringBuilder(title.Length);
            bool space = false;
            foreach (char c in title.Trim())
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space) builder.Append(' ');
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }

        private static bool IsDigits(string text, int start)
        {
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
            }

            return true;
        }
    }
}
