namespace PaperData.Core.Reading.Text
{
    /// <summary>
    /// What a digest's lines are: split under LF, CRLF and CR alike, a leading byte-order mark ignored. The parser
    /// keeps lines as offsets (<see cref="Paragraph.Split"/>) and hashes the text streamed
    /// (<see cref="ContentHash.OfText"/>); the tests hold a line-by-line reference of the same rule.
    /// </summary>
    internal static class TextLines
    {
        public const char ByteOrderMark = '\uFEFF';
    }
}
