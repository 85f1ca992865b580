using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PaperData.Core.Indexing
{
    /// <summary>
    /// Splits text into search terms: letters and digits, lower-cased invariantly, common English words dropped,
    /// plurals folded ("networks" finds "network"). The same rules index and query.
    /// </summary>
    internal static class Tokenizer
    {
        /// <summary>The dropped words, in a fixed order (the index builder numbers them first).</summary>
        public static readonly string[] StopWordList =
        {
            "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "has", "have", "in", "into", "is", "it",
            "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "we", "which", "with", "while", "these",
        };

        private static readonly HashSet<string> StopWords = new HashSet<string>(StopWordList, StringComparer.Ordinal);

        // ASCII fast path: the lower-case form of a letter or digit, 0 for any other ASCII character. Equal to
        // char.IsLetterOrDigit + char.ToLowerInvariant there, without their calls on the hot path.
        private static readonly char[] AsciiFold = CreateAsciiFold();

        public static List<string> Terms(string text)
        {
            var terms = new List<string>();
            char[] word = new char[32];
            int position = 0;
            int length;
            while ((length = NextWord(text, ref position, ref word)) > 0)
            {
                string term = new string(word, 0, length);
                if (!StopWords.Contains(term)) terms.Add(term);
            }

            return terms;
        }

        /// <summary>
        /// The next word from <paramref name="position"/> on, lower-cased and plural-folded into
        /// <paramref name="word"/> (grown as needed): its length, or 0 when the text is used up. Stop words are
        /// not dropped here; the caller decides how (a string set for <see cref="Terms"/>, the term dictionary
        /// for the index builder), so a word needs no string of its own.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static int NextWord(string text, ref int position, ref char[] word)
        {
            // This runs once per character of every text indexed: locals only (no ref or address-taken ones, which
            // the JIT keeps in memory) and the ASCII table read inline.
            char[] ascii = AsciiFold;
            int i = position;
            char lower = '\0';
            for (; i < text.Length; i++)
            {
                char c = text[i];
                lower = c < (uint)ascii.Length ? ascii[c] : FoldOther(c);
                if (lower != '\0') break;
            }

            if (i >= text.Length)
            {
                position = i;
                return 0;
            }

            char[] buffer = word;
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = Grown(buffer);
                    word = buffer;
                }

                buffer[length++] = lower;
                if (++i >= text.Length) break;
                char c = text[i];
                lower = c < (uint)ascii.Length ? ascii[c] : FoldOther(c);
                if (lower == '\0') break;
            }

            position = i;
            return FoldPlural(buffer, length);
        }

        // The lower-case form of a non-ASCII letter or digit, '\0' for any other character.
        private static char FoldOther(char c) => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

        private static char[] Grown(char[] buffer)
        {
            var grown = new char[buffer.Length * 2];
            Array.Copy(buffer, grown, buffer.Length);
            return grown;
        }

        // Folds plurals in the buffer and returns the new length: "studies" -> "study", "networks" -> "network",
        // but "class", "corpus", "analysis" stay.
        private static int FoldPlural(char[] word, int length)
        {
            if (length > 4 && word[length - 3] == 'i' && word[length - 2] == 'e' && word[length - 1] == 's')
            {
                word[length - 3] = 'y';
                return length - 2;
            }

            if (length > 3 && word[length - 1] == 's' && word[length - 2] != 's' && word[length - 2] != 'u' && word[length - 2] != 'i')
            {
                return length - 1;
            }

            return length;
        }

        private static char[] CreateAsciiFold()
        {
            var fold = new char[128];
            for (char c = '0'; c <= '9'; c++) fold[c] = c;
            for (char c = 'a'; c <= 'z'; c++) fold[c] = c;
            for (char c = 'A'; c <= 'Z'; c++) fold[c] = (char)(c + ('a' - 'A'));
            return fold;
        }
    }
}
