namespace Consumer.Lib
{
    /// <summary>Uses the bundled catalogue, so the library really depends on PaperData.</summary>
    public static class Reading
    {
        public static string FirstTrending() => PaperData.TrendingPapers.All[0].Title;
    }
}
