using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// The JSON shape of a paper, shared by export, list, search and show: rank, id, title, shortName, abstract,
    /// date {month, day, year|null}, links [{url, kind, owner, repository}]; kind is "repository", "projectPage" or "other";
    /// then the fields only JSON digests fill: arxivId, authors, publishedOn (a date or null), upvotes, keywords,
    /// aiSummary, commentCount, githubStars, organization (null where unknown); last featuredOn, every day the paper
    /// was featured (just its date unless an archive merged several days).
    /// </summary>
    internal static class PaperJson
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Indented = true, Encoder = MinimalJsonEncoder.Instance };

        /// <summary>Writes one JSON document, indented, UTF-8 with non-ASCII as is, and a final newline.</summary>
        public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                write(writer);
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        /// <summary>Writes a JSON array of papers, in the order given.</summary>
        public static void WritePapers(TextWriter output, System.Collections.Generic.IEnumerable<Paper> papers) =>
            Write(output, writer =>
            {
                writer.WriteStartArray();
                foreach (Paper paper in papers) WritePaper(writer, paper);
                writer.WriteEndArray();
            });

        public static void WritePaper(Utf8JsonWriter writer, Paper paper)
        {
            writer.WriteStartObject();
            WritePaperProperties(writer, paper);
            writer.WriteEndObject();
        }

        public static void WritePaperProperties(Utf8JsonWriter writer, Paper paper)
        {
            writer.WriteNumber("rank", paper.Rank);
            writer.WriteString("id", paper.Id);
            writer.WriteString("title", paper.Title);
            WriteStringOrNull(writer, "shortName", paper.ShortName);
            writer.WriteString("abstract", paper.Abstract);
            WriteDate(writer, "date", paper.Date);
            writer.WriteStartArray("links");
            foreach (CodeLink link in paper.Links)
            {
                writer.WriteStartObject();
                writer.WriteString("url", link.Url.OriginalString);
                writer.WriteString("kind", KindName(link.Kind));
                WriteStringOrNull(writer, "owner", link.Owner);
                WriteStringOrNull(writer, "repository", link.Repository);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteExtras(writer, paper);
        }

        private static void WriteExtras(Utf8JsonWriter writer, Paper paper)
        {
            WriteStringOrNull(writer, "arxivId", paper.ArxivId);
            WriteStrings(writer, "authors", paper.Authors);
            if (paper.PublishedOn is PaperDate published) WriteDate(writer, "publishedOn", published);
            else writer.WriteNull("publishedOn");
            WriteNumberOrNull(writer, "upvotes", paper.Upvotes);
            WriteStrings(writer, "keywords", paper.Keywords);
            WriteStringOrNull(writer, "aiSummary", paper.AiSummary);
            WriteNumberOrNull(writer, "commentCount", paper.CommentCount);
            WriteNumberOrNull(writer, "githubStars", paper.GitHubStars);
            WriteStringOrNull(writer, "organization", paper.Organization);
            writer.WriteStartArray("featuredOn");
            foreach (PaperDate day in paper.FeaturedOn) WriteDateValue(writer, day);
            writer.WriteEndArray();
        }

        private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
        {
            if (value is int number) writer.WriteNumber(name, number);
            else writer.WriteNull(name);
        }

        private static void WriteStrings(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<string> values)
        {
            writer.WriteStartArray(name);
            foreach (string value in values) writer.WriteStringValue(value);
            writer.WriteEndArray();
        }

        /// <summary>The JSON and CSV name of a link kind, camel case like the property names.</summary>
        public static string KindName(LinkKind kind) => kind switch
        {
            LinkKind.Repository => "repository",
            LinkKind.ProjectPage => "projectPage",
            _ => "other",
        };

        private static void WriteDate(Utf8JsonWriter writer, string name, PaperDate date)
        {
            writer.WritePropertyName(name);
            WriteDateValue(writer, date);
        }

        private static void WriteDateValue(Utf8JsonWriter writer, PaperDate date)
        {
            writer.WriteStartObject();
            writer.WriteNumber("month", date.Month);
            writer.WriteNumber("day", date.Day);
            if (date.Year is int year) writer.WriteNumber("year", year);
            else writer.WriteNull("year");
            writer.WriteEndObject();
        }

        private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is null) writer.WriteNull(name);
            else writer.WriteString(name, value);
        }
    }
}
