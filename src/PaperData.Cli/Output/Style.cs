namespace PaperData.Cli.Output
{
    /// <summary>Terminal styling: ANSI sequences when colour is on, plain text (or [brackets] for matches) when off.</summary>
    internal sealed class Style
    {
        private const string Reset = "\u001b[0m";

        public Style(bool useColor)
        {
            UseColor = useColor;
        }

        private Style(bool useColor, bool markMatches)
            : this(useColor)
        {
            _markMatches = markMatches;
        }

        /// <summary>No styling and no match marks at all: for JSON, whose text must be the data, never terminal decoration.</summary>
        public static Style None { get; } = new Style(useColor: false, markMatches: false);

        private readonly bool _markMatches = true;

        public bool UseColor { get; }

        public string Bold(string text) => Wrap("\u001b[1m", text);

        public string Dim(string text) => Wrap("\u001b[2m", text);

        public string Accent(string text) => Wrap("\u001b[36m", text);

        /// <summary>A matched search term: bold yellow on a terminal, <c>[term]</c> otherwise so it still shows in a pipe.</summary>
        public string Match(string text) => !_markMatches ? text : UseColor ? "\u001b[1;33m" + text + Reset : "[" + text + "]";

        private string Wrap(string start, string text) => UseColor && text.Length > 0 ? start + text + Reset : text;
    }
}
