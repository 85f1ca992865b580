using System.Globalization;
using System.Text.Encodings.Web;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// Escapes only what JSON requires (quote, backslash, control characters) and writes every other character as is,
    /// emoji and other characters beyond the BMP included, which UnsafeRelaxedJsonEscaping would still escape.
    /// The output is UTF-8 text for files and pipes, never embedded in HTML, so no HTML-safety escaping is wanted.
    /// </summary>
    internal sealed unsafe class MinimalJsonEncoder : JavaScriptEncoder
    {
        public static MinimalJsonEncoder Instance { get; } = new MinimalJsonEncoder();

        // "\uXXXX" is the longest escape written for one character.
        public override int MaxOutputCharactersPerInputCharacter => 6;

        public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

        public override int FindFirstCharacterToEncode(char* text, int textLength)
        {
            for (int i = 0; i < textLength; i++)
            {
                if (WillEncode(text[i])) return i;
            }

            return -1;
        }

        public override bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
        {
            string escaped = unicodeScalar switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + unicodeScalar.ToString("X4", CultureInfo.InvariantCulture),
            };
            if (!WillEncode(unicodeScalar))
            {
                // Asked to write a character that needs no escape: copy it (one or two UTF-16 units).
                escaped = char.ConvertFromUtf32(unicodeScalar);
            }

            if (escaped.Length > bufferLength)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            for (int i = 0; i < escaped.Length; i++) buffer[i] = escaped[i];
            numberOfCharactersWritten = escaped.Length;
            return true;
        }
    }
}
