using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Threading.Tasks;
using System.Xml;
using Xunit;

namespace PaperData.Cli.Tests
{
    /// <summary>Atom and RSS feeds, read back with SyndicationFeed.Load and checked entry by entry.</summary>
    public class FeedExportTests
    {
        [Fact]
        public async Task Atom_has_one_entry_per_paper_in_order_with_id_title_summary_links_authors_and_dates()
        {
            foreach ((string[] digestArgs, IReadOnlyList<Paper> papers) in ExpectedColumns.Catalogues())
            {
                SyndicationFeed feed = await LoadAsync("atom", digestArgs);

                Assert.Equal(papers.Count, feed.Items.Count());
                foreach ((SyndicationItem item, Paper paper) in feed.Items.Zip(papers))
                {
                    Assert.Equal(ExpectedId(paper), item.Id);
                    Assert.Equal(paper.Title, item.Title.Text);
                    // The AI summary where the site gave one, else the abstract.
                    Assert.Equal(paper.AiSummary ?? paper.Abstract, ((TextSyndicationContent)item.Summary).Text);
                    Assert.Equal(paper.Authors, item.Authors.Select(a => a.Name));
                    Assert.Equal(paper.Keywords, item.Categories.Where(c => c.Scheme is null).Select(c => c.Name));
                    Assert.Equal(Organizations(paper), item.Categories.Where(c => c.Scheme == OrganizationScheme).Select(c => c.Name));
                    Assert.Equal(paper.CommentCount, Comments(item, "total", AtomThreading));
                    Assert.Equal(ExpectedLinks(paper), item.Links.Select(l => l.Uri.OriginalString));
                    Assert.Equal(ExpectedLinks(paper).FirstOrDefault(), item.Links.SingleOrDefault(l => l.RelationshipType == "alternate")?.Uri.OriginalString);
                    Assert.Equal(Instant(paper.Date) ?? Instant(paper.PublishedOn) ?? DateTimeOffset.UnixEpoch, item.LastUpdatedTime);
                    Assert.Equal(Instant(paper.PublishedOn) ?? default, item.PublishDate);
                    // Atom needs an alternate link or content: a paper with no address carries its abstract as content.
                    if (item.Links.Count == 0) Assert.StartsWith(paper.Abstract, ((TextSyndicationContent)item.Content).Text, StringComparison.Ordinal);

                    // With an AI summary as the summary, the abstract is still there, as the content.
                    if (paper.AiSummary is not null) Assert.StartsWith(paper.Abstract, ((TextSyndicationContent)item.Content).Text, StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public async Task Rss_has_one_item_per_paper_with_guid_link_description_and_pub_date_where_known()
        {
            foreach ((string[] digestArgs, IReadOnlyList<Paper> papers) in ExpectedColumns.Catalogues())
            {
                CliResult result = await Cli.RunAsync(new[] { "export", "-f", "rss" }.Concat(digestArgs).ToArray());
                SyndicationFeed feed = Load(result.Out);
                XmlDocument document = new XmlDocument();
                document.LoadXml(result.Out);
                XmlNodeList guids = document.SelectNodes("/rss/channel/item/guid")!;
                XmlNodeList descriptions = document.SelectNodes("/rss/channel/item/description")!;

                Assert.Equal(papers.Count, feed.Items.Count());
                int i = 0;
                foreach ((SyndicationItem item, Paper paper) in feed.Items.Zip(papers))
                {
                    Assert.Equal(ExpectedId(paper), item.Id);
                    Assert.Equal(paper.ArxivId is null ? "false" : "true", guids[i]!.Attributes!["isPermaLink"]!.Value);
                    Assert.Equal(paper.Title, item.Title.Text);
                    // SyndicationFeed reads <description> as Content when an item has no link, so check the XML itself.
                    // The AI summary first where there is one, then the abstract (the site's numbers follow: below).
                    string description = descriptions[i++]!.InnerText;
                    Assert.StartsWith(paper.AiSummary is string ai ? ai + "\n\n" + paper.Abstract : paper.Abstract, description, StringComparison.Ordinal);
                    if (paper.Upvotes is null && paper.CommentCount is null && paper.GitHubStars is null) Assert.EndsWith(paper.Abstract, description, StringComparison.Ordinal);
                    Assert.Equal(paper.Keywords, item.Categories.Where(c => c.Scheme is null).Select(c => c.Name));
                    Assert.Equal(Organizations(paper), item.Categories.Where(c => c.Scheme == OrganizationScheme).Select(c => c.Name));
                    Assert.Equal(paper.CommentCount, Comments(item, "comments", Slash));
                    Assert.Equal(ExpectedLinks(paper).FirstOrDefault(), item.Links.FirstOrDefault()?.Uri.OriginalString);
                    Assert.Equal(Instant(paper.Date) ?? Instant(paper.PublishedOn) ?? default, item.PublishDate);
                    Assert.Equal(paper.Authors, item.ElementExtensions.ReadElementExtensions<string>("creator", "http://purl.org/dc/elements/1.1/"));
                }
            }
        }

        [Fact]
        public async Task The_json_digest_gives_arxiv_ids_and_its_first_entry_reads_as_expected()
        {
            SyndicationFeed feed = await LoadAsync("atom", "--digest", ExpectedColumns.JsonSamplePath);

            SyndicationItem first = feed.Items.First();
            Assert.Equal("https://arxiv.org/abs/2503.07459", first.Id);
            Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero), first.LastUpdatedTime);
            Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero), first.PublishDate);
            Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        }

