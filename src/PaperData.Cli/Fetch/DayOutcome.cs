using System;

namespace PaperData.Cli.Fetch
{
    /// <summary>What fetching one day gave.</summary>
    internal abstract record DayOutcome;

    /// <summary>
    /// A 200 whose body is a JSON array. <see cref="Content"/> is what goes into the day's file: the body exactly as
    /// received when the day fit in one page, else the pages' elements, each as its raw JSON text, in one array.
    /// </summary>
    internal sealed record DayFetched(byte[] Content, int Count, string? ETag) : DayOutcome;

    /// <summary>A 304 to our If-None-Match: the file on disk is still the day's content.</summary>
    internal sealed record DayNotModified : DayOutcome;

    /// <summary>The day could not be fetched; <see cref="Reason"/> reads after "fetch failed for URL: ".</summary>
    internal sealed record DayFailed(Uri Url, FailureKind Kind, string Reason) : DayOutcome;

    internal enum FailureKind
    {
        /// <summary>No answer at all after every attempt (connection refused, DNS, TLS): later days would fail the same way.</summary>
        Unreachable,

        /// <summary>Connected, but the answer broke off or was not HTTP, on every attempt.</summary>
        Broken,

        /// <summary>No complete answer within --timeout, on every attempt.</summary>
        Timeout,

        /// <summary>An HTTP error status: not retryable (404), or still failing after every attempt (429, 5xx).</summary>
        HttpStatus,

        /// <summary>A 200 whose body is not a JSON array. Not retried: the same request gives the same body.</summary>
        BadBody,
    }
}
