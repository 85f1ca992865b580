using System.Globalization;

namespace PaperData.Testing
{
    /// <summary>
    /// The one oracle for "no raw invisible character in generated source", shared as source by the generator
    /// tests, the property tests and the fuzz target (linked there, since it must not reference test code).
    /// Generated source may hold LF and printable text only: every control (tab and CR included: the emitter
    /// indents with spaces, escapes tab as \t in literals and &amp;#x9; in XML docs), format character (bidi
    /// controls, tags, zero-width), line or paragraph separator, lone surrogate, private-use or unassigned code
    /// point must be escaped. Astral characters are judged as whole code points.
    /// </summary>
    internal static class RawCharacterOracle
    {
        /// <summary>The first raw invisible character, as "U+202E (Format) on line 3", or null when there is none.</summary>
        public static string? FindRawInvisible(string source)
        {
            int line = 1;
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                if (c == '\n')
                {
                    line++;
                    continue;
                }

                bool pair = char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]);
                UnicodeCategory category = char.IsSurrogate(c) && !pair ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(source, i);
                if (IsInvisible(category))
                {
                    int codePoint = pair ? char.ConvertToUtf32(c, source[i + 1]) : c;
                    return "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + " (" + category + ") on line "
                        + line.ToString(CultureInfo.InvariantCulture);
                }

                if (pair) i++;
            }

            return null;
        }

        private static bool IsInvisible(UnicodeCategory category) =>
            category == UnicodeCategory.Control || category == UnicodeCategory.Format
            || category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator
            || category == UnicodeCategory.Surrogate || category == UnicodeCategory.PrivateUse
            || category == UnicodeCategory.OtherNotAssigned;
    }
}