        [Theory]
        [InlineData("atom")]
        [InlineData("rss")]
        public async Task The_site_fields_of_the_json_digest_are_what_a_feed_reader_shows(string format)
        {
            // The first paper of the JSON sample: AI summary, 142 upvotes, 4 comments, 512 stars, hartmann-lab.
            Paper paper = PaperCatalog.Load(ExpectedColumns.JsonSamplePath).Papers[0];
            CliResult result = await Cli.RunAsync("export", "-f", format, "--digest", ExpectedColumns.JsonSamplePath);
            SyndicationItem item = Load(result.Out).Items.First();
            var document = new XmlDocument();
            document.LoadXml(result.Out);

            const string Numbers = "142 upvotes, 4 comments, 512 GitHub stars";
            SyndicationCategory organization = Assert.Single(item.Categories, c => c.Scheme == OrganizationScheme);
            Assert.Equal("hartmann-lab", organization.Name);
            if (format == "atom")
            {
                Assert.Equal("SparseLoRA predicts which channels matter per token to speed up fine-tuning.", ((TextSyndicationContent)item.Summary).Text);
                Assert.Equal(paper.Abstract + "\n\n" + Numbers, ((TextSyndicationContent)item.Content).Text);
                Assert.Equal(4, Comments(item, "total", AtomThreading));
                Assert.Contains("xmlns:thr=\"" + AtomThreading + "\"", result.Out, StringComparison.Ordinal);
            }
            else
            {
                string description = document.SelectSingleNode("/rss/channel/item/description")!.InnerText;
                Assert.Equal("SparseLoRA predicts which channels matter per token to speed up fine-tuning.\n\n" + paper.Abstract + "\n\n" + Numbers, description);
                Assert.Equal(4, Comments(item, "comments", Slash));
                XmlNode category = document.SelectSingleNode("/rss/channel/item/category[@domain]")!;
                Assert.Equal(OrganizationScheme, category.Attributes!["domain"]!.Value);
                Assert.Equal("hartmann-lab", category.InnerText);
            }
        }

