using System;
using System.IO;

namespace PaperData.Tests.Json
{
    /// <summary>The hand-written JSON records beside the tests (Json/samples), in the site's two shapes.</summary>
    internal static class JsonSamples
    {
        /// <summary>/api/daily_papers?date=2025-03-11: three items, with nulls, a hidden author and unknown fields.</summary>
        public const string DailyPapers = "daily_papers-2025-03-11.json";

        /// <summary>/api/papers/2502.13923: one paper object at the top level.</summary>
        public const string SinglePaper = "paper-2502.13923.json";

        /// <summary>An array of two paper objects, as collectors store them.</summary>
        public const string PaperArray = "papers-2025-02.json";

        public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Json", "samples", name);

        public static string Read(string name) => File.ReadAllText(PathOf(name));
    }
}
