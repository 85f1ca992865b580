using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperData.Generator.Model
{
    /// <summary>
    /// Turns titles and file names into C# identifiers: valid (checked with <see cref="SyntaxFacts"/>), never a
    /// keyword, never one of the generated or inherited members, unique ignoring case, chosen in digest order.
    /// </summary>
    internal static class IdentifierNames
    {
        private const int MaxWords = 6;
        private const int MaxLength = 60;

        // One huge word (a title can now be thousands of characters, paired as written) is cut here: metadata names
        // longer than 1,024 bytes are CS7013, and a member name this long helps no one.
        private const int MaxWordRunLength = 120;

        /// <summary>
        /// Members the generated class declares itself (nested types included: the nested class was once named
        /// "Holder", and a paper of that name broke the build with CS0102), or inherits from <see cref="object"/>.
        /// Keep in step with the emitter (HostileContentTests reflects what it declares).
        /// </summary>
        public static readonly string[] Reserved =
        {
            "All", "Catalog", "Count", "ContentHash", "Key", "Titles", "Get", "__Holder", "__Data",
            "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        /// <summary>A PascalCase identifier from free text: "Soft-NMS" gives SoftNMS, "3D scenes" gives _3DScenes.</summary>
        public static string FromText(string text, string fallback)
        {
            var name = new StringBuilder();
            int words = 0;
            bool startOfWord = true;
            foreach (char c in text)
            {
                if (IsIdentifierPart(c))
                {
                    if (startOfWord)
                    {
                        if (++words > MaxWords || name.Length >= MaxLength) break;
                        name.Append(char.ToUpperInvariant(c));
                    }
                    else if (name.Length < MaxWordRunLength)
                    {
                        name.Append(c);
                    }

                    startOfWord = false;
                }
                else
                {
                    startOfWord = true;
                }
            }

            string result = name.ToString();
            if (result.Length == 0) result = fallback;
            if (!SyntaxFacts.IsIdentifierStartCharacter(result[0])) result = "_" + result;
            if (SyntaxFacts.GetKeywordKind(result) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(result) != SyntaxKind.None)
            {
                result = "_" + result;
            }

            return SyntaxFacts.IsValidIdentifier(result) ? result : fallback;
        }

        /// <summary>Member names for every paper: unique, and unequal to the class name and the reserved names.</summary>
        public static List<string> ForPapers(IReadOnlyList<(string? ShortName, string Title, int Rank)> papers, string className)
        {
            var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase) { className };
            var names = new List<string>(papers.Count);
            foreach ((string? shortName, string title, int rank) in papers)
            {
                string fallback = "Paper" + rank.ToString(CultureInfo.InvariantCulture);
                string name = FromText(shortName ?? title, fallback);
                names.Add(Unique(name, taken));
            }

            return names;
        }

        private static string Unique(string name, HashSet<string> taken)
        {
            if (taken.Add(name)) return name;
            for (int n = 2; ; n++)
            {
                string candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
                if (taken.Add(candidate)) return candidate;
            }
        }

        // Letters and digits only: connectors and formatting characters would make names hard to type.
        private static bool IsIdentifierPart(char c) =>
            char.IsLetterOrDigit(c) && SyntaxFacts.IsIdentifierPartCharacter(c) && c < 0x3000;
    }
}
