using System.Collections.Generic;
using System.Text;
using PaperData.Cli.Output;

namespace PaperData.Cli.Matching
{
    /// <summary>
    /// A window of an abstract around the query's terms, the matched words marked. Words match with the search
    /// index's own tokenizer, so "networks" is marked for the query "network" exactly when search counted it.
    /// </summary>
    internal static class Snippet
    {
        public const int DefaultLength = 240;

        // How much text to keep before the first match in the window, so the match reads in context.
        private const int LeadIn = 40;

        public static string Build(string text, string query, Style style, int length = DefaultLength)
        {
            var terms = new HashSet<string>(PaperCatalog.SearchTerms(query));
            List<Word> words = Words(text, terms);
            int start = BestStart(words, length);
            if (start > 0) start = NextWordStart(text, start);
            int end = start + length >= text.Length ? text.Length : LastSpaceBefore(text, start + length, start);

            var snippet = new StringBuilder();
            if (start > 0) snippet.Append('…');
            int at = start;
            foreach (Word word in words)
            {
                if (!word.Matched || word.Start < start || word.Start + word.Length > end) continue;
                snippet.Append(text, at, word.Start - at);
                snippet.Append(style.Match(text.Substring(word.Start, word.Length)));
                at = word.Start + word.Length;
            }

            snippet.Append(text, at, end - at);
            if (end < text.Length) snippet.Append('…');
            return snippet.ToString();
        }

        private static List<Word> Words(string text, HashSet<string> terms)
        {
            var words = new List<Word>();
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                IReadOnlyList<string> term = PaperCatalog.SearchTerms(text.Substring(start, i - start));
                words.Add(new Word(start, i - start, term.Count == 1 ? term[0] : null, term.Count == 1 && terms.Contains(term[0])));
            }

            return words;
        }

        // The window start that shows the most distinct matched terms; the first such window wins.
        private static int BestStart(List<Word> words, int length)
        {
            int bestStart = 0;
            int bestCount = 0;
            foreach (Word first in words)
            {
                if (!first.Matched) continue;
                int start = System.Math.Max(0, first.Start - LeadIn);
                var seen = new HashSet<string>();
                foreach (Word word in words)
                {
                    if (word.Matched && word.Start >= start && word.Start + word.Length <= start + length) seen.Add(word.Term!);
                }

                if (seen.Count > bestCount)
                {
                    bestCount = seen.Count;
                    bestStart = start;
                }
            }

            return bestStart;
        }

        private static int NextWordStart(string text, int index)
        {
            if (text[index - 1] == ' ') return index;
            int space = text.IndexOf(' ', index);
            return space < 0 ? index : space + 1;
        }

        private static int LastSpaceBefore(string text, int index, int floor)
        {
            int space = text.LastIndexOf(' ', index, index - floor);
            return space <= floor ? index : space;
        }

        private readonly struct Word
        {
            public Word(int start, int length, string? term, bool matched)
            {
                Start = start;
                Length = length;
                Term = term;
                Matched = matched;
            }

            public int Start { get; }

            public int Length { get; }

            public string? Term { get; }

            public bool Matched { get; }
        }
    }
}
