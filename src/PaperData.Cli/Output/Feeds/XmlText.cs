using System.Text;
using System.Xml;

namespace PaperData.Cli.Output.Feeds
{
    /// <summary>
    /// Makes digest text safe for XML 1.0, which cannot hold most control characters (U+0000–U+001F other than tab,
    /// LF and CR), U+FFFE, U+FFFF or a lone surrogate even escaped: each such character becomes U+FFFD, so a hostile
    /// digest still gives a well-formed feed and the reader sees where something was.
    /// </summary>
    internal static class XmlText
    {
        public const char Replacement = '\uFFFD';

        public static string Clean(string text)
        {
            if (IsClean(text)) return text;
            var builder = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else
                {
                    builder.Append(XmlConvert.IsXmlChar(c) ? c : Replacement);
                }
            }

            return builder.ToString();
        }

        private static bool IsClean(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (XmlConvert.IsXmlChar(text[i])) continue;
                if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                {
                    i++;
                    continue;
                }

                return false;
            }

            return true;
        }
    }
}
