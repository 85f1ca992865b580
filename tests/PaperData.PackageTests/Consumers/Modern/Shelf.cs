using PaperData;

namespace Legacy.Consumer
{
    // Code that uses the bundled and the generated catalogue, built with the newest C#.
    public static class Shelf
    {
        public static int Total()
        {
            return TrendingPapers.Count + Week11.Count;
        }

        public static Paper Gan()
        {
            return Week11.Get(Week11.Key.LFSGAN);
        }

        public static string FirstTitle()
        {
            return Week11.Titles.LFSGAN;
        }
    }
}
