using System;
using System.IO;
using System.Linq;

namespace PaperData.Cli.Diff
{
    /// <summary>
    /// One side of a diff: a digest file, or a directory whose *.txt and *.json digests are merged in name order and
    /// renumbered (as repeated --digest options are).
    /// </summary>
    internal static class DigestSource
    {
        public static PaperCatalog Load(string path, TextWriter warnings)
        {
            if (!Directory.Exists(path)) return DigestFiles.LoadMerged(new[] { path }, warnings);

            string[] files = Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .ToArray();
            // An empty directory is most likely a wrong path; comparing it as "no papers" would report everything removed.
            if (files.Length == 0) throw new CliFailure(ExitCodes.IoError, "cannot read digests in '" + path + "': no *.txt or *.json file");
            return DigestFiles.LoadMerged(files, warnings);
        }
    }
}
