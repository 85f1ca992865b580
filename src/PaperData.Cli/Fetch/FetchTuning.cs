using System;

namespace PaperData.Cli.Fetch
{
    /// <summary>
    /// The knobs of <c>fetch</c> that are not options: retry count and waits, and the page size. Production uses
    /// <see cref="Default"/>; tests pass a <see cref="DelayScale"/> of 0 through <see cref="CliEnvironment"/> so a
    /// retry after "Retry-After: 2" is still computed and reported as 2 s but not waited for.
    /// </summary>
    internal sealed record FetchTuning
    {
        public static FetchTuning Default { get; } = new FetchTuning();

        /// <summary>Retries after the first attempt: 4, so a day gets at most 5 attempts.</summary>
        public int MaxRetries { get; init; } = 4;

        /// <summary>The first backoff; each retry doubles it (1, 2, 4, 8 s), with ±25 % jitter.</summary>
        public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

        /// <summary>No backoff waits longer than this.</summary>
        public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>A server's Retry-After is honoured up to this; a longer one is cut to it (a CLI should not hang for hours).</summary>
        public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

        /// <summary>Real wait = computed wait × this. 1 in production; 0 in tests.</summary>
        public double DelayScale { get; init; } = 1.0;

        /// <summary>The <c>limit</c> sent with every request; a page this long means there may be another (<c>p=1</c>, ...).</summary>
        public int PageSize { get; init; } = 100;

        /// <summary>Pages per day at most, so a server that ignores <c>p</c> cannot keep us paging forever.</summary>
        public int MaxPages { get; init; } = 50;
    }
}
