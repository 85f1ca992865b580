using System;
using System.Collections.Generic;
using System.IO;

namespace PaperData.Core.Storage
{
    /// <summary>
    /// The embedded-resource form of a catalogue's data, written by the build task and read by the runtime: the
    /// same chunks the generator would write as literals, one after the other behind a small header that says
    /// which digest they come from. Header: the bytes of <see cref="Magic"/>, then in <see cref="DataFormat"/>
    /// numbers and strings the data format version, the key (<see cref="KeyOf"/>), the chunk count and each chunk's length; the chunks follow.
    /// </summary>
    internal static class CatalogResource
    {
        /// <summary>Marks a PaperData catalogue resource (and its container version).</summary>
        public const string Magic = "PDCAT1";

        /// <summary>The resource file's extension, also the end of its manifest name.</summary>
        public const string Extension = ".pdcat";

        /// <summary>
        /// What ties a resource to a generated class: the digest's content hash and the format it was read as (a
        /// changed <c>Format</c> reads the same text into other papers). Version-independent; the data format
        /// version is checked on its own.
        /// </summary>
        public static string KeyOf(string contentHash, PaperData.Core.Reading.DigestFormat format) =>
            contentHash + (format == PaperData.Core.Reading.DigestFormat.Json ? "/json" : "/text");

        public static void Write(Stream output, string key, IReadOnlyList<byte[]> chunks)
        {
            var header = new MemoryStream();
            foreach (char c in Magic) header.WriteByte((byte)c);
            DataFormat.WriteNumber(header, DataFormat.Version);
            DataFormat.WriteString(header, key);
            DataFormat.WriteNumber(header, chunks.Count);
            foreach (byte[] chunk in chunks) DataFormat.WriteNumber(header, chunk.Length);
            header.WriteTo(output);
            foreach (byte[] chunk in chunks) output.Write(chunk, 0, chunk.Length);
        }

        /// <summary>
        /// Reads the header of <paramref name="data"/>: false when it is not a catalogue resource at all. The
        /// version and hash are returned as found; the caller decides what a mismatch means.
        /// </summary>
        public static bool TryReadHeader(ReadOnlySpan<byte> data, out int version, out string key, out long[] offsets, out int[] lengths)
        {
            version = 0;
            key = string.Empty;
            offsets = Array.Empty<long>();
            lengths = Array.Empty<int>();
            if (data.Length < Magic.Length) return false;
            for (int i = 0; i < Magic.Length; i++)
            {
                if (data[i] != Magic[i]) return false;
            }

            try
            {
                int p = Magic.Length;
                version = DataFormat.ReadInt(data, ref p);
                key = DataFormat.ReadString(data, ref p) ?? string.Empty;
                int count = DataFormat.ReadInt(data, ref p);
                if (count < 0 || count > data.Length) return false;
                lengths = new int[count];
                for (int i = 0; i < count; i++)
                {
                    lengths[i] = DataFormat.ReadInt(data, ref p);
                    if (lengths[i] < 0) return false;
                }

                offsets = new long[count];
                long offset = p;
                for (int i = 0; i < count; i++)
                {
                    offsets[i] = offset;
                    offset += lengths[i];
                }

                return offset <= data.Length;
            }
            catch (Exception e) when (e is IndexOutOfRangeException || e is ArgumentOutOfRangeException || e is OverflowException || e is FormatException)
            {
                return false;
            }
        }
    }
}
