using System.CommandLine;
using System.IO;
using PaperData.Cli.Output;

namespace PaperData.Cli
{
    /// <summary>What every command needs for one run: the writers, the output's width and style, and the digest source.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, CliEnvironment environment, Stream? binaryOutput = null)
        {
            Out = output;
            Err = error;
            Width = environment.Width;
            Style = new Style(environment.UseColor);
            OutputIsTerminal = environment.OutputIsTerminal;
            Environment = environment;
            _binaryOutput = binaryOutput;
        }

        private readonly Stream? _binaryOutput;

        /// <summary>The environment of this run (terminal or not, fetch tuning).</summary>
        public CliEnvironment Environment { get; }

        public TextWriter Out { get; }

        public TextWriter Err { get; }

        public int Width { get; }

        public Style Style { get; }

        /// <summary>True when stdout is a terminal (see <see cref="CliEnvironment.OutputIsTerminal"/>).</summary>
        public bool OutputIsTerminal { get; }

        /// <summary>
        /// Writes bytes to stdout (a binary export without -o). Text already written to <see cref="Out"/> is flushed
        /// first so the two never interleave; without a byte stream (stdout is some other writer) the bytes go to the
        /// writer's own stream when it has one.
        /// </summary>
        public void WriteBinary(byte[] bytes)
        {
            Out.Flush();
            Stream? target = _binaryOutput ?? (Out as StreamWriter)?.BaseStream;
            if (target is null) throw new CliFailure(ExitCodes.Usage, "this output cannot take binary data; write it to a file with -o FILE");
            target.Write(bytes, 0, bytes.Length);
            target.Flush();
        }

        /// <summary>The global, repeatable <c>--digest PATH</c>; without it the commands read the bundled catalogue.</summary>
        public Option<string[]> DigestOption { get; } = new Option<string[]>("--digest")
        {
            Description = "Read this digest instead of the bundled one (repeat to merge several, in order); a directory is an archive of daily files, merged by day.",
            HelpName = "PATH",
            Recursive = true,
        };

        /// <summary>The catalogue named by --digest, or the bundled one; digest problems are reported as warnings.</summary>
        public PaperCatalog LoadCatalog(ParseResult parseResult) => DigestFiles.LoadMerged(parseResult.GetValue(DigestOption), Err);
    }
}
