using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PaperData.Tasks
{
    /// <summary>
    /// Writes the catalogue resource of every class it is given (the targets call it once per out-of-date class).
    /// Each item carries <c>ResourceFile</c> (the same for every digest of a class) and optional <c>Format</c>;
    /// the digests of one resource file are merged into it as the generator merges them. Problems in a digest are
    /// the generator's to report, at its file(line,col); this task only logs what it wrote.
    /// </summary>
    public sealed class WriteCatalogResources : Task, ICancelableTask
    {
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();

        /// <summary>The PaperDigest items, each with <c>ResourceFile</c> (and optional <c>Format</c>) metadata.</summary>
        [Required]
        public ITaskItem[] Digests { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>PaperDataMaxDigestBytes.</summary>
        public long MaxDigestBytes { get; set; } = 128L * 1024 * 1024;

        /// <summary>PaperDataMaxMembers as written (a whole number; anything else writes no summary, see <see cref="CatalogResourceFiles.WriteClass"/>).</summary>
        public string? MaxMembers { get; set; }

        /// <inheritdoc />
        public void Cancel() => _cancel.Cancel();

        // Negative (no summary) unless a plain whole number: the generator parses in full whenever it is unsure.
        private int MaxMembersLimit() =>
            int.TryParse(MaxMembers, NumberStyles.None, CultureInfo.InvariantCulture, out int limit) ? limit : -1;

        /// <inheritdoc />
        public override bool Execute()
        {
            var order = new List<string>();
            var byResource = new Dictionary<string, List<CatalogFile>>(StringComparer.Ordinal);
            foreach (ITaskItem digest in Digests)
            {
                string resource = digest.GetMetadata("ResourceFile");
                if (!byResource.TryGetValue(resource, out List<CatalogFile>? files))
                {
                    byResource.Add(resource, files = new List<CatalogFile>());
                    order.Add(resource);
                }

                files.Add(new CatalogFile(digest.GetMetadata("FullPath"), digest.GetMetadata("Format")));
            }

            foreach (string resource in order)
            {
                if (_cancel.IsCancellationRequested) return false;
                List<CatalogFile> files = byResource[resource];
                string what = files.Count == 1 ? files[0].Path : files.Count.ToString(CultureInfo.InvariantCulture) + " digests";
                try
                {
                    CatalogResourceOutcome outcome = CatalogResourceFiles.WriteClass(files, MaxDigestBytes, resource, out int papers, _cancel.Token, MaxMembersLimit());
                    Log.LogMessage(MessageImportance.Low, outcome == CatalogResourceOutcome.Written
                        ? "PaperData: " + what + " -> " + resource + " (" + papers.ToString(CultureInfo.InvariantCulture) + " papers)"
                        : "PaperData: no resource for " + what + " (its data is compiled into the code, or the generator reports why not)");
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
                catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
                {
                    Log.LogError("PaperData could not write the catalogue resource " + resource + " for " + what + ": " + e.Message);
                }
            }

            return !Log.HasLoggedErrors;
        }
    }
}
