using System.IO;

namespace PaperData.Cli.Fetch
{
    /// <summary>
    /// Progress of a fetch on stdout. Piped or redirected, every line stays (a log you can grep); on a terminal the
    /// transient "fetching" and "retry" states rewrite one line in place and only each day's result remains.
    /// </summary>
    internal sealed class FetchProgress
    {
        private const string ClearLine = "\r\u001b[2K"; // Back to column 0, erase the line.

        private readonly TextWriter _out;
        private readonly bool _terminal;
        private readonly int _width;

        public FetchProgress(TextWriter output, bool terminal, int width)
        {
            _out = output;
            _terminal = terminal;
            _width = width;
        }

        /// <summary>A transient state ("fetching"): shown on a terminal only, replaced by the next write.</summary>
        public void Status(string text)
        {
            if (!_terminal) return;
            _out.Write(ClearLine + Fit(text));
            _out.Flush();
        }

        /// <summary>Something worth keeping in a log (a retry) but not on a terminal once the day is done.</summary>
        public void Note(string text)
        {
            if (_terminal)
            {
                Status(text);
                return;
            }

            _out.WriteLine(text);
            _out.Flush();
        }

        /// <summary>A line that stays: a day's result, the summary.</summary>
        public void Line(string text)
        {
            if (_terminal) _out.Write(ClearLine);
            _out.WriteLine(text);
            _out.Flush();
        }

        // A transient line that wrapped could not be erased by "\r", so it is cut to the width.
        private string Fit(string text) => text.Length < _width ? text : text.Substring(0, _width - 2) + "…";
    }
}
