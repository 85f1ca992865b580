using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// Writes the data chunks as a nested class: one accessor that switches on the chunk number and returns that
    /// chunk's literal (one case per chunk, never per paper). C# 11 and later get UTF-8 <c>u8</c> literals, which are
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
            w.Open("internal static " + (utf8Literals ? Utf8Type : "string") + " Chunk(int index)");
            w.Open("switch (index)");
            for (int i = 0; i < chunks.Count; i++)
            {
                ct.ThrowIfCancellationRequested();

                // The literal sits in its case, not in a property per chunk: a first access then JIT-compiles one
                // method instead of one per chunk it touches. It is escaped from the UTF-8 bytes directly: a u8
                // literal holds exactly their text.
                w.Start().Text("case ").Number(i).Text(": return ").Literal(chunks[i]).Text(utf8Literals ? "u8;" : ";").End();
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            w.Close();
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
