using System.Collections.Generic;
using System.Text;

namespace PaperData.Parsing
{
    /// <summary>
    /// Splits text into search terms: letters and digits, lower-cased invariantly, common English words dropped,
    /// plurals folded ("networks" finds "network"). The same rules index and query.
    /// </summary>
    internal static class Tokenizer
    {
        private static readonly HashSet<string> StopWords = new HashSet<string>
        {
            "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "has", "have", "in", "into", "is", "it",
            "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "we", "which", "with", "while", "these",
        };

        public static List<string> Terms(string text)
        {
            var terms = new List<string>();
            var word = new StringBuilder();
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    Flush();
                }
            }

            Flush();
            return terms;

            void Flush()
            {
                if (word.Length == 0) return;
                string term = Fold(word.ToString());
                word.Clear();
                if (!StopWords.Contains(term)) terms.Add(term);
            }
        }

        private static string Fold(string term)
        {
            if (term.Length > 4 && term.EndsWith("ies", System.StringComparison.Ordinal)) return term.Substring(0, term.Length - 3) + "y";
            if (term.Length > 3 && term.EndsWith("s", System.StringComparison.Ordinal) && !term.EndsWith("ss", System.StringComparison.Ordinal) && !term.EndsWith("us", System.StringComparison.Ordinal) && !term.EndsWith("is", System.StringComparison.Ordinal))
            {
                return term.Substring(0, term.Length - 1);
            }

            return term;
        }
    }
}
