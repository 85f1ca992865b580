using System.CommandLine;

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
        public static Option<int?> Limit(int? defaultValue)
        {
            var option = new Option<int?>("--limit", "-n")
            {
                Description = defaultValue is int d ? "Show at most N papers (default " + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")." : "Show at most N papers.",
                HelpName = "N",
                DefaultValueFactory = _ => defaultValue,
            };
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int?>() is int value && value < 0) result.AddError("--limit must be 0 or more.");
            });
            return option;
        }
    }
}
