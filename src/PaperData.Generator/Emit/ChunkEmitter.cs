using System.Collections.Generic;
using System.Globalization;
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

        public static void Write(IndentedWriter w, List<string> chunks, bool utf8Literals, CancellationToken ct)
        {
            w.Line("/// <summary>The catalogue's data: UTF-8 text in chunks, decoded one paper at a time on first use.</summary>");
            w.Open("private static class " + ClassName);
            string type = utf8Literals ? "global::System.ReadOnlySpan<byte>" : "string";
            w.Open("internal static " + type + " Chunk(int index)");
            w.Open("switch (index)");
            for (int i = 0; i < chunks.Count; i++)
            {
                string n = i.ToString(CultureInfo.InvariantCulture);
                w.Line("case " + n + ": return Chunk" + n + ";");
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            w.Close();
            w.Close();
            for (int i = 0; i < chunks.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                string n = i.ToString(CultureInfo.InvariantCulture);
                w.Line();
                w.Line(utf8Literals
                    ? "private static global::System.ReadOnlySpan<byte> Chunk" + n + " => " + Escaping.Literal(chunks[i]) + "u8;"
                    : "private const string Chunk" + n + " = " + Escaping.Literal(chunks[i]) + ";");
            }

            w.Close();
        }

        /// <summary>The chunks as text: they hold only UTF-8 produced by the encoder, so this round-trips exactly.</summary>
        public static List<string> AsText(List<byte[]> chunks)
        {
            var texts = new List<string>(chunks.Count);
            foreach (byte[] chunk in chunks) texts.Add(Encoding.UTF8.GetString(chunk));
            return texts;
        }
    }
}
