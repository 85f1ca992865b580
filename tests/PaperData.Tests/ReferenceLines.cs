using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PaperData.Core.Reading.Text;

namespace PaperData.Tests
{
    /// <summary>
    /// The plain definition of a digest's lines and content hash, for tests of the parser's streamed versions: lines
    /// split under LF, CRLF and CR alike with a leading BOM ignored; the hash is SHA-256 of each line followed by LF.
    /// </summary>
    internal static class ReferenceLines
    {
        public static List<string> Split(string text)
        {
            var lines = new List<string>();
            int start = text.Length > 0 && text[0] == TextLines.ByteOrderMark ? 1 : 0;
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] != '\r' && text[i] != '\n') continue;
                lines.Add(text.Substring(start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }

            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }

        public static string Hash(string text)
        {
            var joined = new StringBuilder();
            foreach (string line in Split(text)) joined.Append(line).Append('\n');
            using SHA256 sha = SHA256.Create();
            var hex = new StringBuilder(64);
            foreach (byte b in sha.ComputeHash(Encoding.UTF8.GetBytes(joined.ToString()))) hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            return hex.ToString();
        }
    }
}
