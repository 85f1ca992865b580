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

        public static string Short(string text) => Hex(text, 4);

        private static string Hex(string text, int bytes)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var hex = new StringBuilder(bytes * 2);
            for (int i = 0; i < bytes; i++)
            {
                hex.Append("0123456789abcdef"[hash[i] >> 4]).Append("0123456789abcdef"[hash[i] & 0xF]);
            }

            return hex.ToString();
        }
    }
}
