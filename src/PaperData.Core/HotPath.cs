using System.Runtime.CompilerServices;

namespace PaperData.Core
{
    /// <summary>
    /// For the few loops that run over every character or paragraph of a digest. A generator usually parses once per
    /// process, so tiered JIT would run these as slow unoptimised (and instrumented) code for most of a large digest;
    /// this has them compiled fully optimised at their first call instead.
    /// </summary>
    internal static class HotPath
    {
        // MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; runtimes without it ignore it.
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
