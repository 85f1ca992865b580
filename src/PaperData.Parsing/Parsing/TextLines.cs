using System.Collections.Generic;

namespace PaperData.Parsing
{
    /// <summary>One physical line of a digest: its text without the line break, its 1-based number and offset.</summary>
    internal readonly record struct TextLine(string Text, int Number, int Offset);

    /// <summary>
    /// Splits text into lines under LF, CRLF and CR alike, ignoring a leading byte-order mark. The reference for what a
    /// line is: the parser itself keeps lines as offsets (<see cref="Paragraph.Split"/>) and hashes the text streamed
    /// (<see cref="ContentHash.OfText"/>), both to the same rule.
    /// </summary>
    internal static class TextLines
    {
        public const char ByteOrderMark = '\uFEFF';

        public static List<TextLine> Split(string text)
        {
            var lines = new List<TextLine>();
            int start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
            int number = 1;
            int i = start;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '\r' || c == '\n')
                {
                    lines.Add(new TextLine(text.Substring(start, i - start), number++, start));
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    start = i;
                }
                else
                {
                    i++;
                }
            }

            if (start < text.Length)
            {
                lines.Add(new TextLine(text.Substring(start), number, start));
            }

            return lines;
        }

        public static bool IsBlank(string line)
        {
            foreach (char c in line)
            {
                if (!char.IsWhiteSpace(c)) return false;
            }

            return true;
        }
    }
}