        [Theory]
        [InlineData("atom")]
        [InlineData("rss")]
        public async Task A_single_upvote_comment_or_star_is_singular_and_a_zero_is_written(string format)
        {
            string json = "[{\"paper\":{\"id\":\"2501.00001\",\"title\":\"One\",\"summary\":\"An abstract.\",\"publishedAt\":\"2025-01-02T00:00:00.000Z\","
                + "\"upvotes\":1,\"githubStars\":0},\"numComments\":1,\"publishedAt\":\"2025-01-03T00:00:00.000Z\"}]";
            using var digest = new TempDigest(json, "one.json");

            CliResult result = await Cli.RunAsync("export", "-f", format, "--digest", digest.Path);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("An abstract.\n\n1 upvote, 1 comment, 0 GitHub stars<", result.Out, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_text_digest_without_years_gets_tag_ids_and_the_fixed_epoch_so_output_is_reproducible()
        {
            CliResult first = await Cli.RunAsync("export", "-f", "atom");
            CliResult second = await Cli.RunAsync("export", "-f", "atom");

            Assert.Equal(first.Out, second.Out);
            SyndicationFeed feed = Load(first.Out);
            Assert.Equal("tag:paperdata,2025:" + TrendingPapers.All[0].Id, feed.Items.First().Id);
            Assert.All(feed.Items, i => Assert.Equal(DateTimeOffset.UnixEpoch, i.LastUpdatedTime));
            Assert.Equal(DateTimeOffset.UnixEpoch, feed.LastUpdatedTime);
        }

        [Theory]
        [InlineData("atom")]
        [InlineData("rss")]
        public async Task Title_and_link_name_the_feed_and_have_defaults(string format)
        {
            SyndicationFeed defaults = await LoadAsync(format);
            SyndicationFeed chosen = await LoadAsync(format, "--title", "My <papers> & co", "--link", "https://example.org/papers");

            Assert.Equal("Hugging Face Daily Papers", defaults.Title.Text);
            Assert.Equal("https://huggingface.co/papers", defaults.Links.First().Uri.OriginalString);
            Assert.Equal("My <papers> & co", chosen.Title.Text);
            Assert.Equal("https://example.org/papers", chosen.Links.First().Uri.OriginalString);
        }

        [Fact]
        public async Task A_bad_link_or_title_with_a_format_that_has_no_feed_is_a_usage_error()
        {
            CliResult badLink = await Cli.RunAsync("export", "-f", "atom", "--link", "not a url");
            CliResult titleForCsv = await Cli.RunAsync("export", "-f", "csv", "--title", "x");

            Assert.Equal(2, badLink.ExitCode);
            Assert.Contains("--link", badLink.SingleErrorLine(), StringComparison.Ordinal);
            Assert.Equal(2, titleForCsv.ExitCode);
            Assert.Equal("paperdata: --title and --link apply to --format atom and rss only (see paperdata export --help)", titleForCsv.SingleErrorLine());
        }

        [Theory]
        [InlineData("atom")]
        [InlineData("rss")]
        public async Task Control_characters_and_lone_surrogates_in_a_hostile_digest_become_U_FFFD_instead_of_a_crash(string format)
        {
            string json = "[{\"title\":\"Bell\\u0007 and \\u0000null: \\uFFFE alone\",\"summary\":\"Escape \\u001b[31m red. Form feed \\f here.\","
                + "\"authors\":[{\"name\":\"Ann\\u0001\"}],\"id\":\"2501.00001\",\"publishedAt\":\"2025-01-02T00:00:00.000Z\"}]";
            using var digest = new TempDigest(json, "hostile.json");

            CliResult result = await Cli.RunAsync("export", "-f", format, "--digest", digest.Path);

            Assert.Equal(0, result.ExitCode);
            SyndicationItem item = Assert.Single(Load(result.Out).Items);
            Assert.Equal("Bell\uFFFD and \uFFFDnull: \uFFFD alone", item.Title.Text);
            Assert.Equal("Escape \uFFFD[31m red. Form feed \uFFFD here.", ((TextSyndicationContent)(item.Summary ?? item.Content)).Text);
        }

        [Fact]
        public void Lone_surrogates_become_U_FFFD_and_pairs_stay()
        {
            Assert.Equal("a\uFFFDb\uFFFD \U0001F680", Output.Feeds.XmlText.Clean("a\uD800b\uDC00 \U0001F680"));
            Assert.Equal("\uFFFD", Output.Feeds.XmlText.Clean("\uDBFF"));
            Assert.Equal("tab\tline\nreturn\r", Output.Feeds.XmlText.Clean("tab\tline\nreturn\r"));
        }

        private const string OrganizationScheme = "tag:paperdata,2025:organization";
        private const string AtomThreading = "http://purl.org/syndication/thread/1.0";
        private const string Slash = "http://purl.org/rss/1.0/modules/slash/";

        private static string[] Organizations(Paper paper) => paper.Organization is string o ? new[] { o } : Array.Empty<string>();

        /// <summary>The entry's comment count extension (thr:total in Atom, slash:comments in RSS), or null.</summary>
        private static int? Comments(SyndicationItem item, string name, string ns) =>
            item.ElementExtensions.ReadElementExtensions<int>(name, ns) is { Count: 1 } values ? values[0] : null;

        internal static string ExpectedId(Paper paper) =>
            paper.ArxivId is string arxiv ? "https://arxiv.org/abs/" + arxiv : "tag:paperdata,2025:" + paper.Id;

        /// <summary>The arXiv page first when there is one, then the paper's links in order.</summary>
        private static IEnumerable<string> ExpectedLinks(Paper paper) =>
            (paper.ArxivId is string arxiv ? new[] { "https://arxiv.org/abs/" + arxiv } : Array.Empty<string>())
                .Concat(paper.Links.Select(l => l.Url.AbsoluteUri)); // Feeds write links as absolute URIs (normalised).

        private static DateTimeOffset? Instant(PaperDate? date) =>
            date is PaperDate d && d.Year is int year ? new DateTimeOffset(year, d.Month, d.Day, 0, 0, 0, TimeSpan.Zero) : null;

        private static async Task<SyndicationFeed> LoadAsync(string format, params string[] args)
        {
            CliResult result = await Cli.RunAsync(new[] { "export", "-f", format }.Concat(args).ToArray());
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Err);
            return Load(result.Out);
        }

        private static SyndicationFeed Load(string xml)
        {
            using XmlReader reader = XmlReader.Create(new StringReader(xml));
            return SyndicationFeed.Load(reader);
        }
    }
}
