using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PaperData.Cli.Commands
{
    /// <summary>Options that several commands share, built fresh per command (a symbol belongs to one parent).</summary>
    internal static class CommonOptions
    {
        public static Option<bool> Json() => new Option<bool>("--json")
        {
            Description = "Write JSON (the export format) instead of text.",
        };

        /// <summary>A non-negative --limit; <paramref name="defaultValue"/> null means no limit.</summary>
        public static Option<int?> Limit(int? defaultValue) =>
            new Option<int?>("--limit", "-n")
            {
                Description = defaultValue is int d ? "Show at most N papers (default " + d.ToString(CultureInfo.InvariantCulture) + ")." : "Show at most N papers.",
                HelpName = "N",
                DefaultValueFactory = _ => defaultValue,
                CustomParser = ParseLimit,
            };

        // A custom parser rather than a validator: validators run even when conversion failed, and then reading the value throws.
        private static int? ParseLimit(ArgumentResult result)
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= 0) return value;
            result.AddError("--limit expects a whole number, 0 or more, not \"" + token + "\".");
            return null;
        }
    }
}
