using System;
using System.Net.Http.Headers;
using PaperData.Cli.Fetch;
using Xunit;

namespace PaperData.Cli.Tests.Fetch
{
    public class RetryDelaysTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2025, 3, 11, 12, 0, 0, TimeSpan.Zero);
        private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

        [Fact]
        public void Retry_after_in_delta_seconds_is_used()
        {
            Assert.True(RetryDelays.TryRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now, Cap, out TimeSpan delay));
            Assert.Equal(TimeSpan.FromSeconds(7), delay);
        }

        [Fact]
        public void Retry_after_as_an_http_date_counts_from_now()
        {
            Assert.True(RetryDelays.TryRetryAfter(RetryConditionHeaderValue.Parse("Tue, 11 Mar 2025 12:00:42 GMT"), Now, Cap, out TimeSpan delay));
            Assert.Equal(TimeSpan.FromSeconds(42), delay);
        }

        [Fact]
        public void Retry_after_in_the_past_means_now()
        {
            Assert.True(RetryDelays.TryRetryAfter(RetryConditionHeaderValue.Parse("Tue, 11 Mar 2025 11:00:00 GMT"), Now, Cap, out TimeSpan delay));
            Assert.Equal(TimeSpan.Zero, delay);
        }

        [Fact]
        public void Long_retry_after_is_capped()
        {
            Assert.True(RetryDelays.TryRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromHours(3)), Now, Cap, out TimeSpan delta));
            Assert.True(RetryDelays.TryRetryAfter(RetryConditionHeaderValue.Parse("Wed, 12 Mar 2025 12:00:00 GMT"), Now, Cap, out TimeSpan date));
            Assert.Equal(Cap, delta);
            Assert.Equal(Cap, date);
        }

        [Fact]
        public void No_header_means_backoff()
        {
            Assert.False(RetryDelays.TryRetryAfter(null, Now, Cap, out _));
            (TimeSpan delay, bool fromHeader) = RetryDelays.Compute(null, 0, FetchTuning.Default, Now, new Random(1));
            Assert.False(fromHeader);
            Assert.InRange(delay.TotalSeconds, 0.75, 1.25);
        }

        [Theory]
        [InlineData(0, 1)]
        [InlineData(1, 2)]
        [InlineData(2, 4)]
        [InlineData(3, 8)]
        [InlineData(10, 30)] // Capped at MaxDelay.
        public void Backoff_doubles_with_jitter_of_a_quarter(int retry, double seconds)
        {
            var random = new Random(retry);
            for (int i = 0; i < 100; i++)
            {
                double delay = RetryDelays.Backoff(retry, FetchTuning.Default, random).TotalSeconds;
                Assert.InRange(delay, seconds * 0.75, seconds * 1.25);
            }
        }
    }
}
