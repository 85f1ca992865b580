using System;
using System.Collections.Generic;
using System.IO;

namespace PaperData.Core.Storage
{
    /// <summary>
    /// Lays catalogue data out in chunks of about <see cref="TargetSize"/> bytes, each becoming one literal: many
    /// literals of 1 MB compile with far less memory than one big one. A record never straddles two chunks, so the
    /// runtime reads it from one span. Chunk 0 is kept for the header, which is written last.
    /// </summary>
    internal sealed class ChunkBuilder
    {
        public const int TargetSize = 1 << 20;

        private readonly List<byte[]> _chunks = new List<byte[]> { Array.Empty<byte>() };
        private readonly MemoryStream _current = new MemoryStream(TargetSize);

        public int Count => _chunks.Count;

        /// <summary>Appends one record and returns its location (chunk * ChunkSpan + offset).</summary>
        public long Append(MemoryStream record)
        {
            if (record.Length >= DataFormat.ChunkSpan) throw new InvalidOperationException("A single paper is larger than 64 MB.");
            if (_current.Length > 0 && _current.Length + record.Length > TargetSize) Flush();
            long location = (_chunks.Count * DataFormat.ChunkSpan) + _current.Length;
            record.WriteTo(_current);
            return location;
        }

        /// <summary>
        /// Digits per entry of a table reserved before its values are known: 40 bits, record locations in up to
        /// 16,384 chunks (16 GB of data, far beyond what a compilation can hold).
        /// </summary>
        public const int ReservedWidth = 8;

        /// <summary>
        /// Reserves whole chunks, right after the header, for a table of <paramref name="count"/> locations that
        /// <see cref="FillTable"/> writes once the records are laid out. The paper table sits there so that a first
        /// access reads only the first few chunks: the generated accessor then needs only its first, small switch.
        /// </summary>
        public TableInfo ReserveTable(int count)
        {
            if (_chunks.Count != 1 || _current.Length != 0) throw new InvalidOperationException("Tables are reserved before any record.");
            return Reserve(count, ReservedWidth);
        }

        /// <summary>Writes the values of a reserved table, each chunk of it whole.</summary>
        public void FillTable(TableInfo table, IReadOnlyList<long> values)
        {
            var chunk = new MemoryStream();
            for (int i = 0; i < values.Count; i++)
            {
                if (DataFormat.WidthFor(values[i]) > table.Width) throw new InvalidOperationException("The catalogue's data is larger than 16 GB.");
                DataFormat.WriteFixed(chunk, values[i], table.Width);
                if ((i + 1) % table.PerChunk == 0 || i == values.Count - 1)
                {
                    _chunks[table.FirstChunk + (i / table.PerChunk)] = chunk.ToArray();
                    chunk.SetLength(0);
                }
            }
        }

        /// <summary>Writes a table of fixed-width numbers in whole chunks of its own, so entry i is found by arithmetic.</summary>
        public TableInfo AppendTable(IReadOnlyList<long> values)
        {
            Flush();
            long max = 0;
            foreach (long value in values) max = Math.Max(max, value);
            TableInfo table = Reserve(values.Count, DataFormat.WidthFor(max));
            FillTable(table, values);
            return table;
        }

        // Empty chunks at the end, filled later by FillTable.
        private TableInfo Reserve(int count, int width)
        {
            int perChunk = TargetSize / width;
            var table = new TableInfo(_chunks.Count, perChunk, width);
            for (int i = 0; i < (count + perChunk - 1) / perChunk; i++) _chunks.Add(Array.Empty<byte>());
            return table;
        }

        /// <summary>Every chunk, the header first.</summary>
        public List<byte[]> Finish(MemoryStream header)
        {
            Flush();
            _chunks[0] = header.ToArray();
            return _chunks;
        }

        private void Flush()
        {
            if (_current.Length == 0) return;
            _chunks.Add(_current.ToArray());
            _current.SetLength(0);
        }
    }

    /// <summary>Where a fixed-width table starts, how many entries each of its chunks holds, and its digits per entry.</summary>
    internal readonly struct TableInfo
    {
        public TableInfo(int firstChunk, int perChunk, int width)
        {
            FirstChunk = firstChunk;
            PerChunk = perChunk;
            Width = width;
        }

        public int FirstChunk { get; }

        public int PerChunk { get; }

        public int Width { get; }

        public void Write(MemoryStream header)
        {
            DataFormat.WriteNumber(header, FirstChunk);
            DataFormat.WriteNumber(header, PerChunk);
            DataFormat.WriteNumber(header, Width);
        }
    }
}
