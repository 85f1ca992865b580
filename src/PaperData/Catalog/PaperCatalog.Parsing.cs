using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;

namespace PaperData
{
    /// <summary>The formats a digest can be written in.</summary>
    public enum PaperDigestFormat
    {
        /// <summary>The Daily Papers page copied as text (a date line, then title and abstract paragraphs).</summary>
        Text = 0,

        /// <summary>The site's JSON: the array of <c>/api/daily_papers</c>, or paper objects of <c>/api/papers/{id}</c>.</summary>
        Json = 1,
    }

    public sealed partial class PaperCatalog
    {
        /// <summary>
        /// Parses a text digest read at run time, with the same parser the generator uses. Never throws on bad text:
        /// the problems are in <see cref="Diagnostics"/>, and every error says what was left out.
        /// </summary>
        public static PaperCatalog Parse(string text) => Parse(text, null);

        /// <summary>Parses a text digest; <paramref name="path"/> only labels the diagnostics.</summary>
        public static PaperCatalog Parse(string text, string? path) => Parse(text, PaperDigestFormat.Text, path);

        /// <summary>Parses a digest in the given format; <paramref name="path"/> only labels the diagnostics.</summary>
        public static PaperCatalog Parse(string text, PaperDigestFormat format, string? path = null)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            ParsedDigest digest = DigestReader.Parse(text, path, CoreKinds.ToCore(format));
            return new PaperCatalog(ToPapers(digest), ToDiagnostics(digest, path));
        }

        /// <summary>
        /// Parses the site's JSON (<c>/api/daily_papers</c> or <c>/api/papers/{id}</c>). Never throws on bad JSON:
        /// the problems, with line and column, are in <see cref="Diagnostics"/>.
        /// </summary>
        public static PaperCatalog ParseJson(string json, string? path = null) => Parse(json, PaperDigestFormat.Json, path);

        /// <summary>
        /// Reads and parses a digest file (UTF-8, or UTF-16 with its byte-order mark): JSON when the name ends
        /// in <c>.json</c>, else text. Invalid UTF-8 reads as U+FFFD and is kept as such.
        /// </summary>
        /// <remarks>
        /// A directory is read as an archive: every <c>*.json</c> and <c>*.txt</c> in it (not its subdirectories)
        /// merged into one catalogue by the generator's rules (see <see cref="Merge"/>); the diagnostics name each file.
        /// </remarks>
        /// <exception cref="FileNotFoundException">The file or its directory does not exist; the message names the path.</exception>
        /// <exception cref="IOException">The file cannot be read (access denied, locked, a directory without digests); the message names the path and the reason.</exception>
        public static PaperCatalog Load(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (Directory.Exists(path)) return LoadArchive(path);
            return Load(path, CoreKinds.ToPublic(DigestReader.FormatOf(path, null)));
        }

        /// <summary>Reads and parses a digest file in the given format, whatever its extension.</summary>
        /// <exception cref="FileNotFoundException">The file or its directory does not exist; the message names the path.</exception>
        /// <exception cref="IOException">The file cannot be read (a directory, access denied, locked); the message names the path and the reason.</exception>
        public static PaperCatalog Load(string path, PaperDigestFormat format)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            return Parse(ReadDigest(path), format, path);
        }

        /// <summary>Files larger than this are refused by <see cref="Load(string)"/> (the generator's default cap too).</summary>
        public const long MaxDigestBytes = 128L * 1024 * 1024;

        // One exception family with one message shape, whatever the platform reports: callers catch IOException.
        private static string ReadDigest(string path)
        {
            string prefix = "Cannot load the digest '" + path + "': ";
            if (Directory.Exists(path)) throw new IOException(prefix + "it is a directory, not a file.");
            long size;
            string? text = null;
            try
            {
                size = new FileInfo(path).Length;
                if (size <= MaxDigestBytes) text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                throw new FileNotFoundException(prefix + "the file does not exist.", path, e);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
            {
                throw new IOException(prefix + e.Message, e);
            }

            if (text is null)
            {
                throw new IOException(prefix + "it is " + size.ToString(CultureInfo.InvariantCulture)
                    + " bytes, above the limit of " + MaxDigestBytes.ToString(CultureInfo.InvariantCulture) + " bytes.");
            }

            if (BinaryText.LooksBinary(text))
            {
                throw new IOException(prefix + "it is not text (its start is full of NUL or undecodable bytes).");
            }

            return text;
        }

        internal static List<Paper> ToPapers(ParsedDigest digest)
        {
            var papers = new List<Paper>(digest.Papers.Count);
            foreach (ParsedPaper parsed in digest.Papers)
            {
                var links = new List<CodeLink>(parsed.Links.Count);
                foreach (ParsedLink link in parsed.Links)
                {
                    links.Add(new CodeLink(link.Url, CoreKinds.ToPublic(link.Kind), link.Owner, link.Repository));
                }

                PaperExtras extras = parsed.Extras;
                papers.Add(new Paper(parsed.Rank, parsed.Id, parsed.Title, parsed.ShortName, parsed.Abstract, ToDate(parsed.Date), links)
                {
                    ArxivId = extras.ArxivId,
                    Authors = extras.Authors,
                    PublishedOn = extras.PublishedOn is DigestDate published ? ToDate(published) : null,
                    Upvotes = extras.Upvotes,
                    Keywords = extras.Keywords,
                    AiSummary = extras.AiSummary,
                    CommentCount = extras.CommentCount,
                    GitHubStars = extras.GitHubStars,
                    Organization = extras.Organization,
                    FeaturedOn = parsed.FeaturedOn.Count == 0 ? Array.Empty<PaperDate>() : Array.ConvertAll(ToArray(parsed.FeaturedOn), ToDate),
                });
            }

            return papers;
        }

        private static PaperDate ToDate(DigestDate date) => new PaperDate(date.Month, date.Day, date.Year);

        private static DigestDate[] ToArray(EquatableArray<DigestDate> dates) => new List<DigestDate>(dates).ToArray();

        internal static List<PaperDiagnostic> ToDiagnostics(ParsedDigest digest, string? path)
        {
            var diagnostics = new List<PaperDiagnostic>(digest.Diagnostics.Count);
            foreach (DigestDiagnostic d in digest.Diagnostics)
            {
                diagnostics.Add(new PaperDiagnostic(d.Id, CoreKinds.ToPublic(d.Severity), d.Message, path,
                    d.Line, d.Column, d.EndLine, d.EndColumn));
            }

            return diagnostics;
        }
    }
}
