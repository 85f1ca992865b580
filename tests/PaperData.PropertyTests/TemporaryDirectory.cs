using System;
using System.IO;

namespace PaperData.PropertyTests
{
    /// <summary>A fresh directory under the system's temporary folder, deleted (as far as it can be) when disposed.</summary>
    internal sealed class TemporaryDirectory : IDisposable
    {
        public TemporaryDirectory(string purpose)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), purpose, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow file system: the temporary folder is cleaned by the system.
            }
        }
    }
}
