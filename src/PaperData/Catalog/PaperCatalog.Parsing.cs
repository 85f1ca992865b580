using System;
using System.Collections.Generic;
using System.IO;
using PaperData.Parsing;

namespace PaperData
{
    public sealed partial class PaperCatalog
    {
        /// <summary>
        /// Parses a digest read at run time, with the same parser the generator uses. Never throws on bad text:
        /// the problems are in <see cref="Diagnostics"/>, and every error says what was left out.
        /// </summary>
        public static PaperCatalog Parse(string text) => Parse(text, null);

        /// <summary>Parses a digest; <paramref name="path"/> only labels the diagnostics.</summary>
        public static PaperCatalog Parse(string text, string? path)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            ParsedDigest digest = DigestParser.Parse(text);
            return new PaperCatalog(ToPapers(digest), ToDiagnostics(digest, path));
        }

        /// <summary>
        /// Reads and parses a digest file (UTF-8, or UTF-16/UTF-32 with its byte-order mark). Problems in the text are
        /// in <see cref="Diagnostics"/>, labelled with <paramref name="path"/>; only a file that cannot be read throws.
        /// </summary>
        /// <exception cref="FileNotFoundException">The file or its directory does not exist; the message names the path.</exception>
        /// <exception cref="IOException">The file cannot be read (a directory, access denied, locked); the message names the path and the reason.</exception>
        public static PaperCatalog Load(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            return Parse(ReadDigest(path), path);
        }

        // One exception family with one message shape, whatever the platform reports: callers catch IOException.
        private static string ReadDigest(string path)
        {
            string prefix = "Cannot load the digest '" + path + "': ";
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                throw new FileNotFoundException(prefix + "the file does not exist.", path, e);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
            {
                throw new IOException(prefix + e.Message, e);
            }
        }

        internal static List<Paper> ToPapers(ParsedDigest digest)
        {
            var papers = new List<Paper>(digest.Papers.Count);
            foreach (ParsedPaper parsed in digest.Papers)
            {
                var links = new List<CodeLink>(parsed.Links.Count);
                foreach (ParsedLink link in parsed.Links)
                {
                    links.Add(new CodeLink(link.Url, (LinkKind)(int)link.Kind, link.Owner, link.Repository));
                }

                papers.Add(new Paper(parsed.Rank, parsed.Id, parsed.Title, parsed.ShortName, parsed.Abstract,
                    new PaperDate(parsed.Date.Month, parsed.Date.Day, parsed.Date.Year), links));
            }

            return papers;
        }

        internal static List<PaperDiagnostic> ToDiagnostics(ParsedDigest digest, string? path)
        {
            var diagnostics = new List<PaperDiagnostic>(digest.Diagnostics.Count);
            foreach (DigestDiagnostic d in digest.Diagnostics)
            {
                diagnostics.Add(new PaperDiagnostic(d.Id, (PaperDiagnosticSeverity)(int)d.Severity, d.Message, path,
                    d.Line, d.Column, d.EndLine, d.EndColumn));
            }

            return diagnostics;
        }
    }
}
