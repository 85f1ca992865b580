using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace PaperData.Cli.Output.Feeds
{
    /// <summary>
    /// Atom 1.0 and RSS 2.0 feeds with one entry per paper in catalogue order, built as a SyndicationFeed and written
    /// by its formatters through an XmlWriter (so escaping is the XML writer's job, never string concatenation).
    /// </summary>
    internal static class FeedExporter
    {
        private const string DublinCore = "http://purl.org/dc/elements/1.1/";

        /// <summary>Atom Threading Extensions (RFC 4685): thr:total, the number of responses to an entry.</summary>
        private const string AtomThreading = "http://purl.org/syndication/thread/1.0";

        /// <summary>RSS's Slash module: slash:comments, an item's comment count, as blog feeds give it.</summary>
        private const string Slash = "http://purl.org/rss/1.0/modules/slash/";

        /// <summary>The scheme (Atom) or domain (RSS) of the category that names the submitting organization.</summary>
        public const string OrganizationScheme = PaperFeedFacts.TagPrefix + "organization";

        public static void WriteAtom(TextWriter output, IReadOnlyList<Paper> papers, FeedSettings settings) =>
            Write(output, new Atom10FeedFormatter(Declare(BuildFeed(papers, settings, AtomItem), papers, "thr", AtomThreading)));

        public static void WriteRss(TextWriter output, IReadOnlyList<Paper> papers, FeedSettings settings) =>
            Write(output, new Rss20FeedFormatter(Declare(ForRss(BuildFeed(papers, settings, RssItem)), papers, "slash", Slash), serializeExtensionsAsAtom: false));

        // The comment-count namespace is declared once on the feed, and only when some paper has a count (text
        // digests' feeds stay as they were).
        private static SyndicationFeed Declare(SyndicationFeed feed, IReadOnlyList<Paper> papers, string prefix, string ns)
        {
            if (papers.Any(p => p.CommentCount is not null)) feed.AttributeExtensions.Add(new XmlQualifiedName(prefix, "http://www.w3.org/2000/xmlns/"), ns);
            return feed;
        }

        private static SyndicationFeed BuildFeed(IReadOnlyList<Paper> papers, FeedSettings settings, Func<PaperFeedFacts, SyndicationItem> item)
        {
            PaperFeedFacts[] facts = papers.Select(p => new PaperFeedFacts(p)).ToArray();
            // The newest entry dates the feed, so it changes only when the papers do.
            DateTimeOffset updated = facts.Select(f => f.Updated).DefaultIfEmpty(PaperFeedFacts.UnknownDate).Max();
            var feed = new SyndicationFeed(XmlText.Clean(settings.Title), null, settings.Link, settings.Link.OriginalString, updated, facts.Select(item).ToList())
            {
                Generator = FeedSettings.Generator,
            };
            feed.Authors.Add(new SyndicationPerson(null, FeedSettings.Generator, null));
            return feed;
        }

        private static SyndicationFeed ForRss(SyndicationFeed feed)
        {
            // RSS requires a channel description; the title is the most honest one there is.
            feed.Description = new TextSyndicationContent(feed.Title.Text);
            // Declared once on the channel so that the dc:creator elements carry a prefix instead of repeating xmlns.
            feed.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCore);
            return feed;
        }

        private static SyndicationItem AtomItem(PaperFeedFacts paper)
        {
            // The summary is the site's one-line AI summary where there is one (what a reader lists), else the
            // abstract; the content is the abstract with the site's numbers, written when it says more than the
            // summary, or when the entry has no link (Atom wants an alternate link or content in every entry).
            var item = new SyndicationItem { Id = paper.Id, Title = new TextSyndicationContent(paper.Title), Summary = new TextSyndicationContent(paper.AiSummary ?? paper.Abstract), LastUpdatedTime = paper.Updated };
            if (paper.PublishedOn is DateTimeOffset published) item.PublishDate = published;
            AddLinks(item, paper);
            if (paper.AiSummary is not null || paper.SiteLine is not null || paper.AlternateLink is null) item.Content = new TextSyndicationContent(paper.Body);
            foreach (string author in paper.Authors) item.Authors.Add(new SyndicationPerson(null, author, null));
            AddCategories(item, paper);
            if (paper.Paper.CommentCount is int comments) item.ElementExtensions.Add("total", AtomThreading, comments);
            return item;
        }

        private static SyndicationItem RssItem(PaperFeedFacts paper)
        {
            // RSS has one text, the description: the AI summary first where there is one, then the abstract and the
            // site's numbers, each after a blank line.
            string description = paper.AiSummary is string ai ? ai + "\n\n" + paper.Body : paper.Body;
            var item = new SyndicationItem { Id = paper.Id, Title = new TextSyndicationContent(paper.Title), Summary = new TextSyndicationContent(description) };
            // pubDate only where known: the day it was featured, else its publication date; RSS has no "unknown".
            if ((paper.FeaturedOn ?? paper.PublishedOn) is DateTimeOffset date) item.PublishDate = date;
            AddLinks(item, paper);
            // RSS's <author> must be an e-mail address; names go to Dublin Core's dc:creator as feed readers expect.
            foreach (string author in paper.Authors) item.ElementExtensions.Add("creator", DublinCore, author);
            AddCategories(item, paper);
            if (paper.Paper.CommentCount is int comments) item.ElementExtensions.Add("comments", Slash, comments);
            return item;
        }

        /// <summary>A category per keyword, then the organization as a category of its own scheme (RSS: domain).</summary>
        private static void AddCategories(SyndicationItem item, PaperFeedFacts paper)
        {
            foreach (string keyword in paper.Keywords) item.Categories.Add(new SyndicationCategory(keyword));
            if (paper.Organization is string organization) item.Categories.Add(new SyndicationCategory(organization, OrganizationScheme, null));
        }

        /// <summary>The alternate link (the arXiv page or else the first link) and every other link as "related", titled by kind.</summary>
        private static void AddLinks(SyndicationItem item, PaperFeedFacts paper)
        {
            foreach ((Uri url, string kind) in paper.Links)
            {
                string relation = url == paper.AlternateLink ? "alternate" : "related";
                item.Links.Add(new SyndicationLink(url, relation, kind, null, 0));
            }

            // The arXiv page is not among the paper's links; it leads the entry.
            if (paper.AlternateLink is Uri alternate && !paper.Links.Any(l => l.Url == alternate))
            {
                item.Links.Insert(0, new SyndicationLink(alternate, "alternate", "arxiv", null, 0));
            }
        }

        // UTF-8 bytes first, then text: the XML declaration says utf-8 wherever it goes, so stdout and -o FILE match.
        private static void Write(TextWriter output, SyndicationFeedFormatter formatter)
        {
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
            using var buffer = new MemoryStream();
            using (XmlWriter writer = XmlWriter.Create(buffer, settings))
            {
                formatter.WriteTo(writer);
            }

            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Write('\n');
        }
    }
}
