using PaperData.Core.Reading;
using Xunit;

namespace PaperData.Tests.Json
{
    public class ContentHashTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("\uFEFF")]
        [InlineData("[1]")]
        [InlineData("[1]\n")]
        [InlineData("a\r\nb\rc\n\n")]
        [InlineData("\uFEFF{\"a\":\r\n 1}\r")]
        [InlineData("lone \uD800 surrogate and pair \uD83D\uDE00")]
        public void The_streamed_hash_equals_the_line_based_one(string text)
        {
            Assert.Equal(ReferenceLines.Hash(text), ContentHash.OfText(text));
        }

        [Fact]
        public void The_streamed_hash_is_right_across_chunk_boundaries()
        {
            // A surrogate pair and a CRLF straddle the 4096-character chunks.
            string text = new string('x', 4095) + "\uD83D\uDE00" + new string('y', 4094) + "\r\n" + new string('z', 9000);
            Assert.Equal(ReferenceLines.Hash(text), ContentHash.OfText(text));
        }
    }
}
