using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace PaperData.Parsing
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
            var slug = new StringBuilder(Math.Min(title.Length, MaxIdLength + 1));
            foreach (char c in title)
            {
                if (slug.Length > MaxIdLength) break;
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug.Append(c);
                else if (c >= 'A' && c <= 'Z') slug.Append((char)(c + ('a' - 'A')));
                else if (slug.Length > 0 && slug[slug.Length - 1] != '-') slug.Append('-');
            }

            string text = slug.ToString();
            if (text.Length > MaxIdLength)
            {
                int lastBreak = text.LastIndexOf('-', MaxIdLength);
                text = lastBreak > 0 ? text.Substring(0, lastBreak) : text.Substring(0, MaxIdLength);
            }

            text = text.Trim('-');
            return text.Length > 0 ? text : "paper-" + ContentHash.Short(title);
        }

        /// <summary>The key titles are compared by: case and runs of white space ignored.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text.Trim())
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
    }
}
