using System;
using System.Globalization;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PaperData.Tasks
{
    /// <summary>
    /// Writes the catalogue resource of every digest it is given (the targets pass only those whose resource is
    /// out of date). Each item carries <c>Format</c> and <c>ResourceFile</c>. Problems in a digest are the
    /// generator's to report, at its file(line,col); this task only logs what it wrote.
    /// </summary>
    public sealed class WriteCatalogResources : Task, ICancelableTask
    {
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();

        /// <summary>The PaperDigest items, each with <c>ResourceFile</c> (and optional <c>Format</c>) metadata.</summary>
        [Required]
        public ITaskItem[] Digests { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>PaperDataMaxDigestBytes.</summary>
        public long MaxDigestBytes { get; set; } = 128L * 1024 * 1024;

        /// <inheritdoc />
        public void Cancel() => _cancel.Cancel();

        /// <inheritdoc />
        public override bool Execute()
        {
            foreach (ITaskItem digest in Digests)
            {
                if (_cancel.IsCancellationRequested) return false;
                string path = digest.GetMetadata("FullPath");
                string resource = digest.GetMetadata("ResourceFile");
                try
                {
                    CatalogResourceOutcome outcome = CatalogResourceFiles.Write(path, digest.GetMetadata("Format"), MaxDigestBytes, resource, out int papers, _cancel.Token);
                    Log.LogMessage(MessageImportance.Low, outcome == CatalogResourceOutcome.Written
                        ? "PaperData: " + path + " -> " + resource + " (" + papers.ToString(CultureInfo.InvariantCulture) + " papers)"
                        : "PaperData: no resource for " + path + " (its data is compiled into the code, or the generator reports why not)");
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
                catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
                {
                    Log.LogError("PaperData could not write the catalogue resource " + resource + " for " + path + ": " + e.Message);
                }
            }

            return !Log.HasLoggedErrors;
        }
    }
}
