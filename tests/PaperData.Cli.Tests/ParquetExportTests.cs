using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DuckDB.NET.Data;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary>The Parquet export, read back by DuckDB (an independent reader) and compared field by field.</summary>
    public class ParquetExportTests
    {
        [Fact]
        public async Task Every_field_of_every_row_read_by_DuckDB_equals_the_catalogue()
        {
            foreach ((string[] digestArgs, IReadOnlyList<Paper> papers) in ExpectedColumns.Catalogues())
            {
                using var output = new TempDigest(string.Empty, "placeholder.txt");
                string path = Path.Combine(Path.GetDirectoryName(output.Path)!, "papers.parquet");

                CliResult result = await Cli.RunAsync(new[] { "export", "-f", "parquet", "-o", path }.Concat(digestArgs).ToArray());

                Assert.Equal(0, result.ExitCode);
                Assert.Equal(string.Empty, result.Out);
                List<Dictionary<string, object?>> rows = Query(path, "SELECT * FROM read_parquet('" + path + "')");
                Assert.Equal(papers.Count, rows.Count);
                for (int i = 0; i < papers.Count; i++)
                {
                    Dictionary<string, object?> expected = ExpectedColumns.Row(papers[i]);
                    Assert.Equal(ExpectedColumns.Names, rows[i].Keys);
                    foreach (string name in ExpectedColumns.Names) Assert.Equal(expected[name], rows[i][name]);
                }
            }
        }

        [Fact]
        public async Task Columns_have_sql_types_dates_are_DATE_and_lists_are_VARCHAR_lists()
        {
            using var output = new TempDigest(string.Empty, "placeholder.txt");
            string path = Path.Combine(Path.GetDirectoryName(output.Path)!, "papers.parquet");
            await Cli.RunAsync("export", "-f", "parquet", "-o", path, "--digest", ExpectedColumns.JsonSamplePath);

            Dictionary<string, string> types = Query(path, "DESCRIBE SELECT * FROM read_parquet('" + path + "')")
                .ToDictionary(r => (string)r["column_name"]!, r => (string)r["column_type"]!);

            Assert.Equal("INTEGER", types["rank"]);
            Assert.Equal("VARCHAR", types["title"]);
            Assert.Equal("DATE", types["date"]);
            Assert.Equal("DATE", types["published_on"]);
            Assert.Equal("INTEGER", types["upvotes"]);
            Assert.Equal("VARCHAR[]", types["authors"]);
            Assert.Equal("VARCHAR[]", types["links"]);
            Assert.Equal("BOOLEAN", types["has_code"]);
            List<Dictionary<string, object?>> top = Query(path, "SELECT title FROM '" + path + "' ORDER BY upvotes DESC NULLS LAST, rank LIMIT 1");
            Assert.Equal("SparseLoRA: Accelerating LLM Fine-Tuning with Contextual Sparsity", top[0]["title"]);
        }

        [Fact]
        public async Task Parquet_refuses_a_terminal_stdout_with_a_one_line_hint()
        {
            CliResult result = await Cli.RunInAsync(new CliEnvironment(100, useColor: false, outputIsTerminal: true), "export", "-f", "parquet");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("paperdata: parquet is binary; write it to a file with -o FILE (see paperdata export --help)", result.SingleErrorLine());
            Assert.Equal(string.Empty, result.Out);
        }

        [Fact]
        public async Task Parquet_goes_to_a_piped_stdout_as_raw_bytes()
        {
            using var bytes = new MemoryStream();
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int exitCode = await CliApp.RunAsync(new[] { "export", "-f", "parquet" }, stdout, stderr, CliEnvironment.Plain, TestContext.Current.CancellationToken, bytes);

            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, stderr.ToString());
            byte[] file = bytes.ToArray();
            Assert.Equal("PAR1"u8.ToArray(), file[..4]);
            Assert.Equal("PAR1"u8.ToArray(), file[^4..]);
        }

        /// <summary>Rows as column name → value, lists as string[] and DuckDB's nulls as null.</summary>
        internal static List<Dictionary<string, object?>> Query(string path, string sql)
        {
            Assert.True(File.Exists(path));
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using DuckDBCommand command = connection.CreateCommand();
            command.CommandText = sql;
            using DuckDBDataReader reader = command.ExecuteReader();
            var rows = new List<Dictionary<string, object?>>();
            while (reader.Read())
            {
                var row = new Dictionary<string, object?>();
                for (int i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = Normalise(reader.GetValue(i));
                rows.Add(row);
            }

            return rows;
        }

        private static object? Normalise(object value) => value switch
        {
            DBNull => null,
            string text => text,
            IEnumerable items => items.Cast<object>().Select(o => o is DateOnly d ? d.ToString("O") : (string)o).ToArray(),
            _ => value,
        };
    }
}
