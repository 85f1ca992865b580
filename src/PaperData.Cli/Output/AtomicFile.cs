using System;
using System.IO;

namespace PaperData.Cli.Output
{
    /// <summary>
    /// Writes a file so that readers see the old content or the new, never half of it: the bytes go to a temporary
    /// file in the same folder (same volume, so the rename is atomic), which then replaces the target.
    /// </summary>
    internal static class AtomicFile
    {
        /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any failure the target is untouched.</summary>
        public static void Write(string path, Action<Stream> write)
        {
            string full = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(full) ?? ".";
            Directory.CreateDirectory(directory);
            string temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temp, full, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }

        /// <summary>Writes text as UTF-8 without a byte-order mark, with LF line ends as the writer produces them.</summary>
        public static void WriteText(string path, Action<TextWriter> write) =>
            Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
                write(writer);
            });
    }
}
