using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperData.Core.Reading
{
    /// <summary>
    /// Hands out ids unique within a digest: a repeated slug gets "-2", "-3", ... in digest order (the smallest free
    /// number). It remembers where each slug's numbering stopped, so thousands of equal titles stay linear.
    /// </summary>
    internal sealed class UniqueIds
    {
        private readonly HashSet<string> _taken = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);

        public string For(string slug)
        {
            if (_taken.Add(slug)) return slug;

            // Numbers below the remembered one are all taken already, and taken ids are never given back.
            int n = _nextNumber.TryGetValue(slug, out int next) ? next : 2;
            string candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            while (!_taken.Add(candidate))
            {
                n++;
                candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            _nextNumber[slug] = n + 1;
            return candidate;
        }
    }
}
