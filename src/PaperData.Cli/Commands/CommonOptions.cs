using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PaperData.Cli.Commands
{
    /// <summary>Where a command's printed output goes instead of stdout; its type marks it for CliApp.</summary>
    internal sealed class OutputFileOption : Option<string?>
    {
        public OutputFileOption()
            : base("--output", "-o")
        {
            Description = "Write to FILE (replaced atomically) instead of stdout.";
            HelpName = "FILE";
        }
    }

    /// <summary>Digests to read instead of the bundled catalogue; its type lets CliContext find it on any command.</summary>
    internal sealed class DigestFileOption : Option<string[]>
    {
        public DigestFileOption()
            : base("--digest")
        {
            Description = "Read this digest instead of the bundled one (repeat to merge several, in order); a directory is an archive of daily files, merged by day.";
            HelpName = "PATH";
        }
    }

    /// <summary>Options that several commands share, built fresh per command (a symbol belongs to one parent).</summary>
    internal static class CommonOptions
    {
        public static Option<bool> Json() => new Option<bool>("--json")
        {
            Description = "Write JSON (the export format) instead of text.",
        };

        /// <summary>
        /// A positive --limit; <paramref name="defaultValue"/> null means no limit. The default is shown once, by the
        /// help's own "[default: N]", never also in the description.
        /// </summary>
        public static Option<int?> Limit(int? defaultValue)
        {
            var option = new Option<int?>("--limit", "-n")
            {
                Description = defaultValue is null ? "Show at most N papers (all when left out)." : "Show at most N papers.",
                HelpName = "N",
                CustomParser = ParseLimit,
            };
            if (defaultValue is int d) option.DefaultValueFactory = _ => d;
            return option;
        }

        /// <summary><c>--output/-o FILE</c> for a text command: CliApp writes what it prints to FILE, atomically.</summary>
        public static OutputFileOption Output() => new OutputFileOption();

        /// <summary>The repeatable <c>--digest PATH</c> of a command that reads a catalogue.</summary>
        public static DigestFileOption Digest() => new DigestFileOption();

        // A custom parser rather than a validator: validators run even when conversion failed, and then reading the value throws.
        // 0 is refused like a negative: "show no papers" is never what was meant, and an empty answer with exit 0 hides the slip.
        private static int? ParseLimit(ArgumentResult result)
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= 1) return value;
            result.AddError("--limit expects a whole number, 1 or more, not \"" + token + "\".");
            return null;
        }
    }
}
