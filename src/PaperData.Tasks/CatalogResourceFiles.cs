using System;
using System.IO;
using System.Text;
using System.Threading;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Storage;

namespace PaperData.Tasks
{
    /// <summary>What <see cref="CatalogResourceFiles.Write"/> did with one digest.</summary>
    public enum CatalogResourceOutcome
    {
        /// <summary>The resource and its key file were written.</summary>
        Written,

        /// <summary>
        /// No resource (and any old one removed): the digest is too large, unreadable, not UTF-8 or has an invalid
        /// Format. The generator then reports the problem (or writes the data as literals); the task never does.
        /// </summary>
        Skipped,
    }

    /// <summary>
    /// Writes one digest's catalogue resource: the digest parsed by the shared parser, its data written by the
    /// shared <see cref="CatalogDataWriter"/>, wrapped by <see cref="CatalogResource"/>. Beside it, a one-line
    /// key file (content hash and format) that the targets hand to the generator, so the generated class only
    /// points at the resource when both were made from the same text. Plain code, callable without MSBuild.
    /// </summary>
    public static class CatalogResourceFiles
    {
        /// <summary>The key file's name: the resource's name plus this.</summary>
        public const string KeyFileSuffix = ".key";

        /// <summary>Writes <paramref name="resourceFile"/> and its key file for the digest at <paramref name="digestPath"/>.</summary>
        /// <param name="digestPath">The digest, a full path (the generator sees the same).</param>
        /// <param name="format">The <c>Format</c> metadata, or null/empty for "by extension".</param>
        /// <param name="maxDigestBytes">PaperDataMaxDigestBytes: larger digests are skipped (the generator reports PD0101).</param>
        /// <param name="resourceFile">Where the resource goes.</param>
        /// <param name="papers">How many papers were written.</param>
        /// <param name="cancellationToken">Stops the work between papers.</param>
        /// <returns>Whether a resource was written.</returns>
        public static CatalogResourceOutcome Write(string digestPath, string? format, long maxDigestBytes, string resourceFile, out int papers, CancellationToken cancellationToken = default)
        {
            papers = 0;
            string keyFile = resourceFile + KeyFileSuffix;
            string? text = ReadLikeTheCompiler(digestPath, maxDigestBytes);
            if (text is null || BinaryText.LooksBinary(text) || !DigestReader.TryReadFormat(format, out DigestFormat? forced))
            {
                Delete(resourceFile);
                Delete(keyFile);
                return CatalogResourceOutcome.Skipped;
            }

            ParsedDigest digest = DigestReader.Parse(text, digestPath, forced, cancellationToken);
            string key = CatalogResource.KeyOf(digest.ContentHash, DigestReader.FormatOf(digestPath, forced));
            var chunks = CatalogDataWriter.Write(digest.Papers, cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resourceFile))!);

            // The resource first, then its key: a key file only ever names a resource that is complete.
            Delete(keyFile);
            WriteAtomically(resourceFile, stream => CatalogResource.Write(stream, key, chunks));
            WriteAtomically(keyFile, stream =>
            {
                byte[] bytes = Encoding.ASCII.GetBytes(key);
                stream.Write(bytes, 0, bytes.Length);
            });
            papers = digest.Papers.Count;
            return CatalogResourceOutcome.Written;
        }

        /// <summary>
        /// The text as Roslyn reads an additional file: a byte-order mark decides the encoding, else strict UTF-8.
        /// Anything Roslyn would decode otherwise (a legacy code page) gets no resource, so the keys never differ
        /// just by decoding. Null when missing, too large or not UTF-8.
        /// </summary>
        private static string? ReadLikeTheCompiler(string path, long maxDigestBytes)
        {
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length > maxDigestBytes) return null;
                using var reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
                string text = reader.ReadToEnd();
                return text.Length > maxDigestBytes ? null : text;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is DecoderFallbackException)
            {
                return null;
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
