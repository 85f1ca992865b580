using System;
using System.Globalization;
using System.IO;
using System.Text;
using PaperData.Core.Parsed;

namespace PaperData.Core.Storage
{
    /// <summary>
    /// The number and string encoding of generated catalogue data, written by the generator and read by the
    /// runtime. Every byte is printable ASCII or UTF-8 text, so the data fits in C# string and u8 literals:
    /// a number is base-32 digits, most significant first, continuation digits ']'..'|', the last digit '0'..'O'
    /// (neither range holds '"' or '\'). A string is its UTF-8 byte count plus one (0 is null), then the bytes; a string holding a lone surrogate is marked '~' and stored with its surrogates escaped (UTF-8 cannot carry them).
    /// </summary>
    internal static class DataFormat
    {
        /// <summary>Bumped whenever the layout changes; the runtime refuses data of another version.</summary>
        public const int Version = 2; // 2: ai summary, comment count, GitHub stars, organization, then the featured days, after the keywords

        /// <summary>A table or record location is chunk * <see cref="ChunkSpan"/> + offset in the chunk.</summary>
        public const long ChunkSpan = 1L << 26;

        private const int DigitBits = 5;
        private const int DigitMask = 31;
        private const byte Last = (byte)'0';
        private const byte More = (byte)']';

        public static void WriteNumber(MemoryStream output, long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "Only non-negative numbers are stored.");
            int shift = 0;
            while ((value >> (shift + DigitBits)) != 0) shift += DigitBits;
            for (; shift > 0; shift -= DigitBits) output.WriteByte((byte)(More + ((value >> shift) & DigitMask)));
            output.WriteByte((byte)(Last + (value & DigitMask)));
        }

        /// <summary>A number in exactly <paramref name="width"/> digits, for tables read by position.</summary>
        public static void WriteFixed(MemoryStream output, long value, int width)
        {
            for (int shift = (width - 1) * DigitBits; shift >= 0; shift -= DigitBits)
            {
                output.WriteByte((byte)(Last + ((value >> shift) & DigitMask)));
            }
        }

        /// <summary>The digits <see cref="WriteFixed"/> needs for every value up to <paramref name="max"/>.</summary>
        public static int WidthFor(long max)
        {
            int width = 1;
            while ((max >> (width * DigitBits)) != 0) width++;
            return width;
        }

        public static void WriteString(MemoryStream output, string? value)
        {
            if (value is null)
            {
                WriteNumber(output, 0);
                return;
            }

            // UTF-8 cannot carry a lone surrogate, yet the data must stay exact: such a (rare) string is marked and
            // written with its surrogates and backslashes escaped, then unescaped when read.
            if (HasLoneSurrogate(value))
            {
                output.WriteByte(EscapedMark);
                value = EscapeSurrogates(value);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(value);
            WriteNumber(output, bytes.Length + 1L);
            output.Write(bytes, 0, bytes.Length);
        }

        // Never the first byte of a number ('0'..'O' ends one, ']'..'|' continues one).
        private const byte EscapedMark = (byte)'~';

        private static bool HasLoneSurrogate(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
                else if (char.IsSurrogate(value[i])) return true;
            }

            return false;
        }

