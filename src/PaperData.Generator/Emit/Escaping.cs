using System.Globalization;
using System.Text;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// The only way text reaches generated source. String literals escape quotes, backslashes, controls, line
    /// separators, lone surrogates and every format character (bidi controls among them, CVE-2021-42574), so the
    /// source reads exactly as it compiles; XML docs escape markup and drop or encode the same characters.
    /// </summary>
    internal static class Escaping
    {
        public static string Literal(string? value)
        {
            if (value is null) return "null";
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            // Astral format characters (tags U+E0000..E007F, ...) are as invisible as bidi controls.
                            if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(value, i)))
                            {
                                builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                builder.Append(c).Append(value[i + 1]);
                            }

                            i++;
                        }
                        else if (NeedsEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>Text for an XML doc comment on one line: markup escaped, invisible and line-breaking characters encoded or dropped.</summary>
        public static string XmlText(string value)
        {
            var builder = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(value, i)))
                            {
                                builder.Append("&#x").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                            }
                            else
                            {
                                builder.Append(c).Append(value[i + 1]);
                            }

                            i++;
                        }
                        else if (char.IsSurrogate(c) || (char.IsControl(c) && c != '\t') || c >= '\uFFFE')
                        {
                            builder.Append(' '); // not representable in XML 1.0, not even as a character reference
                        }
                        else if (NeedsEscape(c))
                        {
                            builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        private static bool IsInvisible(UnicodeCategory category) =>
            category == UnicodeCategory.Format || category == UnicodeCategory.PrivateUse || category == UnicodeCategory.OtherNotAssigned;

        private static bool NeedsEscape(char c)
        {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
            if (char.IsSurrogate(c)) return true;
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator
                || category == UnicodeCategory.Control
                || category == UnicodeCategory.PrivateUse
                || category == UnicodeCategory.OtherNotAssigned
                || c == '\uFEFF';
        }
    }
}
