using System.Collections.Generic;
using System.Text;

namespace PaperData.Parsing
{
    /// <summary>A position in the digest: 1-based line and column, 0-based offset into the parsed text.</summary>
    internal readonly record struct TextPosition(int Line, int Column, int Offset);

    /// <summary>
    /// Consecutive non-blank lines. Its text is the lines trimmed and joined by one space (a hard-wrapped
    /// abstract reads as one), and it maps every character back to its line and column.
    /// </summary>
    internal sealed class Paragraph
    {
        private readonly List<Segment> _segments;

        private Paragraph(string text, List<Segment> segments)
        {
            Text = text;
            _segments = segments;
        }

        public string Text { get; }

        public TextPosition Start => PositionOf(0);

        public TextPosition End => PositionOf(Text.Length);

        public static List<Paragraph> Split(List<TextLine> lines)
        {
            var paragraphs = new List<Paragraph>();
            var builder = new StringBuilder();
            var segments = new List<Segment>();
            foreach (TextLine line in lines)
            {
                if (TextLines.IsBlank(line.Text))
                {
                    Flush();
                    continue;
                }

                string trimmedStart = line.Text.TrimStart();
                int leading = line.Text.Length - trimmedStart.Length;
                string content = trimmedStart.TrimEnd();
                if (builder.Length > 0) builder.Append(' ');
                segments.Add(new Segment(builder.Length, content.Length, line.Number, leading + 1, line.Offset + leading));
                builder.Append(content);
            }

            Flush();
            return paragraphs;

            void Flush()
            {
                if (segments.Count == 0) return;
                paragraphs.Add(new Paragraph(builder.ToString(), new List<Segment>(segments)));
                builder.Clear();
                segments.Clear();
            }
        }

        /// <summary>Where the character at <paramref name="index"/> of <see cref="Text"/> stands in the digest.</summary>
        public TextPosition PositionOf(int index)
        {
            // Binary search for the last segment starting at or before index: a paragraph of many lines with a
            // diagnostic on each stays linear overall.
            int low = 0, high = _segments.Count - 1;
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
