using System.Collections.Generic;
using System.Text;

namespace PaperData.Cli.Output
{
    /// <summary>Greedy word wrapping by visible width; a word longer than the line (a URL) gets a line of its own, unbroken.</summary>
    internal static class TextWrapper
    {
        public static IReadOnlyList<string> Wrap(string text, int width)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            int lineWidth = 0;
            foreach (string word in text.Split(new[] { ' ', '\n', '\r', '\t' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                int wordWidth = VisibleText.Width(word);
                if (lineWidth > 0 && lineWidth + 1 + wordWidth > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                if (lineWidth > 0)
                {
                    line.Append(' ');
                    lineWidth++;
                }

                line.Append(word);
                lineWidth += wordWidth;
            }

            if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
            return lines;
        }

        /// <summary>Writes <paramref name="text"/> wrapped to <paramref name="width"/> columns, every line after <paramref name="indent"/>.</summary>
        public static void WriteIndented(System.IO.TextWriter output, string text, int width, string indent) =>
            WriteHanging(output, indent, text, width);

        /// <summary>
        /// Writes <paramref name="label"/> then <paramref name="text"/> wrapped, continuation lines aligned under the
        /// text ("12. A long title" wraps under "A").
        /// </summary>
        public static void WriteHanging(System.IO.TextWriter output, string label, string text, int width)
        {
            int labelWidth = VisibleText.Width(label);
            string indent = new string(' ', labelWidth);
            IReadOnlyList<string> lines = Wrap(text, System.Math.Max(10, width - labelWidth));
            for (int i = 0; i < lines.Count; i++) output.WriteLine((i == 0 ? label : indent) + lines[i]);
        }
    }
}
