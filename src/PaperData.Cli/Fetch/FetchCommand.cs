using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PaperData.Cli.Fetch
{
    /// <summary>
    /// <c>fetch (--date D [--to D] | --week YYYY-Www | --month YYYY-MM) [--out DIR] [--base-url URL] [--timeout S]</c>:
    /// archives Hugging Face Daily Papers, one JSON file per day. Kept with the rest of fetch in this folder.
    /// </summary>
    internal static class FetchCommand
    {
        public const string DefaultBaseUrl = "https://huggingface.co";

        public static Command Create(CliContext context)
        {
            var date = new Option<DateOnly?>("--date")
            {
                Description = "Fetch this day, or the first day of a range with --to.",
                HelpName = "YYYY-MM-DD",
                CustomParser = r => Parse<DateOnly>(r, "--date", DayRange.TryParseDate),
            };
            var to = new Option<DateOnly?>("--to")
            {
                Description = "Last day of the range started by --date (inclusive).",
                HelpName = "YYYY-MM-DD",
                CustomParser = r => Parse<DateOnly>(r, "--to", DayRange.TryParseDate),
            };
            var week = new Option<DayRange?>("--week")
            {
                Description = "Fetch an ISO 8601 week, Monday to Sunday (2025-W10).",
                HelpName = "YYYY-Www",
                CustomParser = r => Parse<DayRange>(r, "--week", DayRange.TryParseWeek),
            };
            var month = new Option<DayRange?>("--month")
            {
                Description = "Fetch every day of a month.",
                HelpName = "YYYY-MM",
                CustomParser = r => Parse<DayRange>(r, "--month", DayRange.TryParseMonth),
            };
            var output = new Option<string>("--out", "-o")
            {
                Description = "Folder for the YYYY-MM-DD.json files.",
                HelpName = "DIR",
                DefaultValueFactory = _ => "papers",
            };
            var baseUrl = new Option<Uri>("--base-url")
            {
                Description = "Server of the daily_papers API.",
                HelpName = "URL",
                DefaultValueFactory = _ => new Uri(DefaultBaseUrl),
                CustomParser = ParseBaseUrl,
            };
            var timeout = new Option<double>("--timeout")
            {
                Description = "Seconds each attempt may take, answer included.",
                HelpName = "SECONDS",
                DefaultValueFactory = _ => 30,
                CustomParser = ParseTimeout,
            };

            var command = new Command("fetch", "Download Hugging Face Daily Papers as JSON, one file per day, for an archive.")
            {
                date, to, week, month, output, baseUrl, timeout,
            };
            command.SetAction((parseResult, cancellationToken) =>
            {
                DayRange range = Range(parseResult.GetValue(date), parseResult.GetValue(to), parseResult.GetValue(week), parseResult.GetValue(month));
                string directory = parseResult.GetValue(output) ?? "papers";
                if (directory.Length == 0) throw Usage("--out expects a folder, not an empty string.");
                return new FetchRun(context).RunAsync(range, directory, parseResult.GetValue(baseUrl)!, TimeSpan.FromSeconds(parseResult.GetValue(timeout)), cancellationToken);
            });
            return command;
        }

        // The rules between options, checked once every option parsed on its own: exactly one of date/week/month.
        internal static DayRange Range(DateOnly? date, DateOnly? to, DayRange? week, DayRange? month)
        {
            int given = (date is null ? 0 : 1) + (week is null ? 0 : 1) + (month is null ? 0 : 1);
            if (given != 1) throw Usage(given == 0 ? "fetch needs one of --date, --week or --month." : "fetch takes only one of --date, --week and --month.");
            if (to is not null && date is null) throw Usage("--to needs --date (the first day of the range).");
            if (week is DayRange w) return w;
            if (month is DayRange m) return m;
            var range = new DayRange(date!.Value, to ?? date.Value);
            if (range.Last < range.First) throw Usage("--to " + Iso(range.Last) + " is before --date " + Iso(range.First) + ".");
            if (range.Count > DayRange.MaxDays)
            {
                throw Usage("--date " + Iso(range.First) + " --to " + Iso(range.Last) + " spans " + range.Count.ToString(CultureInfo.InvariantCulture)
                    + " days; fetch at most " + DayRange.MaxDays.ToString(CultureInfo.InvariantCulture) + " at once.");
            }

            return range;
        }

        private static CliFailure Usage(string message) => new CliFailure(ExitCodes.Usage, message); // CliApp adds "(see paperdata fetch --help)"

        private static string Iso(DateOnly day) => day.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

        private delegate bool TryParse<T>(string text, out T value, out string error);

        // Custom parsers rather than validators: validators run even when conversion failed (see CommonOptions).
        private static T? Parse<T>(ArgumentResult result, string name, TryParse<T> parse)
            where T : struct
        {
            string token = Token(result);
            if (parse(token, out T value, out string error)) return value;
            result.AddError(name + " " + error);
            return null;
        }

        private static Uri ParseBaseUrl(ArgumentResult result)
        {
            string token = Token(result);
            if (Uri.TryCreate(token, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
            {
                return uri;
            }

            result.AddError("--base-url expects an http or https URL without query, such as " + DefaultBaseUrl + ", not \"" + token + "\".");
            return new Uri(DefaultBaseUrl);
        }

        // Fractions allowed (0.5): Polly's timeout takes 10 ms to a day; we keep 0.05 s to an hour.
        private static double ParseTimeout(ArgumentResult result)
        {
            string token = Token(result);
            if (double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0.05 && seconds <= 3600) return seconds;
            result.AddError("--timeout expects seconds from 0.05 to 3600, not \"" + token + "\".");
            return 30;
        }

        private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : string.Empty;
    }
}
