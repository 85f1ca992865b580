using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary>
    /// featured_on, every day a paper was featured, in the table exports of an archive: a list of DATE in Parquet
    /// (read back by DuckDB), ISO dates joined with "; " in CSV and Markdown, the same days as the JSON's featuredOn.
    /// </summary>
    public sealed class FeaturedOnExportTests : IDisposable
    {
        private readonly TempDigest _mar12;
        private readonly string _folder;

        public FeaturedOnExportTests()
        {
            // Two days with years; Alpha is featured on both, Gamma on the second only.
            _mar12 = new TempDigest(TempDigest.Digest("Mar 12, 2025", ("Gamma", TempDigest.Abstract("gamma")), ("Alpha", TempDigest.Abstract("alpha again"))), "b.txt");
            _folder = Path.GetDirectoryName(_mar12.Path)!;
            File.WriteAllText(Path.Combine(_folder, "a.txt"), TempDigest.Digest("Mar 11, 2025", ("Alpha", TempDigest.Abstract("alpha"))));
        }

        /// <summary>What the runtime merge says, independent of the exporters: each paper's days as ISO dates.</summary>
        private List<string[]> ExpectedDays() =>
            PaperCatalog.Load(_folder).Papers
                .Select(p => p.FeaturedOn.Select(d => new DateOnly(d.Year!.Value, d.Month, d.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray())
                .ToList();

        [Fact]
        public void The_archive_has_a_paper_featured_on_two_days()
        {
            Assert.Equal(new[] { new[] { "2025-03-11", "2025-03-12" }, new[] { "2025-03-12" } }, ExpectedDays());
        }

        [Fact]
        public async Task Csv_has_featured_on_last_with_every_day_joined_by_semicolons()
        {
            CliResult result = await Cli.RunAsync("export", "-f", "csv", "--digest", _folder);

            Assert.Equal(0, result.ExitCode);
            List<string[]> records = Rfc4180.Parse(result.Out);
            Assert.Equal("featured_on", records[0][^1]);
            Assert.Equal(ExpectedDays().Select(days => string.Join("; ", days)), records.Skip(1).Select(r => r[^1]));
        }

        [Fact]
        public async Task Markdown_lists_featured_on_for_each_paper()
        {
            CliResult result = await Cli.RunAsync("export", "-f", "markdown", "--digest", _folder);

            Assert.Equal(0, result.ExitCode);
            string[] sections = result.Out.Split("\n## ").Skip(1).ToArray();
            List<string[]> expected = ExpectedDays();
            Assert.Equal(expected.Count, sections.Length);
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.Contains("- **featured_on**: " + string.Join("; ", expected[i]), sections[i].Split('\n'));
            }
        }

        [Fact]
        public async Task Parquet_has_featured_on_as_a_list_of_DATE_that_DuckDB_reads_back()
        {
            string path = Path.Combine(_folder, "papers.parquet");

            CliResult result = await Cli.RunAsync("export", "-f", "parquet", "-o", path, "--digest", _folder);

            Assert.Equal(0, result.ExitCode);
            Dictionary<string, object?> types = ParquetExportTests.Query(path, "DESCRIBE SELECT * FROM read_parquet('" + path + "')")
                .ToDictionary(r => (string)r["column_name"]!, r => r["column_type"]);
            Assert.Equal("DATE[]", types["featured_on"]);
            List<Dictionary<string, object?>> rows = ParquetExportTests.Query(path, "SELECT featured_on FROM read_parquet('" + path + "') ORDER BY rank");
            Assert.Equal(ExpectedDays(), rows.Select(r => (string[])r["featured_on"]!));

            // SQL over the days: the paper featured more than once, and when it was last featured.
            List<Dictionary<string, object?>> again = ParquetExportTests.Query(path,
                "SELECT title, len(featured_on) AS days, list_max(featured_on) AS last FROM read_parquet('" + path + "') WHERE len(featured_on) > 1");
            Dictionary<string, object?> alpha = Assert.Single(again);
            Assert.Equal("Alpha", alpha["title"]);
            Assert.Equal(2L, Convert.ToInt64(alpha["days"], CultureInfo.InvariantCulture));
            Assert.Equal(new DateOnly(2025, 3, 12), alpha["last"]);
        }

        [Fact]
        public async Task A_text_digest_without_years_has_an_empty_featured_on_as_its_date_is_null()
        {
            CliResult result = await Cli.RunAsync("export", "-f", "csv");

            List<string[]> records = Rfc4180.Parse(result.Out);
            Assert.All(records.Skip(1), r => Assert.Equal(string.Empty, r[^1]));
            Assert.All(records.Skip(1), r => Assert.Equal(string.Empty, r[Array.IndexOf(records[0], "date")]));
        }

        public void Dispose() => _mar12.Dispose();
    }
}
