using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace PaperData.Cli.Fetch
{
    /// <summary>A retry the user should hear about: what went wrong, which retry comes, and after how long.</summary>
    internal readonly record struct RetryNote(string What, int Retry, int MaxRetries, TimeSpan Delay, bool FromRetryAfter);

    /// <summary>The final answer to one GET (any status), or why there was none.</summary>
    internal sealed record SendResult(HttpStatusCode Status, string? ReasonPhrase, byte[] Body, string? ETag, int Attempts, DayFailed? Failure);

    /// <summary>
    /// One GET under a Polly pipeline: retry (outer) around a per-attempt timeout (inner). Retried: 408, 429, 5xx,
    /// <see cref="HttpRequestException"/> and timeouts (the transient rules of Microsoft.Extensions.Http.Resilience's
    /// <see cref="HttpRetryStrategyOptions"/>); waits from <see cref="RetryDelays"/>.
    /// </summary>
    /// <remarks>
    /// The pipeline runs around <c>HttpClient.SendAsync</c> rather than inside the handler chain (ResilienceHandler):
    /// SendAsync buffers the whole body before it returns, so a server that sends headers and then stalls is cut by
    /// the same per-attempt timeout, and each attempt is a fresh request whose count we know for the error message.
    /// </remarks>
    internal sealed class RetryingSender
    {
        private readonly HttpClient _http;
        private readonly TimeSpan _timeout;
        private readonly FetchTuning _tuning;
        private readonly Action<RetryNote> _onRetry;

        public RetryingSender(HttpClient http, TimeSpan timeout, FetchTuning tuning, Action<RetryNote> onRetry)
        {
            _http = http;
            _timeout = timeout;
            _tuning = tuning;
            _onRetry = onRetry;
        }

        public async Task<SendResult> SendAsync(Uri url, string? ifNoneMatch, CancellationToken cancellationToken)
        {
            int attempts = 0;
            TimeSpan computedDelay = TimeSpan.Zero;
            bool fromRetryAfter = false;
            var retry = new HttpRetryStrategyOptions
            {
                ShouldRetryAfterHeader = false, // We read Retry-After ourselves: capped, and scaled like every wait.
                MaxRetryAttempts = _tuning.MaxRetries,
                DelayGenerator = args =>
                {
                    (computedDelay, fromRetryAfter) = RetryDelays.Compute(args.Outcome.Result, args.AttemptNumber, _tuning, DateTimeOffset.UtcNow, Random.Shared);
                    return new ValueTask<TimeSpan?>(TimeSpan.FromTicks((long)(computedDelay.Ticks * _tuning.DelayScale)));
                },
                OnRetry = args =>
                {
                    _onRetry(new RetryNote(DescribeOutcome(args.Outcome), args.AttemptNumber + 1, _tuning.MaxRetries, computedDelay, fromRetryAfter));
                    return default;
                },
            };
            ResiliencePipeline<HttpResponseMessage> pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(retry)
                .AddTimeout(_timeout)
                .Build();

            try
            {
                using HttpResponseMessage response = await pipeline.ExecuteAsync(
                    async token =>
                    {
                        attempts++;
                        var request = new HttpRequestMessage(HttpMethod.Get, url);
                        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
                        return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                    },
                    cancellationToken).ConfigureAwait(false);
                byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                return new SendResult(response.StatusCode, response.ReasonPhrase, body, response.Headers.ETag?.ToString(), attempts, null);
            }
            catch (TimeoutRejectedException)
            {
                return Failed(url, FailureKind.Timeout, "no complete answer within " + Seconds(_timeout) + Attempts(attempts), attempts);
            }
            catch (HttpRequestException e)
            {
                // Only "could not connect at all" stops the run; an answer cut off mid-way may be this day's problem.
                FailureKind kind = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                    or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError
                    ? FailureKind.Unreachable
                    : FailureKind.Broken;
                return Failed(url, kind, OneLine(e.Message) + Attempts(attempts), attempts);
            }
        }

        public static string Describe(HttpStatusCode status, string? reasonPhrase)
        {
            string text = "HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture);
            return string.IsNullOrWhiteSpace(reasonPhrase) ? text : text + " " + OneLine(reasonPhrase);
        }

        public static string Attempts(int attempts) =>
            attempts <= 1 ? string.Empty : " after " + attempts.ToString(CultureInfo.InvariantCulture) + " attempts";

        public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + " s";

        private static SendResult Failed(Uri url, FailureKind kind, string reason, int attempts) =>
            new SendResult(0, null, Array.Empty<byte>(), null, attempts, new DayFailed(url, kind, reason));

        private string DescribeOutcome(Outcome<HttpResponseMessage> outcome) => outcome switch
        {
            { Result: HttpResponseMessage response } => Describe(response.StatusCode, response.ReasonPhrase),
            { Exception: TimeoutRejectedException } => "no answer within " + Seconds(_timeout),
            { Exception: Exception e } => OneLine(e.Message),
            _ => "failed",
        };

        // A server's reason phrase or an exception message must not break the one-line error contract.
        private static string OneLine(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
