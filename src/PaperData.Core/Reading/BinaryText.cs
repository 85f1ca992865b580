namespace PaperData.Core.Reading
{
    /// <summary>
    /// Tells a binary file read as text from a digest: a stray NUL in a title is hostile text to keep exactly, but a
    /// file whose start is full of NULs or undecodable bytes (U+FFFD) is not a digest at all.
    /// </summary>
    internal static class BinaryText
    {
        private const int Sample = 8192;

        public static bool LooksBinary(string text)
        {
            int length = text.Length < Sample ? text.Length : Sample;
            if (length == 0) return false;
            int suspicious = 0;
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                if (c == '\0' || c == '\uFFFD') suspicious++;
            }

            // More than 2% of the sample: far beyond any copied web page, typical of images, archives, UTF-16 read as UTF-8.
            return suspicious * 50 > length;
        }
    }
}
