using System;
using System.Globalization;
using System.Text;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// Measures text as a terminal shows it: ANSI escape sequences and combining marks take no column, East Asian
    /// wide characters (中文, 한국어, full-width forms, most emoji) take two.
    /// </summary>
    internal static class VisibleText
    {
        public static int Width(string text)
        {
            int width = 0;
            int i = 0;
            while (i < text.Length)
            {
                if (text[i] == '\u001b')
                {
                    i = EndOfEscape(text, i) + 1;
                    continue;
                }

                if (Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
                {
                    rune = Rune.ReplacementChar;
                }

                width += Columns(rune);
                i += consumed;
            }

            return width;
        }

        public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));

        public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Width(text))) + text;

        private static int Columns(Rune rune)
        {
            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.EnclosingMark || category == UnicodeCategory.Format)
            {
                return 0;
            }

            return IsWide(rune.Value) ? 2 : 1;
        }

        // The main East Asian Wide and Fullwidth blocks (Unicode TR 11), and the emoji blocks terminals draw double.
        private static bool IsWide(int c) =>
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);

        // The index of a CSI sequence's final letter (ESC [ ... m); a lone ESC is its own end.
        private static int EndOfEscape(string text, int start)
        {
            if (start + 1 >= text.Length || text[start + 1] != '[') return start;
            int i = start + 2;
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            return i;
        }
    }
}
