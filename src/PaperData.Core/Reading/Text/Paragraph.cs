using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace PaperData.Core.Reading.Text
{
    /// <summary>
    /// Consecutive non-blank lines. Its text is the lines trimmed and joined by one space (a hard-wrapped
    /// abstract reads as one), and it maps every character back to its line and column.
    /// </summary>
    internal sealed class Paragraph
    {
        private static readonly char[] LineBreaks = { '\r', '\n' };

        private readonly Segment[] _segments;

        private Paragraph(string text, Segment[] segments)
        {
            Text = text;
            _segments = segments;
        }

        public string Text { get; }

        public TextPosition Start => PositionOf(0);

        public TextPosition End => PositionOf(Text.Length);

        /// <summary>How many lines of the digest the paragraph spans.</summary>
        public int LineCount => _segments.Length;

        /// <summary>The trimmed length of line <paramref name="index"/> (0-based) of the paragraph.</summary>
        public int LineLength(int index) => _segments[index].Length;

        /// <summary>
        /// The paragraphs of <paramref name="text"/>, its lines split by the rule of <see cref="TextLines"/> (LF, CRLF
        /// and CR; a leading byte-order mark ignored). Lines stay offsets into the text: only the paragraph's own
        /// text is allocated, so a large digest is not copied line by line first.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static List<Paragraph> Split(string text)
        {
            var paragraphs = new List<Paragraph>();
            var segments = new List<Segment>();
            int textLength = 0;
            int number = 1;
            int start = text.Length > 0 && text[0] == TextLines.ByteOrderMark ? 1 : 0;
            while (start < text.Length)
            {
                int end = text.IndexOfAny(LineBreaks, start);
                if (end < 0) end = text.Length;

                // The line trimmed as string.Trim does (char.IsWhiteSpace); nothing left means a blank line.
                int first = start, last = end;
                while (first < last && char.IsWhiteSpace(text[first])) first++;
                while (last > first && char.IsWhiteSpace(text[last - 1])) last--;
                if (first == last)
                {
                    Flush();
                }
                else
                {
                    if (segments.Count > 0) textLength++;
                    segments.Add(new Segment(textLength, last - first, number, first - start + 1, first));
                    textLength += last - first;
                }

                if (end == text.Length) break;
                start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
                number++;
            }

            Flush();
            return paragraphs;

            void Flush()
            {
                if (segments.Count == 0) return;
                paragraphs.Add(new Paragraph(Join(text, segments, textLength), segments.ToArray()));
                segments.Clear();
                textLength = 0;
            }
        }

        // The segments' text joined by one space; a one-line paragraph is a single substring.
        private static string Join(string text, List<Segment> segments, int length)
        {
            if (segments.Count == 1) return text.Substring(segments[0].Offset, segments[0].Length);
            var builder = new StringBuilder(length);
            foreach (Segment segment in segments)
            {
                if (builder.Length > 0) builder.Append(' ');
                builder.Append(text, segment.Offset, segment.Length);
            }

            return builder.ToString();
        }

        /// <summary>Where the character at <paramref name="index"/> of <see cref="Text"/> stands in the digest.</summary>
        public TextPosition PositionOf(int index)
        {
            // Binary search for the last segment starting at or before index: a paragraph of many lines with a
            // diagnostic on each stays linear overall.
            int low = 0, high = _segments.Length - 1;
            while (low < high)
            {
                int middle = low + ((high - low + 1) / 2);
                if (_segments[middle].TextStart <= index) low = middle;
                else high = middle - 1;
            }

            Segment segment = _segments[low];
            int within = index - segment.TextStart;
            if (within > segment.Length) within = segment.Length;
            if (within < 0) within = 0;
            return new TextPosition(segment.Line, segment.Column + within, segment.Offset + within);
        }

        private readonly record struct Segment(int TextStart, int Length, int Line, int Column, int Offset);
    }
}
