using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperData.Cli.Output.Columns;
using Parquet.Schema;
using Parquet.Serialization;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// One Parquet row per paper with typed columns from <see cref="PaperColumns"/>: INT32, UTF-8 strings, DATE,
    /// BOOLEAN and LIST of strings or dates; nullable columns are OPTIONAL, the rest REQUIRED.
    /// </summary>
    internal static class ParquetExporter
    {
        /// <summary>The whole file in memory: small next to the catalogue, and the caller then writes it in one go.</summary>
        public static async Task<byte[]> ToBytesAsync(IReadOnlyList<Paper> papers, CancellationToken cancellationToken = default)
        {
            var rows = papers.Select(Row).ToList();
            using var buffer = new MemoryStream();
            await ParquetSerializer.SerializeUntypedAsync(rows, Schema, buffer, cancellationToken: cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }

        public static ParquetSchema Schema { get; } = new ParquetSchema(PaperColumns.All.Select(Field));

        private static Field Field(PaperColumn column) => column.Kind switch
        {
            ColumnKind.Int32 => column.IsNullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name),
            ColumnKind.String => new DataField<string>(column.Name, column.IsNullable),
            ColumnKind.Date => new DataField<DateOnly?>(column.Name),
            ColumnKind.Boolean => new DataField<bool>(column.Name),
            ColumnKind.StringList => new ListField(column.Name, new DataField<string>("element", false)),
            ColumnKind.DateList => new ListField(column.Name, new DataField<DateOnly>("element")),
            _ => throw new InvalidOperationException("No Parquet type for column kind " + column.Kind + "."),
        };

        private static IDictionary<string, object?> Row(Paper paper)
        {
            var row = new Dictionary<string, object?>(PaperColumns.All.Count);
            foreach (PaperColumn column in PaperColumns.All)
            {
                object? value = column.Value(paper);
                // Parquet.Net 6 keeps strings inside lists as ReadOnlyMemory<char>, and its untyped serializer
                // rejects a plain string list ("List<string> => IEnumerable<ReadOnlyMemory<char>>").
                row[column.Name] = value is IReadOnlyList<string> texts ? texts.Select(t => t.AsMemory()).ToList() : value;
            }

            return row;
        }
    }
}
