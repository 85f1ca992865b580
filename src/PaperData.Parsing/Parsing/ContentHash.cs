using System.Security.Cryptography;
using System.Text;

namespace PaperData.Parsing
{
    /// <summary>Content hashes for provenance: SHA-256 of the text with line breaks normalised to LF and no BOM.</summary>
    internal static class ContentHash
    {
        public static string Of(System.Collections.Generic.List<TextLine> lines)
        {
            var builder = new StringBuilder();
            foreach (TextLine line in lines)
            {
                builder.Append(line.Text).Append('\n');
            }

            return Hex(builder.ToString(), 32);
        }

        /// <summary>
        /// The same hash as <see cref="Of"/> over <see cref="TextLines.Split"/> of <paramref name="text"/>, streamed in
        /// small chunks: no copy of the lines or of the whole text's bytes (JSON digests can be large).
        /// </summary>
        public static string OfText(string text)
        {
            using SHA256 sha = SHA256.Create();
            Encoder encoder = Encoding.UTF8.GetEncoder();
            var chars = new char[4096];
            var bytes = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length + 1)];
            int count = 0;
            bool lineOpen = false;
            for (int i = text.Length > 0 && text[0] == TextLines.ByteOrderMark ? 1 : 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    c = '\n';
                }

                lineOpen = c != '\n';
                chars[count++] = c;
                if (count == chars.Length) Flush(false);
            }

            if (lineOpen) chars[count++] = '\n';
            Flush(true);
            sha.TransformFinalBlock(bytes, 0, 0);
            return Hex(sha.Hash!, 32);

            void Flush(bool last)
            {
                int length = encoder.GetBytes(chars, 0, count, bytes, 0, last);
                sha.TransformBlock(bytes, 0, length, null, 0);
                count = 0;
            }
        }

        public static string Short(string text) => Hex(text, 4);

        private static string Hex(string text, int bytes)
        {
            using SHA256 sha = SHA256.Create();
            return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(text)), bytes);
        }

        private static string Hex(byte[] hash, int bytes)
        {
            var hex = new StringBuilder(bytes * 2);
            for (int i = 0; i < bytes; i++)
            {
                hex.Append("0123456789abcdef"[hash[i] >> 4]).Append("0123456789abcdef"[hash[i] & 0xF]);
            }

            return hex.ToString();
        }
    }
}
