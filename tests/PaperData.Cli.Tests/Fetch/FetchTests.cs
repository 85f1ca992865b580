using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PaperData.Cli.Fetch;
using Xunit;
using static PaperData.Cli.Tests.Fetch.FetchCli;

namespace PaperData.Cli.Tests.Fetch
{
    /// <summary>
    /// <c>paperdata fetch</c> against a real HTTP server on 127.0.0.1 replaying recorded answers: what is written,
    /// re-runs (ETag/304, content compare), paging and ranges.
    /// </summary>
    public class FetchTests
    {
        [Fact]
        public async Task A_day_is_written_byte_for_byte_as_received_with_every_field()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Recorded("daily_papers-2025-03-10.json"));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-10");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Err);
            Assert.Equal(File.ReadAllBytes(Reply.RecordedPath("daily_papers-2025-03-10.json")), File.ReadAllBytes(folder.File("2025-03-10.json")));
            Assert.Equal(new[] { "2025-03-10  3 papers  written", "1 day: 1 fetched (1 written, 0 unchanged, 0 empty), 0 failed; files in " + folder.Path }, result.OutLines);
            Assert.Equal("/api/daily_papers?date=2025-03-10&limit=100", Assert.Single(server.Requests).PathAndQuery);

            // Fields PaperData does not model (and ones the site may add later) survive, and the library reads the file.
            string written = File.ReadAllText(folder.File("2025-03-10.json"));
            Assert.Contains("\"futurePaperField\":{\"nested\":[1,2.50,-0.0,true,null,{\"deep\":[[[]]]}]}", written, StringComparison.Ordinal);
            Assert.Contains("\"someFieldAddedLater\":\"kept\"", written, StringComparison.Ordinal);
            Assert.Contains("\\ud83d\\ude80", written, StringComparison.Ordinal);
            Assert.Equal(3, PaperCatalog.Load(folder.File("2025-03-10.json")).Papers.Count);
        }

        [Fact]
        public async Task The_real_sample_round_trips_unchanged()
        {
            string sample = Path.Combine(AppContext.BaseDirectory, "samples", "daily_papers-2025-03-11.json");
            await using var server = await DailyPapersServer.StartAsync(_ => new Reply(200, File.ReadAllBytes(sample)));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-11");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(File.ReadAllBytes(sample), File.ReadAllBytes(folder.File("2025-03-11.json")));
        }

        [Fact]
        public async Task Requests_carry_a_paperdata_user_agent_and_ask_for_json()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Recorded("daily_papers-empty.json"));
            using var folder = new TempFolder();

            await RunAsync(server, folder, "--date", "2025-03-09");

            ServedRequest request = Assert.Single(server.Requests);
            Assert.Equal("paperdata/" + DailyPapersClient.Version, request.UserAgent);
            Assert.Matches(@"^paperdata/\d+\.\d+\.\d+[^+\s]*$", request.UserAgent);
            Assert.Equal("application/json", request.Accept);
        }

        [Fact]
        public async Task An_empty_day_writes_nothing_and_is_reported()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Recorded("daily_papers-empty.json"));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--date", "2025-03-09");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(new[] { "2025-03-09  0 papers  empty, nothing written", "1 day: 1 fetched (0 written, 0 unchanged, 1 empty), 0 failed; files in " + folder.Path }, result.OutLines);
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task A_week_across_a_month_boundary_fetches_seven_days_into_their_own_files()
        {
            await using var server = await DailyPapersServer.StartAsync(r => r.Date switch
            {
                "2025-01-31" => Reply.Recorded("daily_papers-2025-01-31.json"),
                "2025-02-01" => Reply.Recorded("daily_papers-2025-02-01.json"),
                "2025-01-27" or "2025-01-28" => Reply.Recorded("daily_papers-2025-03-10.json"),
                _ => Reply.Recorded("daily_papers-empty.json"),
            });
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--week", "2025-W05");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                new[] { "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02" },
                server.Requests.Select(r => r.Date).ToArray());
            Assert.Equal(new[] { "2025-01-27.json", "2025-01-28.json", "2025-01-31.json", "2025-02-01.json" }, folder.Names());
            Assert.Equal(File.ReadAllBytes(Reply.RecordedPath("daily_papers-2025-02-01.json")), File.ReadAllBytes(folder.File("2025-02-01.json")));
            Assert.Equal("7 days: 7 fetched (4 written, 0 unchanged, 3 empty), 0 failed; files in " + folder.Path, result.OutLines[^1]);
        }

        [Fact]
        public async Task A_month_fetches_every_day_of_it()
        {
            await using var server = await DailyPapersServer.StartAsync(_ => Reply.Recorded("daily_papers-empty.json"));
            using var folder = new TempFolder();

            CliResult result = await RunAsync(server, folder, "--month", "2024-02");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(29, server.Requests.Count);
            Assert.Equal("2024-02-29", server.Requests[^1].Date);
        }

        [Fact]
        public async Task A_rerun_sends_the_etag_and_a_304_leaves_the_files_untouched()
        {
            await using var server = await DailyPapersServer.StartAsync(r =>
            {
                string etag = "\"v1-" + r.Date + "\"";
                return r.IfNoneMatch == etag ? new Reply(304, Array.Empty<byte>(), Headers: new[] { ("ETag", etag) }) : Reply.Recorded("daily_papers-2025-01-31.json", etag);
            });
            using var folder = new TempFolder();
            await RunAsync(server, folder, "--date", "2025-01-30", "--to", "2025-01-31");
            var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(folder.File("2025-01-30.json"), old);
            File.SetLastWriteTimeUtc(folder.File("2025-01-31.json"), old);

            CliResult rerun = await RunAsync(server, folder, "--date", "2025-01-30", "--to", "2025-01-31");

            Assert.Equal(0, rerun.ExitCode);
            Assert.Equal(new[] { null, null, "\"v1-2025-01-30\"", "\"v1-2025-01-31\"" }, server.Requests.Select(r => r.IfNoneMatch).ToArray());
            Assert.Equal(
                new[] { "2025-01-30  2 papers  unchanged (not modified)", "2025-01-31  2 papers  unchanged (not modified)", "2 days: 2 fetched (0 written, 2 unchanged, 0 empty), 0 failed; files in " + folder.Path },
                rerun.OutLines);
            Assert.Equal(old, File.GetLastWriteTimeUtc(folder.File("2025-01-30.json")));
            Assert.Equal(old, File.GetLastWriteTimeUtc(folder.File("2025-01-31.json")));
            Assert.Equal(new[] { ".paperdata-fetch.json", "2025-01-30.json", "2025-01-31.json" }, folder.Names());
        }

        [Fact]
        public async Task Without_etags_a_rerun_rewrites_only_the_days_whose_content_changed()
        {
            int run = 1;
            await using var server = await DailyPapersServer.StartAsync(r => r.Date == "2025-02-01" && run == 2
                ? Reply.Recorded("daily_papers-2025-03-10.json")
                : Reply.Recorded("daily_papers-" + r.Date + ".json"));
            using var folder = new TempFolder();
            await RunAsync(server, folder, "--date", "2025-01-31", "--to", "2025-02-01");
            var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(folder.File("2025-01-31.json"), old);
            File.SetLastWriteTimeUtc(folder.File("2025-02-01.json"), old);
            run = 2;

            CliResult rerun = await RunAsync(server, folder, "--date", "2025-01-31", "--to", "2025-02-01");

            Assert.Equal(new[] { "2025-01-31  2 papers  unchanged", "2025-02-01  3 papers  written" }, rerun.OutLines.Take(2).ToArray());
            Assert.Equal(old, File.GetLastWriteTimeUtc(folder.File("2025-01-31.json")));
            Assert.NotEqual(old, File.GetLastWriteTimeUtc(folder.File("2025-02-01.json")));
            Assert.Equal(File.ReadAllBytes(Reply.RecordedPath("daily_papers-2025-03-10.json")), File.ReadAllBytes(folder.File("2025-02-01.json")));
            Assert.DoesNotContain(".paperdata-fetch.json", folder.Names()); // No ETag was ever sent: nothing to remember.
        }

        [Fact]
        public async Task A_file_changed_since_the_last_run_is_fetched_in_full_not_trusted_to_a_304()
        {
            await using var server = await DailyPapersServer.StartAsync(r => r.IfNoneMatch == "\"v1\""
                ? new Reply(304, Array.Empty<byte>())
                : Reply.Recorded("daily_papers-2025-01-31.json", "\"v1\""));
            using var folder = new TempFolder();
            await RunAsync(server, folder, "--date", "2025-01-31");
            File.WriteAllText(folder.File("2025-01-31.json"), "[]");

            CliResult rerun = await RunAsync(server, folder, "--date", "2025-01-31");

            Assert.Null(server.Requests[^1].IfNoneMatch);
            Assert.Equal("2025-01-31  2 papers  written", rerun.OutLines[0]);
            Assert.Equal(File.ReadAllBytes(Reply.RecordedPath("daily_papers-2025-01-31.json")), File.ReadAllBytes(folder.File("2025-01-31.json")));
        }

        [Fact]
        public async Task A_day_longer_than_a_page_is_paged_and_its_raw_elements_concatenated()
        {
            string[] items = RawElements(File.ReadAllBytes(Reply.RecordedPath("daily_papers-2025-03-10.json")));
            await using var server = await DailyPapersServer.StartAsync(r =>
                Reply.Json("[" + string.Join(",", items.Skip(r.Page * 2).Take(2)) + "]"));
            using var folder = new TempFolder();
            var environment = new CliEnvironment(CliEnvironment.DefaultWidth, useColor: false) { FetchTuning = NoWait.FetchTuning with { PageSize = 2 } };

            CliResult result = await Cli.RunInAsync(environment, "fetch", "--date", "2025-03-10", "--out", folder.Path, "--base-url", server.BaseUrl);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                new[] { "/api/daily_papers?date=2025-03-10&limit=2", "/api/daily_papers?date=2025-03-10&limit=2&p=1" },
                server.Requests.Select(r => r.PathAndQuery).ToArray());
            Assert.Equal(items, RawElements(File.ReadAllBytes(folder.File("2025-03-10.json"))));
            Assert.Equal("2025-03-10  3 papers  written", result.OutLines[0]);
        }

        [Fact]
        public async Task Writes_are_atomic_and_leave_no_temporary_files()
        {
            await using var server = await DailyPapersServer.StartAsync(r => r.Date == "2025-03-10" ? Reply.Recorded("daily_papers-2025-03-10.json", "\"a\"") : Reply.Recorded("daily_papers-2025-01-31.json"));
            using var folder = new TempFolder();

            await RunAsync(server, folder, "--date", "2025-03-10", "--to", "2025-03-11");
            await RunAsync(server, folder, "--date", "2025-03-10", "--to", "2025-03-11");

            Assert.Equal(new[] { ".paperdata-fetch.json", "2025-03-10.json", "2025-03-11.json" }, folder.Names());
            using JsonDocument state = JsonDocument.Parse(File.ReadAllBytes(folder.File(".paperdata-fetch.json")));
            JsonElement day = state.RootElement.GetProperty("days").GetProperty("2025-03-10");
            Assert.Equal("\"a\"", day.GetProperty("etag").GetString());
            Assert.Equal(FetchState.Sha256OfFile(folder.File("2025-03-10.json")), day.GetProperty("sha256").GetString());
        }

        [Fact]
        public async Task Help_lists_fetch()
        {
            CliResult result = await Cli.RunAsync("--help");

            Assert.Contains("fetch", result.Out, StringComparison.Ordinal);
        }
    }
}
