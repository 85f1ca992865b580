using System.Globalization;
using System.Linq;

namespace PaperData.Generator.Tests.Harness
{
    /// <summary>Small daily_papers files (the shape of /api/daily_papers?date=...), one item per line.</summary>
    internal static class DailyJson
    {
        public static string Day(string date, params (string ArxivId, string Title, int Upvotes)[] papers) =>
            "[\n" + string.Join(",\n", papers.Select(p => Item(date, p.ArxivId, p.Title, p.Upvotes))) + "\n]\n";

        public static string Item(string date, string arxivId, string title, int upvotes) =>
            "  {\"paper\": {\"id\": \"" + arxivId + "\", \"title\": \"" + title + "\", \"summary\": \"About " + title.ToLowerInvariant()
            + ", in plain words.\", \"publishedAt\": \"2025-02-01T00:00:00.000Z\", \"upvotes\": " + upvotes.ToString(CultureInfo.InvariantCulture)
            + ", \"authors\": [{\"name\": \"Ada Lovelace\"}]}, \"publishedAt\": \"" + date + "T08:00:00.000Z\", \"title\": \"" + title + "\"}";
    }
}
