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

        public static void WriteAtom(TextWriter output, IReadOnlyList<Paper> papers, FeedSettings settings) =>
            Write(output, new Atom10FeedFormatter(BuildFeed(papers, settings, AtomItem)));

        public static void WriteRss(TextWriter output, IReadOnlyList<Paper> papers, FeedSettings settings) =>
            Write(output, new Rss20FeedFormatter(ForRss(BuildFeed(papers, settings, RssItem)), serializeExtensionsAsAtom: false));

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
            var item = new SyndicationItem { Id = paper.Id, Title = new TextSyndicationContent(paper.Title), Summary = new TextSyndicationContent(paper.Abstract), LastUpdatedTime = paper.Updated };
            if (paper.PublishedOn is DateTimeOffset published) item.PublishDate = published;
            AddLinks(item, paper);
            // Atom wants an alternate link or content in every entry; a paper with no address at all gets its abstract
            // as content too rather than an invented link.
            if (paper.AlternateLink is null) item.Content = new TextSyndicationContent(paper.Abstract);
            foreach (string author in paper.Authors) item.Authors.Add(new SyndicationPerson(null, author, null));
            foreach (string keyword in paper.Keywords) item.Categories.Add(new SyndicationCategory(keyword));
            return item;
        }

        private static SyndicationItem RssItem(PaperFeedFacts paper)
        {
            var item = new SyndicationItem { Id = paper.Id, Title = new TextSyndicationContent(paper.Title), Summary = new TextSyndicationContent(paper.Abstract) };
            // pubDate only where known: the day it was featured, else its publication date; RSS has no "unknown".
            if ((paper.FeaturedOn ?? paper.PublishedOn) is DateTimeOffset date) item.PublishDate = date;
            AddLinks(item, paper);
            // RSS's <author> must be an e-mail address; names go to Dublin Core's dc:creator as feed readers expect.
            foreach (string author in paper.Authors) item.ElementExtensions.Add("creator", DublinCore, author);
            foreach (string keyword in paper.Keywords) item.Categories.Add(new SyndicationCategory(keyword));
            return item;
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
