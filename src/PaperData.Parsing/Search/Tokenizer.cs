using System.Collections.Generic;

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
            char[] word = new char[32];
            int length = 0;
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (length == word.Length) System.Array.Resize(ref word, word.Length * 2);
                    word[length++] = char.ToLowerInvariant(c);
                }
                else if (length > 0)
                {
                    Flush(terms, word, length);
                    length = 0;
                }
            }

            if (length > 0) Flush(terms, word, length);
            return terms;
        }

        // Folds plurals in the buffer, then makes the one string: "studies" -> "study", "networks" -> "network",
        // but "class", "corpus", "analysis" stay.
        private static void Flush(List<string> terms, char[] word, int length)
        {
            if (length > 4 && word[length - 3] == 'i' && word[length - 2] == 'e' && word[length - 1] == 's')
            {
                word[length - 3] = 'y';
                length -= 2;
            }
            else if (length > 3 && word[length - 1] == 's' && word[length - 2] != 's' && word[length - 2] != 'u' && word[length - 2] != 'i')
            {
                length--;
            }

            string term = new string(word, 0, length);
            if (!StopWords.Contains(term)) terms.Add(term);
        }
    }
}
