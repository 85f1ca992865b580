using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using PaperData.Core.Merging;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Storage;

namespace PaperData.Tasks
{
    /// <summary>What <see cref="CatalogResourceFiles.WriteClass"/> did with one catalogue class.</summary>
    public enum CatalogResourceOutcome
    {
        /// <summary>The resource and its key file were written.</summary>
        Written,

        /// <summary>
        /// No resource (and any old one removed): no digest of the class could be used (too large or binary), one
        /// is unreadable or not UTF-8, or one has an invalid Format. The generator then reports the problem (or
        /// writes the data as literals); the task never does.
        /// </summary>
        Skipped,
    }

    /// <summary>One digest file of a class: its full path and its item metadata as the targets pass it.</summary>
    public sealed class CatalogFile
    {
        /// <summary>Creates the entry.</summary>
        /// <param name="path">The digest's full path (the generator sees the same).</param>
        /// <param name="format">The <c>Format</c> metadata (null or empty: by extension).</param>
        /// <param name="className">The <c>ClassName</c> metadata (null or empty: from the file name).</param>
        /// <param name="itemNamespace">The <c>Namespace</c> metadata (null or empty: the project's default).</param>
        public CatalogFile(string path, string? format, string? className = null, string? itemNamespace = null)
        {
            Path = path;
            Format = format;
            ClassName = className;
            Namespace = itemNamespace;
        }

        /// <summary>The digest's full path.</summary>
        public string Path { get; }

        /// <summary>The <c>Format</c> metadata, or null/empty for "by extension".</summary>
        public string? Format { get; }

        /// <summary>The <c>ClassName</c> metadata, or null/empty.</summary>
        public string? ClassName { get; }

        /// <summary>The <c>Namespace</c> metadata, or null/empty.</summary>
        public string? Namespace { get; }
    }

    /// <summary>
    /// Writes one catalogue class's resource: every digest of the class read like the compiler reads it, parsed by
    /// the shared parser and merged by the shared <see cref="ArchiveMerge"/> exactly as the generator merges them
    /// (files in ordinal path order, the same files left out), the result written by the shared
    /// <see cref="CatalogDataWriter"/> and wrapped by <see cref="CatalogResource"/>. Beside it, a one-line key file
    /// (the merged content hash and the first file's format) that the targets hand to the generator, so the
    /// generated class only points at the resource when both were made from the same texts. A lone digest is a
    /// class of one file. Plain code, callable without MSBuild.
    /// </summary>
    public static class CatalogResourceFiles
    {
        /// <summary>The key file's name: the resource's name plus this.</summary>
        public const string KeyFileSuffix = ".key";

        /// <summary>The summary file's name (the class's paper count, see <see cref="WriteClass"/>): the resource's name plus this.</summary>
        public const string SummaryFileSuffix = ".summary";

        private enum Reading
        {
            Read,
            LeftOut,
            Unusable,
        }

        /// <summary>Writes <paramref name="resourceFile"/> and its key file for the one digest at <paramref name="digestPath"/>.</summary>
        /// <param name="digestPath">The digest, a full path (the generator sees the same).</param>
        /// <param name="format">The <c>Format</c> metadata, or null/empty for "by extension".</param>
        /// <param name="maxDigestBytes">PaperDataMaxDigestBytes: larger digests are skipped (the generator reports PD0101).</param>
        /// <param name="resourceFile">Where the resource goes.</param>
        /// <param name="papers">How many papers were written.</param>
        /// <param name="cancellationToken">Stops the work between papers.</param>
        /// <returns>Whether a resource was written.</returns>
        public static CatalogResourceOutcome Write(string digestPath, string? format, long maxDigestBytes, string resourceFile, out int papers, CancellationToken cancellationToken = default) =>
            WriteClass(new[] { new CatalogFile(digestPath, format) }, maxDigestBytes, resourceFile, out papers, cancellationToken);

