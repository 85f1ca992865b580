using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PaperData.Cli.Commands;
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

        public TextWriter Out { get; private set; }

        public TextWriter Err { get; }

        public int Width { get; }

        public Style Style { get; private set; }

        /// <summary>True when stdout is a terminal (see <see cref="CliEnvironment.OutputIsTerminal"/>).</summary>
        public bool OutputIsTerminal { get; private set; }

        /// <summary>
        /// Sends what the command writes to <paramref name="file"/> instead of stdout (for <c>-o FILE</c>): plain text,
        /// no colour, as for a pipe. The caller writes the buffer to the file once the command has succeeded.
        /// </summary>
        public void RedirectOutput(TextWriter file)
        {
            Out = file;
            Style = new Style(useColor: false);
            OutputIsTerminal = false;
        }

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

        /// <summary>
        /// <c>--digest PATH</c> before the command (<c>paperdata --digest x.txt list</c>). Not recursive, so the help
        /// of commands that read no catalogue (check, diff, fetch) does not offer it; the commands that read one
        /// carry their own <see cref="DigestFileOption"/>, and both lists merge in order.
        /// </summary>
        public Option<string[]> DigestOption { get; } = new DigestFileOption
        {
            Description = "For list, search, show, links and export: read this digest instead of the bundled one (repeat to merge several, in order); a directory is an archive of daily files, merged by day.",
        };

        /// <summary>
        /// The catalogue named by --digest (before and after the command, merged in order), or the bundled one; digest
        /// problems go to stderr with their own severity.
        /// </summary>
        public PaperCatalog LoadCatalog(ParseResult parseResult)
        {
            var paths = new List<string>(parseResult.GetValue(DigestOption) ?? System.Array.Empty<string>());
            foreach (DigestFileOption option in parseResult.CommandResult.Command.Options.OfType<DigestFileOption>())
            {
                paths.AddRange(parseResult.GetValue(option) ?? System.Array.Empty<string>());
            }

            return DigestFiles.LoadMerged(paths, Err);
        }
    }
}
