using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using static PaperData.Cli.Tests.Fetch.FetchCli;

namespace PaperData.Cli.Tests.Fetch
{
    /// <summary>
    /// <c>paperdata fetch</c> when things go wrong: retries (429 with Retry-After, 5xx), timeouts, bad bodies,
    /// unreachable servers and bad command lines; exit codes and the one stderr line.
    /// </summary>
    public class FetchFailureTests
    {
        [Fact]
        public async Task A_429_with_retry_after_is_waited_for_and_retried()
        {
            await using var server = await DailyPapersServer.StartAsync(r => r.Attempt == 1
                ? Reply.Error(429, ("Retry-After", "7"))
                : Reply.Recorded("daily_papers-2025-03-10.json"));
            using var folder = new TempFolder();
            var clock = Stopwatch.StartNew();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-10");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(2, server.Requests.Count);
            Assert.Equal("2025-03-10  HTTP 429 Too Many Requests; retry 1 of 4 in 7 s (Retry-After)", result.OutLines[0]);
            Assert.Equal("2025-03-10  3 papers  written", result.OutLines[1]);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), "the test must not wait the server's 7 s");
        }

        [Fact]
        public async Task A_retry_after_date_hours_away_is_capped_at_60_seconds()
        {
            string later = DateTimeOffset.UtcNow.AddHours(2).ToString("r", CultureInfo.InvariantCulture);
            await using var server = await DailyPapersServer.StartAsync(r => r.Attempt == 1
                ? Reply.Error(503, ("Retry-After", later))
                : Reply.Recorded("daily_papers-2025-03-10.json"));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-10");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("2025-03-10  HTTP 503 Service Unavailable; retry 1 of 4 in 60 s (Retry-After)", result.OutLines[0]);
        }

        [Fact]
        public async Task A_500_that_persists_is_retried_four_times_then_exit_5_with_one_line()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Error(500));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-11");

            Assert.Equal(5, result.ExitCode);
            Assert.Equal(5, server.Requests.Count);
            Assert.Equal(
                "paperdata: fetch failed for " + server.BaseUrl + "/api/daily_papers?date=2025-03-11&limit=100: HTTP 500 Internal Server Error after 5 attempts" + Keep,
                result.SingleErrorLine());
            Assert.Equal(4, result.OutLines.Count(l => l.Contains("HTTP 500 Internal Server Error; retry", StringComparison.Ordinal)));
            Assert.Contains("2025-03-11  failed: HTTP 500 Internal Server Error after 5 attempts", result.OutLines);
            Assert.EndsWith("0 fetched (0 written, 0 unchanged, 0 empty), 1 failed; files in " + folder.Path, result.OutLines[^1], StringComparison.Ordinal);
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task A_404_is_not_retried()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Error(404));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-11");

            Assert.Equal(5, result.ExitCode);
            Assert.Single(server.Requests);
            Assert.EndsWith("limit=100: HTTP 404 Not Found" + Keep, result.SingleErrorLine(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_failed_day_is_reported_and_the_other_days_are_still_fetched()
        {
            await using var server = await DailyPapersServer.StartAsync(r => r.Date switch
            {
                "2025-01-31" => Reply.Recorded("daily_papers-2025-01-31.json"),
                "2025-02-01" => Reply.Error(502),
                _ => Reply.Recorded("daily_papers-2025-02-01.json"),
            });
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-01-31", "--to", "2025-02-02");

            Assert.Equal(5, result.ExitCode);
            Assert.Equal(new[] { "2025-01-31.json", "2025-02-02.json" }, folder.Names().Where(n => !n.StartsWith('.')).ToArray());
            Assert.Equal("3 days: 2 fetched (2 written, 0 unchanged, 0 empty), 1 failed; files in " + folder.Path, result.OutLines[^1]);
            Assert.Contains("date=2025-02-01&limit=100: HTTP 502 Bad Gateway after 5 attempts", result.SingleErrorLine(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Several_failed_days_are_named_in_the_one_error_line()
        {
            await using var server = await DailyPapersServer.StartAsync(r => r.Date == "2025-03-10" ? Reply.Recorded("malformed.json") : Reply.Error(500));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-09", "--to", "2025-03-11");

            Assert.Equal(5, result.ExitCode); // A network failure outranks a bad body.
            Assert.EndsWith("(days already fetched are kept; also failed: 2025-03-10, 2025-03-11)", result.SingleErrorLine(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_malformed_body_is_a_bad_response_exit_6_and_not_retried()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Recorded("malformed.json"));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-01-31");

            Assert.Equal(6, result.ExitCode);
            Assert.Single(server.Requests);
            string line = result.SingleErrorLine();
            Assert.StartsWith("paperdata: bad response from " + server.BaseUrl + "/api/daily_papers?date=2025-01-31&limit=100: the answer is not valid JSON (line ", line, StringComparison.Ordinal);
            Assert.EndsWith("; check --base-url, it must serve the Hugging Face daily_papers API (days already fetched are kept)", line, StringComparison.Ordinal);
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task A_body_that_is_not_an_array_is_a_bad_response()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Recorded("not-an-array.json"));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-01-31");

            Assert.Equal(6, result.ExitCode);
            Assert.Contains(": the answer is a JSON object, not the array of papers /api/daily_papers returns;", result.SingleErrorLine(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_slow_answer_past_the_timeout_is_retried_then_fails()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Recorded("daily_papers-2025-03-10.json") with { Delay = TimeSpan.FromSeconds(30) });
            using var folder = new TempFolder();
            var clock = Stopwatch.StartNew();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-10", "--timeout", "0.2");

            Assert.Equal(5, result.ExitCode);
            Assert.Equal(5, server.Requests.Count);
            Assert.EndsWith("limit=100: no complete answer within 0.2 s after 5 attempts" + Keep, result.SingleErrorLine(), StringComparison.Ordinal);
            Assert.Contains("2025-03-10  no answer within 0.2 s; retry 1 of 4 in ", result.Out, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "each attempt must be cut at 0.2 s");
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task A_body_that_stalls_after_the_headers_counts_against_the_timeout()
        {
            await using var server = await DailyPapersServer.StartAsync(r => Reply.Recorded("daily_papers-2025-03-10.json") with
            {
                Delay = r.Attempt == 1 ? TimeSpan.FromSeconds(30) : TimeSpan.Zero,
                StallAfterHeaders = r.Attempt == 1,
            });
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-10", "--timeout", "1.5"); // Room for the good second attempt on a busy machine.

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(2, server.Requests.Count);
            Assert.Equal(File.ReadAllBytes(Reply.RecordedPath("daily_papers-2025-03-10.json")), File.ReadAllBytes(folder.File("2025-03-10.json")));
        }

        [Fact]
        public async Task An_answer_that_breaks_off_fails_that_day_only()
        {
            await using var server = await DailyPapersServer.StartAsync(r => Reply.Recorded("daily_papers-2025-01-31.json") with { AbortMidBody = r.Date == "2025-01-30" });
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-01-30", "--to", "2025-01-31");

            Assert.Equal(5, result.ExitCode);
            Assert.Equal(6, server.Requests.Count);
            Assert.StartsWith("paperdata: fetch failed for " + server.BaseUrl + "/api/daily_papers?date=2025-01-30&limit=100: ", result.SingleErrorLine(), StringComparison.Ordinal);
            Assert.Contains("2025-01-31  2 papers  written", result.OutLines);
            Assert.Equal("2 days: 1 fetched (1 written, 0 unchanged, 0 empty), 1 failed; files in " + folder.Path, result.OutLines[^1]);
        }

        [Fact]
        public async Task An_unreachable_server_fails_the_first_day_and_does_not_try_the_rest()
        {
            using var folder = new TempFolder();
            string baseUrl = "http://127.0.0.1:" + FreePort();

            CliResult result = await Cli.RunInAsync(NoWait, "fetch", "--date", "2025-03-09", "--to", "2025-03-11", "--out", folder.Path, "--base-url", baseUrl);

            Assert.Equal(5, result.ExitCode);
            string line = result.SingleErrorLine();
            Assert.StartsWith("paperdata: fetch failed for " + baseUrl + "/api/daily_papers?date=2025-03-09&limit=100: ", line, StringComparison.Ordinal);
            Assert.EndsWith("after 5 attempts" + Keep.Replace(")", "; 2 later days not tried)", StringComparison.Ordinal), line, StringComparison.Ordinal);
            Assert.Contains("2025-03-11  not tried (the server could not be reached)", result.OutLines);
            Assert.Equal("3 days: 0 fetched (0 written, 0 unchanged, 0 empty), 1 failed, 2 not tried; files in " + folder.Path, result.OutLines[^1]);
        }

        [Theory]
        [InlineData]
        [InlineData("--date", "2025-03-10", "--week", "2025-W10")]
        [InlineData("--week", "2025-W10", "--month", "2025-03")]
        [InlineData("--to", "2025-03-10")]
        [InlineData("--week", "2021-W53")]
        [InlineData("--month", "2025-13")]
        [InlineData("--date", "2025-02-29")]
        [InlineData("--date", "2025-03-02", "--to", "2025-03-01")]
        [InlineData("--date", "2024-01-01", "--to", "2025-12-31")]
        [InlineData("--date", "2025-03-10", "--timeout", "0")]
        [InlineData("--date", "2025-03-10", "--timeout", "soon")]
        [InlineData("--date", "2025-03-10", "--base-url", "ftp://example.org")]
        [InlineData("--date", "2025-03-10", "--base-url", "not a url")]
        public async Task Bad_fetch_command_lines_are_one_line_and_exit_2(params string[] args)
        {
            using var folder = new TempFolder();

            CliResult result = await Cli.RunInAsync(NoWait, new[] { "fetch", "--out", folder.Path }.Concat(args).ToArray());

            Assert.Equal(2, result.ExitCode);
            Assert.EndsWith("(see paperdata fetch --help)", result.SingleErrorLine(), StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Out);
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task On_a_terminal_progress_rewrites_one_line_and_keeps_each_days_result()
        {
            await using var server = await DailyPapersServer.StartAsync(r => r.Attempt == 1 ? Reply.Error(429, ("Retry-After", "1")) : Reply.Recorded("daily_papers-empty.json"));
            using var folder = new TempFolder();
            var terminal = new CliEnvironment(CliEnvironment.DefaultWidth, useColor: true) { OutputIsTerminal = true, FetchTuning = NoWait.FetchTuning };

            CliResult result = await Cli.RunInAsync(terminal, "fetch", "--date", "2025-03-09", "--out", folder.Path, "--base-url", server.BaseUrl);

            const string Clear = "\r\u001b[2K";
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                Clear + "2025-03-09  fetching..." + Clear + "2025-03-09  HTTP 429 Too Many Requests; retry 1 of 4 in 1 s (Retry-After)"
                + Clear + "2025-03-09  0 papers  empty, nothing written\n" + Clear + "1 day: 1 fetched (0 written, 0 unchanged, 1 empty), 0 failed; files in " + folder.Path + "\n",
                result.Out);
        }
    }
}
