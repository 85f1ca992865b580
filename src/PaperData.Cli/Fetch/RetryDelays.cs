using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace PaperData.Cli.Fetch
{
    /// <summary>How long to wait before a retry: the server's Retry-After when it sent one (capped), else exponential backoff with jitter.</summary>
    internal static class RetryDelays
    {
        /// <summary>
        /// The wait before retry number <paramref name="retry"/> (0-based) and what it came from. Pure apart from the
        /// random jitter, so the rules can be tested without a server.
        /// </summary>
        public static (TimeSpan Delay, bool FromRetryAfter) Compute(HttpResponseMessage? response, int retry, FetchTuning tuning, DateTimeOffset now, Random random)
        {
            if (TryRetryAfter(response?.Headers.RetryAfter, now, tuning.MaxRetryAfter, out TimeSpan retryAfter)) return (retryAfter, true);
            return (Backoff(retry, tuning, random), false);
        }

        /// <summary>
        /// Reads Retry-After in both forms of RFC 9110 §10.2.3: delta seconds (<c>120</c>) and an HTTP-date
        /// (<c>Wed, 21 Oct 2025 07:28:00 GMT</c>, measured from <paramref name="now"/>). A date in the past means
        /// "now"; anything above <paramref name="cap"/> is cut to it.
        /// </summary>
        public static bool TryRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan cap, out TimeSpan delay)
        {
            delay = TimeSpan.Zero;
            if (header is null) return false;
            if (header.Delta is TimeSpan delta)
            {
                delay = delta;
            }
            else if (header.Date is DateTimeOffset date)
            {
                delay = date - now;
            }
            else
            {
                return false;
            }

            if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
            if (delay > cap) delay = cap;
            return true;
        }

        /// <summary>BaseDelay × 2^retry, capped at MaxDelay, then ±25 % jitter so many clients do not retry in step.</summary>
        public static TimeSpan Backoff(int retry, FetchTuning tuning, Random random)
        {
            double seconds = tuning.BaseDelay.TotalSeconds * Math.Pow(2, Math.Min(retry, 30));
            seconds = Math.Min(seconds, tuning.MaxDelay.TotalSeconds);
            seconds *= 0.75 + (random.NextDouble() * 0.5);
            return TimeSpan.FromSeconds(seconds);
        }
    }
}
