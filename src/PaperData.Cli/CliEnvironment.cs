using System;
using System.Globalization;

namespace PaperData.Cli
{
    /// <summary>What the output looks like: its width and whether it may use colour.</summary>
    internal sealed class CliEnvironment
    {
        /// <summary>The width used when the output is not a terminal and COLUMNS is unset.</summary>
        public const int DefaultWidth = 100;

        private const int MinimumWidth = 40;

        /// <summary>Creates an environment; the width is clamped to at least 40 columns.</summary>
        public CliEnvironment(int width, bool useColor, bool outputIsTerminal = false)
        {
            Width = Math.Max(MinimumWidth, width);
            UseColor = useColor;
            OutputIsTerminal = outputIsTerminal;
        }

        /// <summary>Plain output, 100 columns: what a pipe or a file gets, and the default for tests.</summary>
        public static CliEnvironment Plain { get; } = new CliEnvironment(DefaultWidth, useColor: false);

        /// <summary>The number of columns to wrap to.</summary>
        public int Width { get; }

        /// <summary>True when ANSI colour and bold may be written.</summary>
        public bool UseColor { get; }

        /// <summary>
        /// True when stdout is a terminal, whatever NO_COLOR says: binary exports refuse to write there (bytes meant
        /// for a file garble the screen), and <c>fetch</c> rewrites one progress line in place.
        /// </summary>
        public bool OutputIsTerminal { get; init; }

        /// <summary>Retry and paging knobs of <c>fetch</c>; tests set a delay scale of 0 so retries do not sleep.</summary>
        public Fetch.FetchTuning FetchTuning { get; init; } = Fetch.FetchTuning.Default;

        /// <summary>Reads the real console and environment variables.</summary>
        public static CliEnvironment FromConsole()
        {
            bool terminal = !Console.IsOutputRedirected;
            int windowWidth = 0;
            if (terminal)
            {
                try
                {
                    windowWidth = Console.WindowWidth;
                }
                catch (Exception e) when (e is System.IO.IOException || e is PlatformNotSupportedException)
                {
                    windowWidth = 0; // No usable terminal size: fall back to COLUMNS or the default.
                }
            }

            return Detect(terminal, windowWidth, Environment.GetEnvironmentVariable);
        }

        /// <summary>
        /// The rules, free of the console so tests can state them: colour only on a terminal with NO_COLOR unset or
        /// empty (no-color.org); width from the terminal, else COLUMNS, else 100.
        /// </summary>
        public static CliEnvironment Detect(bool outputIsTerminal, int windowWidth, Func<string, string?> getVariable)
        {
            if (getVariable is null) throw new ArgumentNullException(nameof(getVariable));
            bool noColor = !string.IsNullOrEmpty(getVariable("NO_COLOR"));
            int width = DefaultWidth;
            if (outputIsTerminal && windowWidth > 0)
            {
                width = windowWidth;
            }
            else if (int.TryParse(getVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns > 0)
            {
                width = columns;
            }

            return new CliEnvironment(width, outputIsTerminal && !noColor, outputIsTerminal);
        }
    }
}
