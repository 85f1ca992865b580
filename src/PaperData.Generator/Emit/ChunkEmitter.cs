using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// Writes the data chunks as a nested class: one literal per chunk and one accessor that switches on the chunk
    /// number (one case per chunk, never per paper). C# 11 and later get UTF-8 <c>u8</c> literals, which are
    /// stored as raw bytes and do not count against the 8,388,604-character string limit (CS8103); older C# gets
    /// string constants of the same text, which the runtime encodes to UTF-8 once per chunk.
    /// </summary>
    internal static class ChunkEmitter
    {
        public const string ClassName = "__Data";

        /// <summary>The total length of string literals a compilation may hold (CS8103), less room for the consumer's own.</summary>
        public const long StringLiteralBudget = 8_000_000;

        public static void Write(IndentedWriter w, List<byte[]> chunks, bool utf8Literals, CancellationToken ct)
        {
            w.Line("/// <summary>The catalogue's data: UTF-8 text in chunks, decoded one paper at a time on first use.</summary>");
            w.Open("private static class " + ClassName);
            // The first chunks (header, paper table, first records: all a first access reads) have a switch of their
            // own. The JIT resolves every call in a method it compiles, and at 50,000 papers one switch over 110
            // chunk properties added about a millisecond to a first access.
            string type = utf8Literals ? Utf8Type : "string";
            bool split = chunks.Count > FirstChunks;
            WriteSwitch(w, "internal static " + type + " Chunk(int index)", 0, split ? FirstChunks : chunks.Count, split ? "return More(index);" : null);
            if (split)
            {
                w.Line();
                WriteSwitch(w, "private static " + type + " More(int index)", FirstChunks, chunks.Count, null);
            }

            for (int i = 0; i < chunks.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                w.Line();

                // One property per literal, all in this one class. Measured at 50,000 papers: returning the literals
                // from the switch itself (one JIT compilation less per chunk on a first access) took the compiler's
                // peak memory from 2.4 to 12 GB, and nesting groups of 8 chunks in classes of their own to 5.5 GB.
                // The literal is escaped from the UTF-8 bytes directly: a u8 literal holds exactly their text.
                w.Start().Text(utf8Literals ? "private static " + Utf8Type + " Chunk" : "private const string Chunk").Number(i)
                    .Text(utf8Literals ? " => " : " = ").Literal(chunks[i]).Text(utf8Literals ? "u8;" : ";").End();
            }

            w.Close();
        }

        /// <summary>How many chunks the accessor's first switch covers.</summary>
        public const int FirstChunks = 8;

        private static void WriteSwitch(IndentedWriter w, string signature, int first, int end, string? otherwise)
        {
            w.Open(signature);
            w.Open("switch (index)");
            for (int i = first; i < end; i++)
            {
                w.Start().Text("case ").Number(i).Text(": return Chunk").Number(i).Text(";").End();
            }

            w.Line("default: " + (otherwise ?? "throw new global::System.ArgumentOutOfRangeException(nameof(index));"));
            w.Close();
            w.Close();
        }

        /// <summary>The UTF-16 length of each chunk's text, which is what counts against the string literal limit.</summary>
        public static long TextLength(List<byte[]> chunks)
        {
            long total = 0;
            foreach (byte[] chunk in chunks) total += Encoding.UTF8.GetCharCount(chunk);
            return total;
        }

        private const string Utf8Type = "global::System.ReadOnlySpan<byte>";
    }
}
