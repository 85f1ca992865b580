using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using PaperData.Core.Naming;
using PaperData.Core.Storage;

namespace PaperData.Tasks
{
    /// <summary>One generated catalogue class, its digests and the files its resource is written to.</summary>
    public sealed class CatalogClass
    {
        /// <summary>Creates the entry.</summary>
        /// <param name="fullName">Namespace and class name, as the generator computes them.</param>
        /// <param name="resourceName">The manifest resource name (also the resource file's name).</param>
        /// <param name="resourceFile">Where the resource is written.</param>
        /// <param name="files">The class's digests in ordinal path order.</param>
        public CatalogClass(string fullName, string resourceName, string resourceFile, IReadOnlyList<CatalogFile> files)
        {
            FullName = fullName;
            ResourceName = resourceName;
            ResourceFile = resourceFile;
            Files = files;
        }

        /// <summary>Namespace and class name, as the generator computes them.</summary>
        public string FullName { get; }

        /// <summary>The manifest resource name, also the resource file's name.</summary>
        public string ResourceName { get; }

        /// <summary>Where the resource is written.</summary>
        public string ResourceFile { get; }

        /// <summary>
        /// The class's input list (<see cref="CatalogClasses.InputsFileSuffix"/>): its digests and what else decides
        /// the resource. Rewritten only when that changes, so a digest added to or removed from the class makes the
        /// resource out of date even when every digest is older than it.
        /// </summary>
        public string InputsFile => ResourceFile + CatalogClasses.InputsFileSuffix;

        /// <summary>The class's digests, in ordinal path order.</summary>
        public IReadOnlyList<CatalogFile> Files { get; }
    }

    /// <summary>
    /// Assigns every digest the class it generates (the shared <see cref="CatalogNames"/>, as the generator does) and
    /// that class's resource, without reading any digest: cheap enough to run in every build, before the per-class
    /// target that writes only the resources that are out of date. Plain code, callable without MSBuild.
    /// </summary>
    public static class CatalogClasses
    {
        /// <summary>The input list's name: the resource's name plus this.</summary>
        public const string InputsFileSuffix = ".inputs";

        // Keeps file names short on every file system; the hash keeps them apart.
        private const int MaxNameLength = 80;

        /// <summary>
        /// The digests grouped by class (ordinal full-name order), each class with its resource under
        /// <paramref name="resourceDirectory"/>; writes each class's input list where it changed.
        /// </summary>
        /// <param name="digests">The accepted PaperDigest items.</param>
        /// <param name="rootNamespace">RootNamespace.</param>
        /// <param name="defaultNamespace">PaperDataNamespace.</param>
        /// <param name="resourceDirectory">Where resources go (obj/.../paperdata).</param>
        /// <param name="maxDigestBytes">PaperDataMaxDigestBytes, part of every input list (it decides which digests are left out).</param>
        /// <returns>One entry per class.</returns>
        public static IReadOnlyList<CatalogClass> Assign(IReadOnlyList<CatalogFile> digests, string? rootNamespace, string? defaultNamespace, string resourceDirectory, long maxDigestBytes)
        {
            var byClass = new SortedDictionary<string, List<CatalogFile>>(StringComparer.Ordinal);
            foreach (CatalogFile digest in digests)
            {
                string fullName = CatalogNames.FullNameOf(digest.Path, digest.ClassName, digest.Namespace, defaultNamespace, rootNamespace);
                if (!byClass.TryGetValue(fullName, out List<CatalogFile>? files)) byClass.Add(fullName, files = new List<CatalogFile>());
                files.Add(digest);
            }

            var classes = new List<CatalogClass>(byClass.Count);
            foreach (KeyValuePair<string, List<CatalogFile>> entry in byClass)
            {
                entry.Value.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                string name = ResourceNameOf(entry.Key);
                var catalog = new CatalogClass(entry.Key, name, Path.Combine(resourceDirectory, name), entry.Value);
                WriteIfChanged(catalog.InputsFile, InputListOf(catalog, maxDigestBytes));
                classes.Add(catalog);
            }

            return classes;
        }

        /// <summary>
        /// The manifest resource name of a class: <c>PaperData.{full name}-{8 hex}.pdcat</c>, the hex part hashing
        /// the full name, so two classes never share a resource, not even on a file system that ignores case.
        /// </summary>
        public static string ResourceNameOf(string fullName)
        {
            var name = new StringBuilder("PaperData.");
            foreach (char c in fullName)
            {
                if (name.Length >= MaxNameLength) break;
                name.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
            }

            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(fullName));
            name.Append('-');
            for (int i = 0; i < 4; i++) name.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            return name.Append(CatalogResource.Extension).ToString();
        }

        private static string InputListOf(CatalogClass catalog, long maxDigestBytes)
        {
            var list = new StringBuilder();
            list.Append("class ").Append(catalog.FullName).Append('\n');
            list.Append("max-digest-bytes ").Append(maxDigestBytes.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (CatalogFile file in catalog.Files) list.Append("digest ").Append(file.Path).Append(" format=").Append(file.Format ?? string.Empty).Append('\n');
            return list.ToString();
        }

        private static void WriteIfChanged(string path, string content)
        {
            try
            {
                if (File.Exists(path) && string.Equals(File.ReadAllText(path, Encoding.UTF8), content, StringComparison.Ordinal)) return;
            }
            catch (IOException)
            {
                // Unreadable: write it again.
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }
    }
}
