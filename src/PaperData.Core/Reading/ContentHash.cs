using System.Security.Cryptography;
using System.Text;
using PaperData.Core.Reading.Text;

namespace PaperData.Core.Reading
{
    /// <summary>Content hashes for provenance: SHA-256 of the text with line breaks normalised to LF and no BOM.</summary>
    internal static class ContentHash
    {
        // Characters encoded per call; a UTF-16 unit is at most 3 UTF-8 bytes, so the buffer holds a whole chunk.
        private const int ChunkChars = 16384;

        /// <summary>
        /// SHA-256 of <paramref name="text"/>'s lines (LF, CRLF and CR alike; a leading BOM left out), each followed
        /// by LF, streamed run by run between CRs through one small byte buffer: no copy of the lines or of the whole
        /// text's bytes. The tests hold the line-by-line definition it must equal.
        /// </summary>
        public static string OfText(string text)
        {
            using SHA256 sha = SHA256.Create();
            var bytes = new byte[(ChunkChars * 3) + 1];
            int used = 0;
            int first = text.Length > 0 && text[0] == TextLines.ByteOrderMark ? 1 : 0;
            int start = first;
            while (start < text.Length)
            {
                int cr = text.IndexOf('\r', start);
                int end = cr < 0 ? text.Length : cr;
                Append(start, end);
                if (cr < 0) break;

                // CR and CRLF both become one LF.
                if (used == bytes.Length) Flush();
                bytes[used++] = (byte)'\n';
                start = cr + 1 < text.Length && text[cr + 1] == '\n' ? cr + 2 : cr + 1;
            }

            // The last line gets its LF like every other line; an empty text hashes as no bytes at all.
            if (text.Length > first && text[text.Length - 1] != '\n' && text[text.Length - 1] != '\r')
            {
                if (used == bytes.Length) Flush();
                bytes[used++] = (byte)'\n';
            }

            Flush();
            sha.TransformFinalBlock(bytes, 0, 0);
            return Hex(sha.Hash!, 32);

            // Encodes text[from, to) in chunks that never end between the halves of a surrogate pair, so each chunk
            // encodes exactly as it does inside the whole text (a lone surrogate becomes U+FFFD either way).
            void Append(int from, int to)
            {
                while (from < to)
                {
                    int count = to - from < ChunkChars ? to - from : ChunkChars;
                    if (from + count < to && char.IsHighSurrogate(text[from + count - 1])) count--;
                    if (bytes.Length - used < count * 3) Flush();
                    used += Encoding.UTF8.GetBytes(text, from, count, bytes, used);
                    from += count;
                }
            }

            void Flush()
            {
                sha.TransformBlock(bytes, 0, used, null, 0);
                used = 0;
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
