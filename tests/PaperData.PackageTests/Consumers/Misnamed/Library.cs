namespace Misnamed.Consumer
{
    // Only the bundled catalogue is used: the misnamed digest must be the build's only error.
    public static class Library
    {
        public static int Count() => PaperData.TrendingPapers.Count;
    }
}
