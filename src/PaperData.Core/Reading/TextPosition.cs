namespace PaperData.Core.Reading
{
    /// <summary>A position in the digest: 1-based line and column, 0-based offset into the parsed text.</summary>
    internal readonly record struct TextPosition(int Line, int Column, int Offset);
}
