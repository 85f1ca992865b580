using System;
using System.Runtime.CompilerServices;

namespace PaperData.Core.Reading
{
    /// <summary>What the parser derives from a title: the short name and the stable id.</summary>
    internal static class TitleRules
    {
        private static readonly string[] NameSeparators = { ": ", " -- ", " \u2014 " };

        private const int MaxShortNameLength = 40;
        private const int MaxIdLength = 80;

        /// <summary>
        /// The part before ": ", " -- " or " — " when it is a name (one word such as <c>S3IM</c>, <c>TabPFN</c>,
        /// <c>Soft-NMS</c>), otherwise null: "Neural Collapse in Deep Linear Networks: ..." has no short name.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static string? ShortName(string title)
        {
            int cut = -1;
            foreach (string separator in NameSeparators)
            {
                int at = title.IndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && (cut < 0 || at < cut)) cut = at;
            }

            if (cut <= 0 || cut > MaxShortNameLength) return null;
            string candidate = title.Substring(0, cut);
            bool hasLetter = false;
            foreach (char c in candidate)
            {
                if (char.IsLetter(c)) hasLetter = true;
                else if (!char.IsDigit(c) && c != '-' && c != '_' && c != '.' && c != '+' && c != '\'') return null;
            }

            return hasLetter ? candidate : null;
        }

        /// <summary>A lowercase ASCII slug of the title, at most 80 characters, cut at a word boundary.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static string Slug(string title)
        {
            // One character past the limit tells whether the slug had to be cut.
            var slug = new char[Math.Min(title.Length, MaxIdLength + 1)];
            int length = 0;
            foreach (char c in title)
            {
                if (length > MaxIdLength) break;
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug[length++] = c;
                else if (c >= 'A' && c <= 'Z') slug[length++] = (char)(c + ('a' - 'A'));
                else if (length > 0 && slug[length - 1] != '-') slug[length++] = '-';
            }

            if (length > MaxIdLength)
            {
                int lastBreak = Array.LastIndexOf(slug, '-', MaxIdLength);
                length = lastBreak > 0 ? lastBreak : MaxIdLength;
            }

            int start = 0;
            while (start < length && slug[start] == '-') start++;
            while (length > start && slug[length - 1] == '-') length--;
            return length > start ? new string(slug, start, length - start) : "paper-" + ContentHash.Short(title);
        }

        /// <summary>The key titles are compared by: case and runs of white space ignored.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static string Normalize(string text)
        {
            var normalized = new char[text.Length];
            int length = 0;
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }

                if (space) normalized[length++] = ' ';
                space = false;
                normalized[length++] = char.ToLowerInvariant(c);
            }

            return new string(normalized, 0, length);
        }
    }
}
