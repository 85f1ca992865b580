using System;
using System.IO;
using System.Linq;

namespace PaperData.Cli.Tests.Fetch
{
    /// <summary>An empty temporary folder for fetch's --out, deleted afterwards.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "paperdata-fetch-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        /// <summary>Every file name in the folder, hidden ones (state, temporaries) included, sorted.</summary>
        public string[] Names() => Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test over it.
            }
        }
    }
}
