using System;
using System.Reflection;
using PaperData.Generated;

namespace PaperData.Benchmarks
{
    /// <summary>Reaches into a compiled generated catalogue: its <c>Catalog</c>, and its chunk accessor for fresh, cold catalogues.</summary>
    public sealed class GeneratedAssembly
    {
        private readonly Type _type;

        public GeneratedAssembly(Assembly assembly)
        {
            _type = assembly.GetType(GeneratorRunner.Namespace + "." + GeneratorRunner.ClassName, throwOnError: true)!;
            Type data = _type.GetNestedType("__Data", BindingFlags.NonPublic)!;
            MethodInfo chunk = data.GetMethod("Chunk", BindingFlags.Static | BindingFlags.NonPublic)!;
            if (chunk.ReturnType == typeof(string))
            {
                // Generated for C# 10 or older: string chunks.
                var text = (Func<int, string>)Delegate.CreateDelegate(typeof(Func<int, string>), chunk);
                _fresh = () => GeneratedCatalog.FromTextChunks(text);
            }
            else
            {
                var bytes = (ChunkAccessor)Delegate.CreateDelegate(typeof(ChunkAccessor), chunk);
                _fresh = () => GeneratedCatalog.FromUtf8Chunks(bytes);
            }
        }

        private readonly Func<PaperCatalog> _fresh;

        /// <summary>The generated class's own catalogue (a static: decoded papers stay cached).</summary>
        public PaperCatalog Catalog => (PaperCatalog)_type.GetProperty("Catalog")!.GetValue(null)!;

        /// <summary>A new catalogue over the same data, nothing decoded yet.</summary>
        public PaperCatalog Fresh() => _fresh();
    }
}
