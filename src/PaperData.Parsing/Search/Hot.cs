using System.Runtime.CompilerServices;

namespace PaperData.Parsing
{
    /// <summary>For the few loops that run once per character or word of a whole digest.</summary>
    internal static class Hot
    {
        /// <summary>
        /// MethodImplOptions.AggressiveOptimization (netstandard2.0 does not name it; runtimes without it ignore it):
        /// compiled optimised at once. The index is built once per compilation, so tiered compilation would run
        /// most of it as unoptimised first-tier code before the optimised code is ready.
        /// </summary>
        public const MethodImplOptions Code = (MethodImplOptions)512;
    }
}
