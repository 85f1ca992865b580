using System;
using System.Collections.Generic;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PaperData.Tasks
{
    /// <summary>
    /// Gives every PaperDigest item the class it generates and that class's resource (<see cref="CatalogClasses"/>),
    /// reading no digest: the targets run it in every build, then write out-of-date resources one class at a time.
    /// </summary>
    public sealed class AssignCatalogClasses : Task
    {
        /// <summary>The accepted PaperDigest items (full paths), with their ClassName, Namespace and Format metadata.</summary>
        [Required]
        public ITaskItem[] Digests { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>RootNamespace.</summary>
        public string? RootNamespace { get; set; }

        /// <summary>PaperDataNamespace.</summary>
        public string? DefaultNamespace { get; set; }

        /// <summary>Where the resources go.</summary>
        [Required]
        public string ResourceDirectory { get; set; } = string.Empty;

        /// <summary>PaperDataMaxDigestBytes.</summary>
        public long MaxDigestBytes { get; set; } = 128L * 1024 * 1024;

        /// <summary>
        /// The digests again, each with <c>PaperDataClass</c>, <c>ResourceName</c>, <c>ResourceFile</c> and
        /// <c>ResourceInputs</c> (the class's input list) metadata, the same for every digest of a class.
        /// </summary>
        [Output]
        public ITaskItem[] AssignedDigests { get; private set; } = Array.Empty<ITaskItem>();

        /// <summary>One item per class: the resource file, with <c>ResourceName</c> and <c>PaperDataClass</c> metadata.</summary>
        [Output]
        public ITaskItem[] Catalogs { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            var files = new List<CatalogFile>(Digests.Length);
            var items = new Dictionary<string, List<ITaskItem>>(StringComparer.Ordinal);
            foreach (ITaskItem digest in Digests)
            {
                string path = digest.GetMetadata("FullPath");
                files.Add(new CatalogFile(path, digest.GetMetadata("Format"), digest.GetMetadata("ClassName"), digest.GetMetadata("Namespace")));
                if (!items.TryGetValue(path, out List<ITaskItem>? same)) items.Add(path, same = new List<ITaskItem>());
                same.Add(digest);
            }

            IReadOnlyList<CatalogClass> classes;
            try
            {
                classes = CatalogClasses.Assign(files, RootNamespace, DefaultNamespace, ResourceDirectory, MaxDigestBytes);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
            {
                Log.LogError("PaperData could not write the catalogue input lists under " + ResourceDirectory + ": " + e.Message);
                return false;
            }

            var assigned = new List<ITaskItem>(Digests.Length);
            var catalogs = new List<ITaskItem>(classes.Count);
            foreach (CatalogClass catalog in classes)
            {
                var item = new TaskItem(catalog.ResourceFile);
                item.SetMetadata("ResourceName", catalog.ResourceName);
                item.SetMetadata("PaperDataClass", catalog.FullName);
                catalogs.Add(item);
                foreach (CatalogFile file in catalog.Files)
                {
                    if (!items.TryGetValue(file.Path, out List<ITaskItem>? same) || same.Count == 0) continue;
                    var digest = new TaskItem(same[0]);
                    same.RemoveAt(0);
                    digest.SetMetadata("PaperDataClass", catalog.FullName);
                    digest.SetMetadata("ResourceName", catalog.ResourceName);
                    digest.SetMetadata("ResourceFile", catalog.ResourceFile);
                    digest.SetMetadata("ResourceInputs", catalog.InputsFile);
                    assigned.Add(digest);
                }
            }

            AssignedDigests = assigned.ToArray();
            Catalogs = catalogs.ToArray();
            return true;
        }
    }
}
