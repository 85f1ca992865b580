using System;
using System.Security.Cryptography;
using System.Text;
using PaperData.Core.Reading.Text;

namespace PaperData.Core.Reading
{
    /// <summary>Content hashes for provenance: SHA-256 of the text with line breaks normalised to LF and no BOM.</summary>
    internal static class ContentHash
    {
        // Characters per piece; a UTF-16 unit is at most 3 UTF-8 bytes, so the byte buffer holds a whole piece.
        private const int PieceChars = 16384;

        /// <summary>
        /// SHA-256 of <paramref name="text"/>'s lines (LF, CRLF and CR alike; a leading BOM left out), each followed
        /// by LF, streamed piece by piece through two small buffers: no copy of the lines or of the whole text's
        /// bytes. The tests hold the line-by-line definition it must equal.
        /// </summary>
        public static string OfText(string text) => Of(text.Length, (from, destination, count) => text.CopyTo(from, destination, 0, count));

        /// <summary>
        /// The same hash of a text of <paramref name="length"/> characters that <paramref name="copy"/> hands over
        /// piece by piece (from, destination, count): a compiler's chunked text is hashed without being made one string.
        /// </summary>
        public static string Of(int length, Action<int, char[], int> copy) => Of(length, copy, PieceChars);

        /// <summary><see cref="Of(int, Action{int, char[], int})"/> with pieces of at most <paramref name="pieceChars"/> (2 or more) characters; tests use tiny ones.</summary>
        internal static string Of(int length, Action<int, char[], int> copy, int pieceChars)
        {
            using SHA256 sha = SHA256.Create();
            var chars = new char[pieceChars];
            var bytes = new byte[(pieceChars * 3) + 1];
            int used = 0;
            int position = 0;
            bool any = false;
            bool afterCr = false;
            char last = '\0';
            while (position < length)
            {
                int count = length - position < pieceChars ? length - position : pieceChars;
                copy(position, chars, count);

                // A piece never ends inside a surrogate pair unless the text does, so it encodes exactly as it does inside
                // the whole text (a lone surrogate becomes U+FFFD either way); a CRLF split between pieces is joined below.
                if (position + count < length && count > 1 && char.IsHighSurrogate(chars[count - 1])) count--;

                int start = position == 0 && chars[0] == TextLines.ByteOrderMark ? 1 : 0;
                any |= count > start;
                if (afterCr && chars[0] == '\n') start = 1;
                afterCr = false;
                while (start < count)
                {
                    int cr = Array.IndexOf(chars, '\r', start, count - start);
                    int end = cr < 0 ? count : cr;
                    if (bytes.Length - used < (end - start) * 3) Flush();
                    used += Encoding.UTF8.GetBytes(chars, start, end - start, bytes, used);
                    if (cr < 0) break;

                    // CR and CRLF both become one LF.
                    if (used == bytes.Length) Flush();
                    bytes[used++] = (byte)'\n';
                    afterCr = cr + 1 == count;
                    start = cr + 1 < count && chars[cr + 1] == '\n' ? cr + 2 : cr + 1;
                }

                last = chars[count - 1];
                position += count;
            }

            // The last line gets its LF like every other line; an empty text hashes as no bytes at all.
            if (any && last != '\n' && last != '\r')
            {
                if (used == bytes.Length) Flush();
                bytes[used++] = (byte)'\n';
            }

            Flush();
            sha.TransformFinalBlock(bytes, 0, 0);
            return Hex(sha.Hash!, 32);

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
