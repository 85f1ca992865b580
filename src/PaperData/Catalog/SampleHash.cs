using System;
using System.Text;

namespace PaperData
{
    /// <summary>
    /// The keyed hash behind <see cref="PaperCatalog.Sample"/>: FNV-1a (64-bit) over the seed's four bytes (little
    /// endian) followed by the UTF-8 bytes of the paper id, then MurmurHash3's 64-bit finaliser so that neighbouring
    /// seeds and ids that differ in one character spread over the whole range. Written out by hand because
    /// <see cref="string.GetHashCode()"/> is randomised per process and <see cref="Random"/> has changed
    /// between runtimes: this value is the same on every machine, runtime and culture, for ever.
    /// </summary>
    internal static class SampleHash
    {
        private const ulong FnvOffsetBasis = 0xcbf29ce484222325;
        private const ulong FnvPrime = 0x100000001b3;

        public static ulong Of(int seed, string id)
        {
            ulong hash = FnvOffsetBasis;
            uint unsignedSeed = unchecked((uint)seed);
            for (int shift = 0; shift < 32; shift += 8) hash = Step(hash, (byte)(unsignedSeed >> shift));
            foreach (byte b in Encoding.UTF8.GetBytes(id)) hash = Step(hash, b);
            return Finalize(hash);
        }

        /// <summary>Plain FNV-1a over <paramref name="bytes"/> (tested against the published vectors).</summary>
        public static ulong Fnv1a(byte[] bytes)
        {
            ulong hash = FnvOffsetBasis;
            foreach (byte b in bytes) hash = Step(hash, b);
            return hash;
        }

        /// <summary>MurmurHash3's fmix64.</summary>
        public static ulong Finalize(ulong hash)
        {
            unchecked
            {
                hash ^= hash >> 33;
                hash *= 0xff51afd7ed558ccd;
                hash ^= hash >> 33;
                hash *= 0xc4ceb9fe1a85ec53;
                hash ^= hash >> 33;
                return hash;
            }
        }

        private static ulong Step(ulong hash, byte value) => unchecked((hash ^ value) * FnvPrime);
    }
}
