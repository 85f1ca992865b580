using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>
    /// Many digests, one catalogue, at run time: <see cref="PaperCatalog.Merge"/> and <see cref="PaperCatalog.Load(string)"/>
    /// over a directory, with the merge rules (order by day, the same paper once with FeaturedOn, ranks renumbered)
    /// and bad archive files reported, never dropped silently.
    /// </summary>
    public sealed class ArchiveMergeTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "paperdata-archive-" + Guid.NewGuid().ToString("N"));

        public ArchiveMergeTests() => Directory.CreateDirectory(_directory);

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        private static string Day(string date, params (string ArxivId, string Title, int Upvotes)[] papers) =>
            "[\n" + string.Join(",\n", papers.Select(p =>
                "  {\"paper\": {\"id\": \"" + p.ArxivId + "\", \"title\": \"" + p.Title + "\", \"summary\": \"About " + p.Title
                + ".\", \"publishedAt\": \"2025-02-01T00:00:00.000Z\", \"upvotes\": " + p.Upvotes.ToString(CultureInfo.InvariantCulture)
                + "}, \"publishedAt\": \"" + date + "T08:00:00.000Z\"}")) + "\n]\n";

        private string Write(string name, string text)
        {
            string path = Path.Combine(_directory, name);
            File.WriteAllText(path, text);
            return path;
        }

        [Fact]
        public void Merge_orders_by_day_then_catalogue_then_rank_and_renumbers()
        {
            PaperCatalog mar11 = PaperCatalog.ParseJson(Day("2025-03-11", ("2503.00003", "Gamma", 1), ("2503.00004", "Delta", 2)));
            PaperCatalog mar10 = PaperCatalog.ParseJson(Day("2025-03-10", ("2503.00001", "Alpha", 3), ("2503.00002", "Beta", 4)));

            PaperCatalog merged = PaperCatalog.Merge(mar11, mar10);

            Assert.Equal(new[] { "Alpha", "Beta", "Gamma", "Delta" }, merged.Papers.Select(p => p.Title));
            Assert.Equal(new[] { 1, 2, 3, 4 }, merged.Papers.Select(p => p.Rank));
            Assert.All(merged.Papers, p => Assert.Equal(new[] { p.Date }, p.FeaturedOn));
        }

        [Fact]
        public void The_same_arXiv_id_on_several_days_is_one_paper_at_its_first_day_with_every_day_featured()
        {
            PaperCatalog merged = PaperCatalog.Merge(
                PaperCatalog.ParseJson(Day("2025-03-12", ("2503.00001v2", "Alpha (revised title)", 40))),
                PaperCatalog.ParseJson(Day("2025-03-10", ("2503.00001", "Alpha", 3), ("2503.00002", "Beta", 4))),
                PaperCatalog.ParseJson(Day("2025-03-11", ("2503.00001", "Alpha", 9))));

            Paper alpha = merged.Papers[0];
            Assert.Equal(2, merged.Count);
            Assert.Equal("Alpha", alpha.Title);
            Assert.Equal(3, alpha.Upvotes);
            Assert.Equal(new PaperDate(3, 10, 2025), alpha.Date);
            Assert.Equal(new[] { new PaperDate(3, 10, 2025), new PaperDate(3, 11, 2025), new PaperDate(3, 12, 2025) }, alpha.FeaturedOn);
            Assert.Equal("Beta", merged.Papers[1].Title);
        }

        [Fact]
        public void Text_digests_merge_by_normalised_title_and_keep_days_without_years()
        {
            PaperCatalog first = PaperCatalog.Parse("Mar 10\n\nTiny Net\n\nA tiny network for tests, described in one plain sentence here.\n");
            PaperCatalog second = PaperCatalog.Parse("Mar 11\n\ntiny   NET\n\nThe same paper again, featured a second day with a new abstract.\n\n"
                + "Other Paper\n\nSomething else entirely, described in another plain sentence.\n");

            PaperCatalog merged = PaperCatalog.Merge(second, first);

            Assert.Equal(new[] { "Tiny Net", "Other Paper" }, merged.Papers.Select(p => p.Title));
            Assert.Equal(new[] { new PaperDate(3, 10), new PaperDate(3, 11) }, merged.Papers[0].FeaturedOn);
        }

        [Fact]
        public void Merge_makes_ids_unique_again_and_keeps_every_diagnostic()
        {
            PaperCatalog a = PaperCatalog.ParseJson(Day("2025-03-10", ("2503.00001", "Same Title", 1)));
            PaperCatalog b = PaperCatalog.ParseJson(Day("2025-03-11", ("2503.00009", "Same Title", 1)).Replace("\"upvotes\": 1", "\"upvotes\": \"many\""), "b.json");

            PaperCatalog merged = PaperCatalog.Merge(a, b);

            // Two papers (different arXiv ids) that share a title: both kept, the later with a numbered id.
            Assert.Equal(new[] { "same-title", "same-title-2" }, merged.Papers.Select(p => p.Id));
            Assert.Equal("PD0015", Assert.Single(b.Diagnostics).Id);
            Assert.Equal(b.Diagnostics, merged.Diagnostics);
        }

        [Fact]
        public void Merging_a_merged_catalogue_again_changes_nothing()
        {
            PaperCatalog once = PaperCatalog.Merge(
                PaperCatalog.ParseJson(Day("2025-03-10", ("2503.00001", "Alpha", 3))),
                PaperCatalog.ParseJson(Day("2025-03-11", ("2503.00001", "Alpha", 5), ("2503.00002", "Beta", 1))));

            Assert.Equal(once.Papers, PaperCatalog.Merge(once).Papers);
            Assert.Equal(once.Papers, PaperCatalog.Merge(once, once).Papers);
        }

        [Fact]
        public void Load_of_a_directory_merges_its_daily_files()
        {
            Write("2025-03-11.json", Day("2025-03-11", ("2503.00003", "Gamma", 1), ("2503.00001", "Alpha", 8)));
            Write("2025-03-10.json", Day("2025-03-10", ("2503.00001", "Alpha", 3)));
            Write("README.md", "not a digest, ignored");

            PaperCatalog archive = PaperCatalog.Load(_directory);

            Assert.Empty(archive.Diagnostics);
            Assert.Equal(new[] { "Alpha", "Gamma" }, archive.Papers.Select(p => p.Title));
            Assert.Equal(2, archive.Papers[0].FeaturedOn.Count);
        }

        [Fact]
        public void Load_of_a_directory_reports_bad_files_at_their_place_and_keeps_the_rest()
        {
            Write("2025-03-10.json", Day("2025-03-10", ("2503.00001", "Alpha", 3)));
            Write("2025-03-10-copy.json", Day("2025-03-10", ("2503.00001", "Alpha", 3), ("2503.00002", "Beta", 1)));
            string single = Write("2503.00009.json", "{\"id\": \"2503.00009\", \"title\": \"Lone\", \"summary\": \"One object.\", \"publishedAt\": \"2025-03-09\"}");
            string text = Write("notes.txt", "Mar 12\n\nText Paper\n\nA text digest among JSON days, in one plain sentence.\n");

            PaperCatalog archive = PaperCatalog.Load(_directory);

            Assert.Equal(new[] { "Alpha", "Beta" }, archive.Papers.Select(p => p.Title));
            PaperDiagnostic notArray = Assert.Single(archive.Diagnostics, d => d.Id == "PD0020");
            Assert.Equal((single, 1, 1), (notArray.Path, notArray.Line, notArray.Column));
            Assert.True(notArray.IsError);
            PaperDiagnostic mixed = Assert.Single(archive.Diagnostics, d => d.Id == "PD0104");
            Assert.Equal(text, mixed.Path);
            Assert.Contains("1 papers are left out", mixed.Message, StringComparison.Ordinal);
            PaperDiagnostic repeated = Assert.Single(archive.Diagnostics, d => d.Id == "PD0021");
            Assert.Equal(Path.Combine(_directory, "2025-03-10.json"), repeated.Path);
            Assert.Equal(PaperDiagnosticSeverity.Warning, repeated.Severity);
            Assert.Equal(3, archive.Diagnostics.Count);
        }
    }
}
