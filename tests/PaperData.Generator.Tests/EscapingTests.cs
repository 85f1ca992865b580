using System.Text;
using PaperData.Generator.Emit;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// The data literals are escaped from their UTF-8 bytes directly; they must read exactly as the text escaper
    /// writes the decoded text, including every character it escapes and across the word-at-a-time ASCII scan.
    /// </summary>
    public class EscapingTests
    {
        public static TheoryData<string> Texts => new TheoryData<string>
        {
            string.Empty,
            "plain ASCII text that is longer than one eight-byte word",
            "quote \" and backslash \\ at odd offsets\"\\",
            "controls \0 \a \b \t \n \v \f \r \u001b and delete \u007f, C1 \u0085 \u009f",
            "bidi \u202e\u2066\u2069 zero width \u200b\u200d\ufeff soft hyphen \u00ad",
            "separators \u2028 \u2029 private use \ue000 unassigned \u0378",
            "accents café naïve, CJK 漢字, emoji 😀, astral tag \U000E0041, astral private use \U000F0000",
            "0123456\"0123456\\0123456é0123456\u007f01234567",
        };

        [Theory]
        [MemberData(nameof(Texts))]
        public void Utf8_literal_reads_as_the_literal_of_its_text(string text)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);

            Assert.Equal(TextLiteral(text), Utf8Literal(utf8));
        }

        [Fact]
        public void Each_byte_value_in_a_run_of_plain_ASCII_reads_as_the_literal_of_its_text()
        {
            for (int b = 0; b < 0x80; b++)
            {
                for (int at = 0; at < 9; at++)
                {
                    byte[] utf8 = Encoding.ASCII.GetBytes("abcdefghijklmnop");
                    utf8[at] = (byte)b;

                    Assert.Equal(TextLiteral(Encoding.UTF8.GetString(utf8)), Utf8Literal(utf8));
                }
            }
        }

        [Theory]
        [InlineData(new byte[] { 0x61, 0xC3 })] // truncated
        [InlineData(new byte[] { 0xC0, 0xAF, 0x61 })] // overlong
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
        [InlineData(new byte[] { 0x61, 0x80, 0x62 })] // a stray continuation byte
        public void Malformed_utf8_reads_as_the_literal_of_its_decoded_text(byte[] utf8)
        {
            Assert.Equal(TextLiteral(Encoding.UTF8.GetString(utf8)), Utf8Literal(utf8));
        }

        private static string TextLiteral(string text) => Escaping.AppendLiteral(new StringBuilder(), text).ToString();

        // A tiny buffer makes the run copy take several passes.
        private static string Utf8Literal(byte[] utf8) => Escaping.AppendUtf8Literal(new StringBuilder("x"), utf8, new char[3]).ToString().Substring(1);
    }
}
