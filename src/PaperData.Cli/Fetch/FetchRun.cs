using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PaperData.Cli.Output;

namespace PaperData.Cli.Fetch
{
    /// <summary>
    /// Fetches every day of a range into <c>DIR/YYYY-MM-DD.json</c>, one day after the other (one polite client,
    /// and progress in date order). A day that fails is reported and the next day is still tried, except when the
    /// server could not be reached at all: then the remaining days would only fail the same way, slowly.
    /// </summary>
    internal sealed class FetchRun
    {
        private readonly CliContext _context;
        private readonly FetchProgress _progress;
        private readonly List<(string Day, DayFailed Failure)> _failures = new List<(string Day, DayFailed Failure)>();
        private int _written;
        private int _unchanged;
        private int _empty;
        private int _skipped;

        public FetchRun(CliContext context)
        {
            _context = context;
            _progress = new FetchProgress(context.Out, context.Environment.OutputIsTerminal, context.Width);
        }

        public async Task<int> RunAsync(DayRange range, string directory, Uri baseUrl, TimeSpan timeout, CancellationToken cancellationToken)
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CliFailure(ExitCodes.IoError, "cannot create the output folder '" + directory + "': " + e.Message);
            }

            FetchState state = FetchState.Load(directory);
            string current = string.Empty;
            using var client = new DailyPapersClient(baseUrl, timeout, _context.Environment.FetchTuning, note => _progress.Note(current + "  " + Describe(note)));
            bool unreachable = false;
            try
            {
                foreach (DateOnly date in range.Days())
                {
                    current = date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
                    if (unreachable)
                    {
                        _skipped++;
                        _progress.Line(current + "  not tried (the server could not be reached)");
                        continue;
                    }

                    _progress.Status(current + "  fetching...");
                    string path = Path.Combine(directory, current + ".json");
                    DayOutcome outcome = await client.FetchDayAsync(date, state.ETagFor(current, path), cancellationToken).ConfigureAwait(false);
                    unreachable = Record(current, path, outcome, state);
                }
            }
            finally
            {
                state.Save(); // Even after a failed day: the ETags of the days that were fetched stay useful.
            }

            int fetched = _written + _unchanged + _empty;
            _progress.Line(Plural(range.Count, "day") + ": " + fetched.ToString(CultureInfo.InvariantCulture) + " fetched ("
                + Count(_written, "written") + ", " + Count(_unchanged, "unchanged") + ", " + Count(_empty, "empty") + "), "
                + Count(_failures.Count, "failed") + (_skipped > 0 ? ", " + Count(_skipped, "not tried") : string.Empty)
                + "; files in " + directory);
            if (_failures.Count == 0) return ExitCodes.Ok;
            throw Failure();
        }

        // Writes or keeps the day's file; true when the server was unreachable and the run should stop trying.
        private bool Record(string day, string path, DayOutcome outcome, FetchState state)
        {
            switch (outcome)
            {
                case DayNotModified:
                    _unchanged++;
                    _progress.Line(day + "  " + Papers(CountInFile(path)) + "  unchanged (not modified)");
                    return false;
                case DayFetched { Count: 0 }:
                    // Nothing to archive. An older file for the day, if any, stays: fetch never deletes.
                    _empty++;
                    state.Forget(day);
                    _progress.Line(day + "  0 papers  empty, nothing written");
                    return false;
                case DayFetched fetched:
                    string sha = FetchState.Sha256(fetched.Content);
                    if (FetchState.Sha256OfFile(path) == sha)
                    {
                        _unchanged++;
                        _progress.Line(day + "  " + Papers(fetched.Count) + "  unchanged");
                    }
                    else
                    {
                        AtomicFile.Write(path, stream => stream.Write(fetched.Content));
                        _written++;
                        _progress.Line(day + "  " + Papers(fetched.Count) + "  written");
                    }

                    state.Set(day, fetched.ETag, sha);
                    return false;
                case DayFailed failed:
                    _failures.Add((day, failed));
                    _progress.Line(day + "  failed: " + failed.Reason);
                    return failed.Kind == FailureKind.Unreachable;
                default:
                    throw new InvalidOperationException("Unknown outcome " + outcome.GetType().Name);
            }
        }

        // One stderr line for the whole run: the first failure of the kind that sets the exit code, then the rest by date.
        private CliFailure Failure()
        {
            bool network = _failures.Any(f => f.Failure.Kind != FailureKind.BadBody);
            (string day, DayFailed first) = _failures.First(f => (f.Failure.Kind != FailureKind.BadBody) == network);
            var notes = new List<string> { "days already fetched are kept" };
            string[] others = _failures.Where(f => f.Day != day).Select(f => f.Day).ToArray();
            if (others.Length > 0) notes.Add("also failed: " + string.Join(", ", others));
            if (_skipped > 0) notes.Add(Plural(_skipped, "later day") + " not tried");
            string tail = " (" + string.Join("; ", notes) + ")";
            return network
                ? new CliFailure(ExitCodes.NetworkError, "fetch failed for " + first.Url.AbsoluteUri + ": " + first.Reason + "; check the network or --base-url and run the command again" + tail)
                : new CliFailure(ExitCodes.BadResponse, "bad response from " + first.Url.AbsoluteUri + ": " + first.Reason + "; check --base-url, it must serve the Hugging Face daily_papers API" + tail);
        }

        private static string Describe(RetryNote note) =>
            note.What + "; retry " + note.Retry.ToString(CultureInfo.InvariantCulture) + " of " + note.MaxRetries.ToString(CultureInfo.InvariantCulture)
            + " in " + RetryingSender.Seconds(note.Delay) + (note.FromRetryAfter ? " (Retry-After)" : string.Empty);

        // The papers in a kept file, for the progress line; -1 (shown as "?") when it cannot be read as an array.
        private static int CountInFile(string path)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
                return document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : -1;
            }
            catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                return -1;
            }
        }

        private static string Papers(int count) => count < 0 ? "? papers" : Plural(count, "paper");

        private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        private static string Count(int count, string what) => count.ToString(CultureInfo.InvariantCulture) + " " + what;
    }
}
