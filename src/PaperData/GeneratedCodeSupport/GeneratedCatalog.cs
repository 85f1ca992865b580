using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Threading;

namespace PaperData.Generated
{
    /// <summary>
    /// Entry points for code that the PaperData generator writes. Not meant to be called by hand; the shape may
    /// change with the generator, which always ships in the same package as this library.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedCatalog
    {
        /// <summary>
        /// A catalogue over generated UTF-8 data: nothing is decoded until used, then one paper at a time, and
        /// search uses the index stored in the data instead of building one.
        /// </summary>
        public static PaperCatalog FromUtf8Chunks(ChunkAccessor chunks)
        {
            if (chunks is null) throw new ArgumentNullException(nameof(chunks));
            var data = new CatalogData(chunks);
            return PaperCatalog.Wrap(new LazyPaperList(data), data);
        }

        /// <summary>
        /// A catalogue over data the build wrote as an embedded resource of <paramref name="assembly"/>. The
        /// resource is opened, and checked against <paramref name="key"/> (the digest's content hash and format the class
        /// was generated from), on the first access; a missing or stale resource throws there, naming the class and the digest.
        /// </summary>
        public static PaperCatalog FromResource(System.Reflection.Assembly assembly, string resourceName, string key, string className, string digest)
        {
            if (assembly is null) throw new ArgumentNullException(nameof(assembly));
            ResourceChunks chunks = ResourceChunks.Open(assembly, resourceName, key, className, digest);
            return FromUtf8Chunks(chunks.Chunk);
        }

        /// <summary>
        /// The same for code compiled as C# 10 or older, which has no <c>u8</c> literals: each chunk is a string of
        /// the same text, encoded to UTF-8 once, when first read.
        /// </summary>
        public static PaperCatalog FromTextChunks(Func<int, string> chunks)
        {
            if (chunks is null) throw new ArgumentNullException(nameof(chunks));
            var cache = new Dictionary<int, byte[]>();
            return FromUtf8Chunks(index =>
            {
                lock (cache)
                {
                    if (!cache.TryGetValue(index, out byte[]? bytes)) cache[index] = bytes = Encoding.UTF8.GetBytes(chunks(index));
                    return bytes;
                }
            });
        }

        // Decodes each paper on first touch and keeps it. No delegates or closures: a first access JIT-compiles
        // every method and loads every type on its path, which is most of its cost.
        private sealed class LazyPaperList : IReadOnlyList<Paper>
        {
            private readonly Paper?[] _papers;
            private readonly CatalogData _data;

            public LazyPaperList(CatalogData data)
            {
                _papers = new Paper?[data.Count];
                _data = data;
            }

            public int Count => _papers.Length;

            public Paper this[int index]
            {
                get
                {
                    if ((uint)index >= (uint)_papers.Length) throw new ArgumentOutOfRangeException(nameof(index));
                    Paper? paper = Volatile.Read(ref _papers[index]);
                    if (paper is not null) return paper;
                    paper = _data.ReadPaper(index);
                    return Interlocked.CompareExchange(ref _papers[index], paper, null) ?? paper;
                }
            }

            public IEnumerator<Paper> GetEnumerator()
            {
                for (int i = 0; i < _papers.Length; i++) yield return this[i];
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