        /// <summary>Writes <paramref name="resourceFile"/> and its key file for the class made of <paramref name="files"/>.</summary>
        /// <param name="files">Every digest of the class, in any order.</param>
        /// <param name="maxDigestBytes">PaperDataMaxDigestBytes: larger digests are left out, as the generator leaves them out (PD0101).</param>
        /// <param name="resourceFile">Where the resource goes.</param>
        /// <param name="papers">How many papers were written.</param>
        /// <param name="cancellationToken">Stops the work between papers.</param>
        /// <returns>Whether a resource was written.</returns>
        /// <param name="maxMembers">
        /// PaperDataMaxMembers (negative: no limit). A class with more papers than that, whose files all read and
        /// merged without a single diagnostic, also gets a summary file (<see cref="SummaryFileSuffix"/>): the generator
        /// then needs no paper of it (no member per paper, nothing to report) and only checks the texts' content hash
        /// instead of parsing them again.
        /// </param>
        public static CatalogResourceOutcome WriteClass(IReadOnlyList<CatalogFile> files, long maxDigestBytes, string resourceFile, out int papers, CancellationToken cancellationToken = default, int maxMembers = -1)
        {
            papers = 0;
            string keyFile = resourceFile + KeyFileSuffix;
            string summaryFile = resourceFile + SummaryFileSuffix;
            Delete(summaryFile);
            DigestFormat classFormat = DigestFormat.Text;
            bool clean = false;
            ParsedDigest? merged = files.Count == 0 ? null : Merge(files, maxDigestBytes, out classFormat, out clean, cancellationToken);
            if (merged is null)
            {
                Delete(resourceFile);
                Delete(keyFile);
                return CatalogResourceOutcome.Skipped;
            }

            string key = CatalogResource.KeyOf(merged.ContentHash, classFormat);
            var chunks = CatalogDataWriter.Write(merged.Papers, cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resourceFile))!);

            // The resource first, then its key: a key file only ever names a resource that is complete.
            Delete(keyFile);
            WriteAtomically(resourceFile, stream => CatalogResource.Write(stream, key, chunks));
            WriteAtomically(keyFile, stream =>
            {
                byte[] bytes = Encoding.ASCII.GetBytes(key);
                stream.Write(bytes, 0, bytes.Length);
            });
            papers = merged.Papers.Count;
            if (clean && maxMembers >= 0 && papers > maxMembers)
            {
                int count = papers;
                WriteAtomically(summaryFile, stream =>
                {
                    byte[] bytes = Encoding.ASCII.GetBytes(count.ToString(CultureInfo.InvariantCulture));
                    stream.Write(bytes, 0, bytes.Length);
                });
            }

            return CatalogResourceOutcome.Written;
        }

        // What the generator's Archives.Merge does with the same files: in ordinal path order, a file the compiler
        // would not read (too large, binary) is left out before merging, the rest merge by the shared rules, and the
        // class's format is its first file's. Null when no resource can be written: no file left, a Format that is
        // not one, or a file this task cannot decode as the compiler would (its data then stays in literals).
        // Clean: every file read and the merge (parsing included) reported nothing.
        private static ParsedDigest? Merge(IReadOnlyList<CatalogFile> files, long maxDigestBytes, out DigestFormat classFormat, out bool clean, CancellationToken cancellationToken)
        {
            var sorted = new List<CatalogFile>(files);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            classFormat = DigestFormat.Text;
            clean = false;
            bool leftOut = false;
            var parts = new List<ArchivePart>(sorted.Count);
            for (int i = 0; i < sorted.Count; i++)
            {
                CatalogFile file = sorted[i];
                if (!DigestReader.TryReadFormat(file.Format, out DigestFormat? forced)) return null;
                DigestFormat format = DigestReader.FormatOf(file.Path, forced);
                if (i == 0) classFormat = format;
                Reading reading = ReadLikeTheCompiler(file.Path, maxDigestBytes, out string? text);
                if (reading == Reading.Unusable) return null;
                if (reading == Reading.LeftOut)
                {
                    leftOut = true;
                    continue;
                }

                parts.Add(new ArchivePart(file.Path, format, DigestReader.Parse(text!, file.Path, forced, cancellationToken)));
            }

            if (parts.Count == 0) return null;
            ArchiveResult result = ArchiveMerge.Merge(parts, cancellationToken);
            clean = !leftOut && result.Diagnostics.Count == 0;
            return result.Digest;
        }

        /// <summary>
        /// The text as Roslyn reads an additional file: a byte-order mark decides the encoding, else strict UTF-8.
        /// Left out, as the generator leaves it out, when too large or binary; unusable when missing, unreadable
        /// or not UTF-8 (Roslyn would decode a legacy code page), so keys never differ just by decoding.
        /// </summary>
        private static Reading ReadLikeTheCompiler(string path, long maxDigestBytes, out string? text)
        {
            text = null;
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists) return Reading.Unusable;
                if (info.Length > maxDigestBytes) return Reading.LeftOut;
                using var reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
                text = reader.ReadToEnd();
                return text.Length > maxDigestBytes || BinaryText.LooksBinary(text) ? Reading.LeftOut : Reading.Read;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is DecoderFallbackException)
            {
                return Reading.Unusable;
            }
        }

        private static void WriteAtomically(string path, Action<Stream> write)
        {
            string temporary = path + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            Delete(path);
            File.Move(temporary, path);
        }

        private static void Delete(string path)
        {
            if (File.Exists(path)) File.Delete(path);
        }
    }
}
