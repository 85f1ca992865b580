using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Core.Naming;

namespace PaperData.Generator.Model
{
    /// <summary>
    /// Turns titles and file names into C# identifiers: valid (checked with <see cref="SyntaxFacts"/>), never a
    /// keyword, never one of the generated or inherited members, unique ignoring case, chosen in digest order.
    /// </summary>
    internal static class IdentifierNames
    {
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

        /// <summary>
        /// A PascalCase identifier from free text: "Soft-NMS" gives SoftNMS, "3D scenes" gives _3DScenes. The shared
        /// rules (<see cref="CatalogNames.FromText"/>, which the build task uses for class names too), checked again
        /// with <see cref="SyntaxFacts"/>.
        /// </summary>
        public static string FromText(string text, string fallback)
        {
            string result = CatalogNames.FromText(text, fallback);
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
    }
}
