using System;
using System.ComponentModel;

namespace PaperData.Generated
{
    /// <summary>
    /// Returns chunk <c>index</c> of a generated catalogue's UTF-8 data (chunk 0 is the header). Generated code
    /// passes a method that switches over <c>u8</c> literals, so the bytes are read straight from the assembly.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate ReadOnlySpan<byte> ChunkAccessor(int index);
}
