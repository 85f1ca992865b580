using System;
using System.IO;
using System.Text;

namespace PaperData.Cli.Tests
{
    /// <summary>A digest written to a temporary file (UTF-8, no BOM, "\n" line ends) and deleted afterwards.</summary>
    internal sealed class TempDigest : IDisposable
    {
        private readonly string _directory;

        public TempDigest(string text, string name = "digest.txt")
        {
            _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "paperdata-cli-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            Path = System.IO.Path.Combine(_directory, name);
            File.WriteAllText(Path, text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));
        }

        public string Path { get; }

        /// <summary>A nonexistent file beside the digest.</summary>
        public string MissingPath => System.IO.Path.Combine(_directory, "missing.txt");

        /// <summary>A well-formed digest whose papers carry the given titles, each with a long enough abstract.</summary>
        public static string Digest(string date, params (string Title, string Abstract)[] papers)
        {
            var text = new StringBuilder(date + "\n");
            foreach ((string title, string @abstract) in papers) text.Append('\n').Append(title).Append("\n\n").Append(@abstract).Append('\n');
            return text.ToString();
        }

        /// <summary>An abstract that reads as one: long, several sentences, ending with a full stop.</summary>
        public static string Abstract(string topic) =>
            "We study " + topic + " in depth. Our method improves on the state of the art across many benchmarks and settings. "
            + "Extensive experiments confirm the gains, and we release everything for others to build on.";

        public void Dispose()
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless; never fail a test over it.
            }
        }
    }
}
