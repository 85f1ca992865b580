using System;
using System.Collections.Generic;
using System.IO;
using System.Security;

namespace PaperData.Cli
{
    /// <summary>Reads digest files at run time with the library's parser, turning I/O trouble into one clear line.</summary>
    internal static class DigestFiles
    {
        /// <summary>Parses one digest, or a directory as an archive (PaperCatalog.Load merges its files); a missing or unreadable one becomes a <see cref="CliFailure"/> with exit code 4.</summary>
        public static PaperCatalog Load(string path)
        {
            try
            {
                return PaperCatalog.Load(path);
            }
            catch (Exception e) when (IsIoProblem(e))
            {
                throw new CliFailure(ExitCodes.IoError, "cannot read digest '" + path + "': " + Describe(e, path));
            }
        }

        /// <summary>
        /// The catalogue the reading commands use: the bundled one, or the given digests merged in order. Merged papers
        /// are renumbered so ranks stay unique; each digest's diagnostics go to <paramref name="problems"/> (stderr) with
        /// their own severity, "paperdata: x.txt(7,1): error PD0003: ...", and do not fail the command: the papers
        /// that were read are still worth showing (<c>check</c> is the command that fails on them).
        /// </summary>
        public static PaperCatalog LoadMerged(IReadOnlyList<string>? paths, TextWriter problems)
        {
            if (paths is null || paths.Count == 0) return TrendingPapers.Catalog;

            var papers = new List<Paper>();
            var diagnostics = new List<PaperDiagnostic>();
            foreach (string path in paths)
            {
                PaperCatalog catalog = Load(path);
                foreach (PaperDiagnostic diagnostic in catalog.Diagnostics)
                {
                    problems.WriteLine("paperdata: " + diagnostic);
                    diagnostics.Add(diagnostic);
                }

                foreach (Paper paper in catalog.Papers)
                {
                    papers.Add(paths.Count == 1 ? paper : paper with { Rank = papers.Count + 1 });
                }
            }

            return new PaperCatalog(papers, diagnostics);
        }

        private static bool IsIoProblem(Exception e) =>
            e is IOException || e is UnauthorizedAccessException || e is SecurityException || e is NotSupportedException
            || e is ArgumentException;

        private static string Describe(Exception e, string path) => e switch
        {
            FileNotFoundException => "no such file",
            DirectoryNotFoundException => "no such directory",
            UnauthorizedAccessException => "access denied (or it is a directory)",
            ArgumentException => "not a valid path",
            _ => WithoutLibraryPrefix(e.Message, path),
        };

        // PaperCatalog.Load names the path itself ("Cannot load the digest 'p': reason"); the line above already does.
        private static string WithoutLibraryPrefix(string message, string path)
        {
            string prefix = "Cannot load the digest '" + path + "': ";
            return message.StartsWith(prefix, StringComparison.Ordinal) ? message.Substring(prefix.Length) : message;
        }
    }
}
