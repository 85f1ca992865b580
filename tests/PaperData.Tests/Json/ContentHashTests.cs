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

        [Fact]
        public void Hashed_in_pieces_of_any_size_the_text_hashes_as_a_whole()
        {
            // Pieces as small as two characters put every CR, CRLF, surrogate (paired or lone) and the BOM at a piece's
            // edge somewhere; the compiler's chunked text is hashed this way without being copied into one string.
            var random = new System.Random(20261202);
            string[] parts = { "a", "é", "\r", "\n", "\r\n", "\uD83D\uDE00", "\uD800", "\uDC00", "\uFEFF", " ", "word" };
            for (int round = 0; round < 300; round++)
            {
                var text = new System.Text.StringBuilder(round % 3 == 0 ? "\uFEFF" : string.Empty);
                int length = random.Next(0, 40);
                for (int i = 0; i < length; i++) text.Append(parts[random.Next(parts.Length)]);
                string value = text.ToString();
                string expected = ReferenceLines.Hash(value);
                for (int piece = 2; piece <= 9; piece++)
                {
                    Assert.Equal(expected, ContentHash.Of(value.Length, (from, destination, count) => value.CopyTo(from, destination, 0, count), piece));
                }
            }
        }
    }
}
