namespace MissingDigest.Consumer
{
    // Only the bundled catalogue is used: the missing digest must be the build's only error.
    public static class Library
    {
        public static int Count() => PaperData.TrendingPapers.Count;
    }
}
