using System;
using System.Globalization;
using System.Text;

namespace PaperData.Benchmarks
{
    /// <summary>
    /// A deterministic archive of daily_papers files, one per day as <c>paperdata fetch</c> writes them, shaped like
    /// the real records (item with submittedBy, numComments, a paper with authors, dates, upvotes, ai_summary,
    /// ai_keywords, githubRepo/githubStars, organization); titles and abstracts from <see cref="SyntheticDigest"/>.
    /// Each day has <see cref="PapersPerDay"/> records, <see cref="RepeatsPerDay"/> of them papers of earlier days
    /// featured again (the same arXiv id), so the merge's deduplication is exercised.
    /// </summary>
    public static class SyntheticArchive
    {
        public const int PapersPerDay = 50;
        public const int RepeatsPerDay = 2;
        public static readonly DateTime FirstDay = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public static string FileName(int day) => FirstDay.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json";

        /// <summary>The JSON of day <paramref name="day"/> (0-based); the same for the same day, whatever else is generated.</summary>
        public static string Day(int day, string[] words)
        {
            var random = new Random(SyntheticDigest.Seed + day);
            string date = FirstDay.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var json = new StringBuilder(PapersPerDay * 3000);
            json.Append('[');
            int fresh = PapersPerDay - (day == 0 ? 0 : RepeatsPerDay);
            for (int i = 0; i < PapersPerDay; i++)
            {
                // The day's own papers are numbered day * fresh-per-day + i; repeats pick a paper of an earlier day.
                int number = i < fresh ? (day * (PapersPerDay - RepeatsPerDay)) + i : random.Next(day * (PapersPerDay - RepeatsPerDay));
                if (i > 0) json.Append(',');
                Item(json, date, number, words);
            }

            return json.Append("]\n").ToString();
        }

        private static void Item(StringBuilder json, string date, int number, string[] words)
        {
            // Titles and abstracts are a function of the paper's number, so a repeat is the same paper.
            var random = new Random(SyntheticDigest.Seed ^ number);
            string title = SyntheticDigest.Title(random, words, number);
            string summary = SyntheticDigest.Abstract(random, words, number);
            string id = "25" + (1 + (number / 90000)).ToString("D2", CultureInfo.InvariantCulture) + "." + (number % 90000 + 10000).ToString("D5", CultureInfo.InvariantCulture);
            string n = number.ToString(CultureInfo.InvariantCulture);
            json.Append("\n  {\"paper\": {\"id\": \"").Append(id).Append("\", \"authors\": [");
            int authors = 2 + (number % 6);
            for (int a = 0; a < authors; a++)
            {
                if (a > 0) json.Append(", ");
                json.Append("{\"_id\": \"a").Append(n).Append('-').Append(a.ToString(CultureInfo.InvariantCulture))
                    .Append("\", \"name\": \"Author ").Append(((number * 7) + a).ToString(CultureInfo.InvariantCulture)).Append("\", \"hidden\": false}");
            }

            json.Append("], \"publishedAt\": \"").Append(date).Append("T00:00:00.000Z\", \"submittedOnDailyAt\": \"").Append(date)
                .Append("T06:00:00.000Z\", \"title\": \"").Append(title).Append("\", \"summary\": \"").Append(summary)
                .Append("\", \"upvotes\": ").Append((number * 37 % 300).ToString(CultureInfo.InvariantCulture))
                .Append(", \"discussionId\": \"d").Append(n).Append("\", \"ai_summary\": \"").Append(title).Append(" in one sentence.\"")
                .Append(", \"ai_keywords\": [\"").Append(words[number % words.Length]).Append("\", \"").Append(words[(number * 13) % words.Length]).Append("\"]");
            if (number % 3 == 0)
            {
                json.Append(", \"githubRepo\": \"https://github.com/lab").Append((number % 97).ToString(CultureInfo.InvariantCulture)).Append("/repo-").Append(n)
                    .Append("\", \"githubStars\": ").Append((number % 1000).ToString(CultureInfo.InvariantCulture));
            }

            json.Append(", \"organization\": {\"_id\": \"o").Append((number % 50).ToString(CultureInfo.InvariantCulture)).Append("\", \"name\": \"org-")
                .Append((number % 50).ToString(CultureInfo.InvariantCulture)).Append("\"}}, \"publishedAt\": \"").Append(date)
                .Append("T06:00:00.000Z\", \"title\": \"").Append(title).Append("\", \"numComments\": ").Append((number % 5).ToString(CultureInfo.InvariantCulture))
                .Append(", \"submittedBy\": {\"_id\": \"u1\", \"user\": \"akhaliq\"}, \"isAuthorParticipating\": false}");
        }
    }
}
