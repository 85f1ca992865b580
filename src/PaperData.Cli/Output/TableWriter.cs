using System;
using System.Collections.Generic;
using System.IO;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// Aligned columns; the last column takes the remaining width and wraps, its continuation lines indented under it.
    /// </summary>
    internal sealed class TableWriter
    {
        private const string Gap = "  ";
        private const int MinimumLastColumn = 20;

        private readonly List<bool> _rightAligned = new List<bool>();
        private readonly List<string[]> _rows = new List<string[]>();

        /// <summary>Adds a column; numbers read best right-aligned.</summary>
        public TableWriter Column(bool rightAligned = false)
        {
            _rightAligned.Add(rightAligned);
            return this;
        }

        public void Row(params string[] cells)
        {
            if (cells.Length != _rightAligned.Count) throw new ArgumentException("One cell per column.", nameof(cells));
            _rows.Add(cells);
        }

        public void Write(TextWriter output, int totalWidth)
        {
            int columns = _rightAligned.Count;
            var widths = new int[columns];
            foreach (string[] row in _rows)
            {
                for (int c = 0; c < columns - 1; c++) widths[c] = Math.Max(widths[c], VisibleText.Width(row[c]));
            }

            int used = 0;
            for (int c = 0; c < columns - 1; c++) used += widths[c] + Gap.Length;
            int last = Math.Max(MinimumLastColumn, totalWidth - used);
            string continuation = new string(' ', used);

            foreach (string[] row in _rows)
            {
                var prefix = new System.Text.StringBuilder();
                for (int c = 0; c < columns - 1; c++)
                {
                    prefix.Append(_rightAligned[c] ? VisibleText.PadLeft(row[c], widths[c]) : VisibleText.PadRight(row[c], widths[c]));
                    prefix.Append(Gap);
                }

                IReadOnlyList<string> lines = TextWrapper.Wrap(row[columns - 1], last);
                output.WriteLine((prefix.ToString() + lines[0]).TrimEnd());
                for (int i = 1; i < lines.Count; i++) output.WriteLine(continuation + lines[i]);
            }
        }
    }
}