        private static string EscapeSurrogates(string value)
        {
            var escaped = new StringBuilder(value.Length + 16);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) escaped.Append(c).Append(value[++i]);
                else if (c == '\\') escaped.Append("\\\\");
                else if (char.IsSurrogate(c)) escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                else escaped.Append(c);
            }

            return escaped.ToString();
        }

        private static string UnescapeSurrogates(string value)
        {
            var text = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c != '\\')
                {
                    text.Append(c);
                }
                else if (value[++i] == '\\')
                {
                    text.Append('\\');
                }
                else
                {
                    text.Append((char)int.Parse(value.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                }
            }

            return text.ToString();
        }

        public static long ReadNumber(ReadOnlySpan<byte> data, ref int position)
        {
            long value = 0;
            byte b;
            while ((b = data[position++]) >= More) value = (value << DigitBits) | (uint)(b - More);
            return (value << DigitBits) | (uint)(b - Last);
        }

        public static int ReadInt(ReadOnlySpan<byte> data, ref int position) => checked((int)ReadNumber(data, ref position));

        /// <summary>Link kinds are stored as fixed codes (0 other, 1 repository, 2 project page), never as enum casts.</summary>
        public static void WriteLinkKind(MemoryStream output, ParsedLinkKind kind) => WriteNumber(output, kind switch
        {
            ParsedLinkKind.Other => 0,
            ParsedLinkKind.Repository => 1,
            ParsedLinkKind.ProjectPage => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown link kind."),
        });

        /// <summary>Reads a code written by <see cref="WriteLinkKind"/>; an unknown code is damaged data.</summary>
        public static ParsedLinkKind ReadLinkKind(ReadOnlySpan<byte> data, ref int position) => ReadNumber(data, ref position) switch
        {
            0 => ParsedLinkKind.Other,
            1 => ParsedLinkKind.Repository,
            2 => ParsedLinkKind.ProjectPage,
            long code => throw new InvalidOperationException("Catalogue data holds an unknown link kind " + code.ToString(CultureInfo.InvariantCulture) + "."),
        };

        public static long ReadFixed(ReadOnlySpan<byte> data, int position, int width)
        {
            long value = 0;
            for (int i = 0; i < width; i++) value = (value << DigitBits) | (uint)(data[position + i] - Last);
            return value;
        }

        /// <summary>The bytes of a string (empty for null), leaving <paramref name="position"/> after it.</summary>
        public static ReadOnlySpan<byte> ReadUtf8(ReadOnlySpan<byte> data, ref int position, out bool isNull)
        {
            if (data[position] == EscapedMark) position++;
            int length = ReadInt(data, ref position) - 1;
            isNull = length < 0;
            if (isNull) return ReadOnlySpan<byte>.Empty;
            ReadOnlySpan<byte> bytes = data.Slice(position, length);
            position += length;
            return bytes;
        }

        public static string? ReadString(ReadOnlySpan<byte> data, ref int position)
        {
            if (data[position] == EscapedMark)
            {
                position++;
                string? escaped = ReadString(data, ref position);
                return escaped is null ? null : UnescapeSurrogates(escaped);
            }

            int length = (int)ReadNumber(data, ref position) - 1;
            if (length < 0) return null;
            position += length;
            ReadOnlySpan<byte> bytes = data.Slice(position - length, length);

            // The first strings (a first access) are decoded by hand: the first use of Encoding.UTF8 costs about
            // 4 ms of start-up, twice the budget for a first access. Bulk reads then get the vectorised decoder.
            if (_decodedByHand < HandDecodedStrings)
            {
                _decodedByHand++;
                return DecodeUtf8(bytes);
            }

#if NETSTANDARD2_0
            return Encoding.UTF8.GetString(bytes.ToArray());
#else
            return Encoding.UTF8.GetString(bytes);
#endif
        }

        /// <summary>UTF-8 written by the generator (always well formed) to a string, without <see cref="Encoding"/>.</summary>
        public static string DecodeUtf8(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty) return string.Empty;

            // UTF-8 never has fewer bytes than UTF-16 code units. On the stack when small: no thread-static
            // buffer (its first use costs start-up time), no garbage.
            Span<char> chars = bytes.Length <= MaxStackChars ? stackalloc char[bytes.Length] : new char[bytes.Length];
            int count = 0;
            int i = 0;
            while (i < bytes.Length)
            {
                uint b = bytes[i];
                if (b < 0x80)
                {
                    chars[count++] = (char)b;
                    i++;
                }
                else if (b < 0xE0)
                {
                    chars[count++] = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3Fu));
                    i += 2;
                }
                else if (b < 0xF0)
                {
                    chars[count++] = (char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3Fu) << 6) | (bytes[i + 2] & 0x3Fu));
                    i += 3;
                }
                else
                {
                    uint scalar = (((b & 0x07) << 18) | ((bytes[i + 1] & 0x3Fu) << 12) | ((bytes[i + 2] & 0x3Fu) << 6) | (bytes[i + 3] & 0x3Fu)) - 0x10000;
                    chars[count++] = (char)(0xD800 + (scalar >> 10));
                    chars[count++] = (char)(0xDC00 + (scalar & 0x3FF));
                    i += 4;
                }
            }

            return chars.Slice(0, count).ToString();
        }

        private const int HandDecodedStrings = 64;
        private const int MaxStackChars = 4096;

        // Not synchronised: a racing increment only moves the switch to Encoding.UTF8 by a string or two.
        private static int _decodedByHand;
    }
}
