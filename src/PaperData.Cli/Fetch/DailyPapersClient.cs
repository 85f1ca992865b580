using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace PaperData.Cli.Fetch
{
    /// <summary>
    /// GETs <c>{base}/api/daily_papers?date=YYYY-MM-DD&amp;limit=N</c> (then <c>&amp;p=1</c>, ... while pages are
    /// full) through <see cref="RetryingSender"/>, and checks that each body is a JSON array.
    /// </summary>
    internal sealed class DailyPapersClient : IDisposable
    {
        // The site answers a day in well under a megabyte; this only stops a wrong --base-url from filling memory.
        private const int MaxBodyBytes = 64 * 1024 * 1024;

        private readonly HttpClient _http;
        private readonly RetryingSender _sender;
        private readonly string _base;
        private readonly FetchTuning _tuning;

        public DailyPapersClient(Uri baseUrl, TimeSpan timeout, FetchTuning tuning, Action<RetryNote> onRetry)
        {
            _base = baseUrl.AbsoluteUri.TrimEnd('/');
            _tuning = tuning;
            var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
            _http = new HttpClient(handler)
            {
                Timeout = Timeout.InfiniteTimeSpan, // Each attempt has its own timeout in the pipeline.
                MaxResponseContentBufferSize = MaxBodyBytes,
            };
            _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("paperdata", Version));
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            _sender = new RetryingSender(_http, timeout, tuning, onRetry);
        }

        /// <summary>The tool's version for User-Agent: the informational version without its "+commit" suffix.</summary>
        public static string Version
        {
            get
            {
                string? version = typeof(DailyPapersClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
                if (string.IsNullOrEmpty(version)) return "0.0.0";
                int plus = version.IndexOf('+', StringComparison.Ordinal);
                return plus >= 0 ? version.Substring(0, plus) : version;
            }
        }

        public Uri DayUrl(DateOnly day, int page)
        {
            string url = _base + "/api/daily_papers?date=" + day.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)
                + "&limit=" + _tuning.PageSize.ToString(CultureInfo.InvariantCulture);
            if (page > 0) url += "&p=" + page.ToString(CultureInfo.InvariantCulture);
            return new Uri(url);
        }

        /// <summary>
        /// Fetches one day. <paramref name="etag"/> (the day's last ETag, only when its file is still what that ETag
        /// described) is sent as If-None-Match on the first page; days that needed several pages never carry one.
        /// </summary>
        public async Task<DayOutcome> FetchDayAsync(DateOnly day, string? etag, CancellationToken cancellationToken)
        {
            var pages = new List<byte[]>();
            var elements = new List<string>();
            string? firstETag = null;
            for (int page = 0; page < _tuning.MaxPages; page++)
            {
                Uri url = DayUrl(day, page);
                SendResult sent = await _sender.SendAsync(url, page == 0 ? etag : null, cancellationToken).ConfigureAwait(false);
                if (sent.Failure is DayFailed failed) return failed;
                if (sent.Status == HttpStatusCode.NotModified && page == 0 && etag is not null) return new DayNotModified();
                if ((int)sent.Status < 200 || (int)sent.Status > 299)
                {
                    return new DayFailed(url, FailureKind.HttpStatus, RetryingSender.Describe(sent.Status, sent.ReasonPhrase) + RetryingSender.Attempts(sent.Attempts));
                }

                byte[] body = sent.Body;
                if (page > 0 && body.AsSpan().SequenceEqual(pages[page - 1])) break; // The server ignores p: we already have this page.
                int count;
                try
                {
                    using JsonDocument document = JsonDocument.Parse(body);
                    JsonElement root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Array)
                    {
                        return new DayFailed(url, FailureKind.BadBody, "the answer is a JSON " + KindName(root.ValueKind) + ", not the array of papers /api/daily_papers returns");
                    }

                    count = root.GetArrayLength();
                    foreach (JsonElement element in root.EnumerateArray()) elements.Add(element.GetRawText());
                }
                catch (JsonException e)
                {
                    return new DayFailed(url, FailureKind.BadBody, "the answer is not valid JSON (" + JsonErrorAt(e) + ")");
                }

                pages.Add(body);
                if (page == 0) firstETag = sent.ETag;
                if (count < _tuning.PageSize) break;
                if (page == _tuning.MaxPages - 1)
                {
                    return new DayFailed(url, FailureKind.BadBody, "still full pages after " + _tuning.MaxPages.ToString(CultureInfo.InvariantCulture) + " pages; the server does not seem to page with p=");
                }
            }

            // One page: its bytes as received. Several: their elements' raw texts in one array, so no field is lost
            // (nothing goes through a model), only the whitespace between elements is ours.
            if (pages.Count == 1) return new DayFetched(pages[0], elements.Count, firstETag);
            return new DayFetched(Encoding.UTF8.GetBytes("[" + string.Join(",\n", elements) + "]\n"), elements.Count, null);
        }

        public void Dispose() => _http.Dispose();

        private static string KindName(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        };

        // JsonException's own message ends in "LineNumber: 0 | BytePositionInLine: 3."; say it 1-based and shortly.
        private static string JsonErrorAt(JsonException e)
        {
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut >= 0) message = message.Substring(0, cut);
            message = message.TrimEnd('.', ' ');
            if (e.LineNumber is long line && e.BytePositionInLine is long column)
            {
                message = "line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", byte " + (column + 1).ToString(CultureInfo.InvariantCulture) + ": " + message;
            }

            return message.Replace('\n', ' ').Replace('\r', ' ');
        }
    }
}
