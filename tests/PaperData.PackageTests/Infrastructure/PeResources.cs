using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>Reads a built assembly's manifest resource names without loading it.</summary>
    internal static class PeResources
    {
        public static string[] Names(string assemblyPath)
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            MetadataReader metadata = pe.GetMetadataReader();
            return metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToArray();
        }
    }
}
