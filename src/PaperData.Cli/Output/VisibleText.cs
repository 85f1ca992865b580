namespace PaperData.Cli.Output
{
    /// <summary>Measures text as it appears on screen: ANSI escape sequences take no columns.</summary>
    internal static class VisibleText
    {
        public static int Width(string text)
        {
            int width = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\u001b')
                {
                    i = EndOfEscape(text, i);
                    continue;
                }

                if (!char.IsLowSurrogate(text[i])) width++;
            }

            return width;
        }

        public static string PadRight(string text, int width) => text + new string(' ', System.Math.Max(0, width - Width(text)));

        public static string PadLeft(string text, int width) => new string(' ', System.Math.Max(0, width - Width(text))) + text;

        // A CSI sequence (ESC [ ... final letter); anything else is taken as a lone ESC.
        private static int EndOfEscape(string text, int start)
        {
            if (start + 1 >= text.Length || text[start + 1] != '[') return start;
            int i = start + 2;
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            return i;
        }
    }
}
