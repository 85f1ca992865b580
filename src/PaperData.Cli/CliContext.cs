using System.CommandLine;
using System.IO;
using PaperData.Cli.Output;

namespace PaperData.Cli
{
    /// <summary>What every command needs for one run: the writers, the output's width and style, and the digest source.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, CliEnvironment environment)
        {
            Out = output;
            Err = error;
            Width = environment.Width;
            Style = new Style(environment.UseColor);
            Environment = environment;
        }

        /// <summary>The environment of this run (terminal or not, fetch tuning).</summary>
        public CliEnvironment Environment { get; }

        public TextWriter Out { get; }

        public TextWriter Err { get; }

        public int Width { get; }

        public Style Style { get; }

        /// <summary>The global, repeatable <c>--digest PATH</c>; without it the commands read the bundled catalogue.</summary>
        public Option<string[]> DigestOption { get; } = new Option<string[]>("--digest")
        {
            Description = "Read this digest instead of the bundled one (repeat to merge several, in order).",
            HelpName = "PATH",
            Recursive = true,
        };

        /// <summary>The catalogue named by --digest, or the bundled one; digest problems are reported as warnings.</summary>
        public PaperCatalog LoadCatalog(ParseResult parseResult) => DigestFiles.LoadMerged(parseResult.GetValue(DigestOption), Err);
    }
}
