using System;
using System.Globalization;
using System.Text;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// The only way text reaches generated source. String literals escape quotes, backslashes, controls, line
    /// separators, lone surrogates and every format character (bidi controls among them, CVE-2021-42574), so the
    /// source reads exactly as it compiles; XML docs escape markup and drop or encode the same characters.
    /// Each escaper appends straight to the output and copies runs of plain ASCII whole: digests are mostly ASCII.
    /// </summary>
    internal static class Escaping
    {
        /// <summary>Appends <paramref name="value"/> as a quoted C# string literal (not null).</summary>
        public static StringBuilder AppendLiteral(StringBuilder builder, string value)
        {
            builder.Append('"');
            int plainFrom = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (IsPlainInLiteral(c)) continue;
                builder.Append(value, plainFrom, i - plainFrom);
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    AppendLiteralScalar(builder, char.ConvertToUtf32(c, value[i + 1]));
                    i++;
                }
                else
                {
                    AppendLiteralChar(builder, c);
                }

                plainFrom = i + 1;
            }

            return builder.Append(value, plainFrom, value.Length - plainFrom).Append('"');
        }

        /// <summary>
        /// Appends UTF-8 <paramref name="utf8"/> as a quoted C# string literal, exactly as <see cref="AppendLiteral"/>
        /// writes its decoded text, without decoding it to a string first; plain ASCII goes through
        /// <paramref name="buffer"/> (any size) in runs. Malformed UTF-8 (never produced by the data writer) takes the
        /// decoding path, so the result is always that of <see cref="Encoding.UTF8"/>.
        /// </summary>
        public static StringBuilder AppendUtf8Literal(StringBuilder builder, byte[] utf8, char[] buffer)
        {
            int start = builder.Length;
            builder.Append('"');
            int i = 0;
            while (i < utf8.Length)
            {
                int plainFrom = i;
                while (i + 8 <= utf8.Length && AllPlainInLiteral(BitConverter.ToUInt64(utf8, i))) i += 8;
                while (i < utf8.Length && IsPlainInLiteral((char)utf8[i])) i++;
                AppendAscii(builder, utf8, plainFrom, i - plainFrom, buffer);
                if (i == utf8.Length) break;

                int scalar = DecodeScalar(utf8, i, out int length);
                if (scalar < 0)
                {
                    builder.Length = start;
                    return AppendLiteral(builder, Encoding.UTF8.GetString(utf8));
                }

                AppendLiteralScalar(builder, scalar);
                i += length;
            }

            return builder.Append('"');
        }

        /// <summary>ASCII bytes as chars, through <paramref name="buffer"/>: the widening copy is vectorised on .NET.</summary>
        private static void AppendAscii(StringBuilder builder, byte[] ascii, int from, int count, char[] buffer)
        {
            while (count > 0)
            {
                int part = count < buffer.Length ? count : buffer.Length;
                Encoding.ASCII.GetChars(ascii, from, part, buffer, 0);
                builder.Append(buffer, 0, part);
                from += part;
                count -= part;
            }
        }

        /// <summary>Appends <paramref name="value"/> as the text of an XML doc comment line.</summary>
        public static StringBuilder AppendXmlText(StringBuilder builder, string value)
        {
            int plainFrom = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"') continue;
                builder.Append(value, plainFrom, i - plainFrom);
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

                plainFrom = i + 1;
            }

            return builder.Append(value, plainFrom, value.Length - plainFrom);
        }

        private const ulong Ones = 0x0101010101010101UL;
        private const ulong HighBits = 0x8080808080808080UL;

        /// <summary>
        /// Whether all eight bytes are printable ASCII other than '"' and '\\' (the data is mostly such runs), with
        /// the usual word tricks: a byte is below n when (x - n) borrows into its high bit while x's is clear.
        /// </summary>
        private static bool AllPlainInLiteral(ulong bytes)
        {
            ulong control = (bytes - (Ones * 0x20)) & ~bytes;
            ulong quote = ((bytes ^ (Ones * '"')) - Ones) & ~(bytes ^ (Ones * '"'));
            ulong backslash = ((bytes ^ (Ones * '\\')) - Ones) & ~(bytes ^ (Ones * '\\'));
            ulong highOrDelete = bytes | (bytes + Ones); // 0x7F + 1 sets the high bit; a carry only leaves a flagged byte
            return ((control | quote | backslash | highOrDelete) & HighBits) == 0;
        }

        private static bool IsPlainInLiteral(char c) => c >= 0x20 && c < 0x7F && c != '"' && c != '\\';

        /// <summary>One UTF-16 unit that is not part of a surrogate pair (a lone surrogate is escaped).</summary>
        private static void AppendLiteralChar(StringBuilder builder, char c)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }

        /// <summary>One Unicode scalar value; above U+FFFF it is written as its surrogate pair.</summary>
        private static void AppendLiteralScalar(StringBuilder builder, int scalar)
        {
            if (scalar <= 0xFFFF)
            {
                AppendLiteralChar(builder, (char)scalar);
                return;
            }

            string pair = char.ConvertFromUtf32(scalar);

            // Astral format characters (tags U+E0000..E007F, ...) are as invisible as bidi controls.
            if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(pair, 0)))
            {
                builder.Append("\\U").Append(scalar.ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(pair);
            }
        }

        /// <summary>The scalar value of the well-formed UTF-8 sequence at <paramref name="at"/>, or -1 when it is malformed.</summary>
        private static int DecodeScalar(byte[] utf8, int at, out int length)
        {
            int b = utf8[at];
            int min;
            if (b < 0x80)
            {
                length = 1;
                return b;
            }
            else if (b >= 0xC2 && b <= 0xDF)
            {
                length = 2;
                min = 0x80;
                b &= 0x1F;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                min = 0x800;
                b &= 0x0F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                min = 0x10000;
                b &= 0x07;
            }
            else
            {
                length = 1;
                return -1;
            }

            if (at + length > utf8.Length) return -1;
            int scalar = b;
            for (int k = 1; k < length; k++)
            {
                int next = utf8[at + k];
                if ((next & 0xC0) != 0x80) return -1;
                scalar = (scalar << 6) | (next & 0x3F);
            }

            bool surrogate = scalar >= 0xD800 && scalar <= 0xDFFF;
            return scalar < min || scalar > 0x10FFFF || surrogate ? -1 : scalar;
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
