namespace Broken.Consumer
{
    // Only the bundled catalogue is used: the digest's errors must be the only errors of the build.
    public static class Library
    {
        public static int Count()
        {
            return PaperData.TrendingPapers.Count;
        }
    }
}
