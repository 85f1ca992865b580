using System;
using System.IO;
using System.Reflection;
using PaperData.Core.Storage;

namespace PaperData.Generated
{
    /// <summary>
    /// The chunks of a catalogue that the build wrote as an embedded resource (<see cref="CatalogResource"/>).
    /// A resource of an assembly loaded from disk is part of its mapped image: the chunks are spans over that
    /// memory, nothing is copied. Any other stream (a dynamic or in-memory assembly) is read into one array.
    /// Checks, before any paper is read, that the resource was written for the digest the class was generated from.
    /// </summary>
    internal sealed unsafe class ResourceChunks
    {
        private readonly byte* _image;
        private readonly byte[]? _copy;
        private readonly long[] _offsets;
        private readonly int[] _lengths;

        // Keeps the stream (and so the mapping it reads) reachable for as long as the catalogue is.
        private readonly Stream _stream;

        private ResourceChunks(Stream stream, byte* image, byte[]? copy, long[] offsets, int[] lengths)
        {
            _stream = stream;
            _image = image;
            _copy = copy;
            _offsets = offsets;
            _lengths = lengths;
        }

        public static ResourceChunks Open(Assembly assembly, string resourceName, string key, string className, string digest)
        {
            Stream? stream = assembly.GetManifestResourceStream(resourceName);
            if (stream is null)
            {
                throw Problem(className, digest, "the assembly " + assembly.GetName().Name + " has no resource '" + resourceName
                    + "'. The PaperData build task writes it; build with the PaperData package's MSBuild targets, or"
                    + " set <PaperDataEmbedResources>false</PaperDataEmbedResources> to compile the data into the code");
            }

            byte* image = null;
            byte[]? copy = null;
            ReadOnlySpan<byte> data;
            if (stream is UnmanagedMemoryStream mapped)
            {
                image = mapped.PositionPointer;
                data = new ReadOnlySpan<byte>(image, checked((int)mapped.Length));
            }
            else
            {
                copy = new byte[stream.Length];
                int read = 0;
                while (read < copy.Length)
                {
                    int n = stream.Read(copy, read, copy.Length - read);
                    if (n == 0) break;
                    read += n;
                }

                data = copy;
            }

            if (!CatalogResource.TryReadHeader(data, out int version, out string found, out long[] offsets, out int[] lengths))
            {
                throw Problem(className, digest, "the resource '" + resourceName + "' is not PaperData catalogue data (or is damaged); rebuild the project");
            }

            if (version != DataFormat.Version)
            {
                throw Problem(className, digest, "the resource '" + resourceName + "' holds data format " + version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " but this PaperData library reads format " + DataFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + "; build with the generator, task and library of one package version");
            }

            if (!string.Equals(found, key, StringComparison.Ordinal))
            {
                throw Problem(className, digest, "the resource '" + resourceName + "' was written from another version of the digest (key "
                    + Short(found) + ", the class was generated from " + Short(key) + "); rebuild the project so that both come from the same digest");
            }

            return new ResourceChunks(stream, image, copy, offsets, lengths);
        }

        public ReadOnlySpan<byte> Chunk(int index)
        {
            if ((uint)index >= (uint)_lengths.Length) throw new ArgumentOutOfRangeException(nameof(index));
            return _copy is null
                ? new ReadOnlySpan<byte>(_image + _offsets[index], _lengths[index])
                : new ReadOnlySpan<byte>(_copy, (int)_offsets[index], _lengths[index]);
        }

        private static InvalidOperationException Problem(string className, string digest, string why) =>
            new InvalidOperationException("The paper data of " + className + " (digest " + digest + ") cannot be used: " + why + ".");

        private static string Short(string hash) => hash.Length > 12 ? hash.Substring(0, 12) + "…" : (hash.Length == 0 ? "(none)" : hash);
    }
}
