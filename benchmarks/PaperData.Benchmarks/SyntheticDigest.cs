using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperData.Benchmarks
{
    /// <summary>
    /// Writes a deterministic digest of any size in the text format of the real one: page chrome, date lines,
    /// title and abstract paragraphs. Words are drawn (seeded) from the real digest's word stream, so term
    /// frequencies follow real prose; abstracts are about 1.6 KB, one in five names a GitHub repository.
    /// </summary>
    public static class SyntheticDigest
    {
        public const int Seed = 20260311;
        private const int PapersPerDay = 50;
        private const int AbstractChars = 1600;

        public static string Write(int papers, string realDigest)
        {
            string[] words = Vocabulary(realDigest);
            var random = new Random(Seed);
            var text = new StringBuilder(papers * (AbstractChars + 120));
            text.Append("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\n");
            var day = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (int i = 0; i < papers; i++)
            {
                if (i % PapersPerDay == 0)
                {
                    text.Append(day.ToString("MMM d", CultureInfo.InvariantCulture)).Append("\n\n");
                    day = day.AddDays(1);
                }

                text.Append(Title(random, words, i)).Append("\n\n").Append(Abstract(random, words, i)).Append("\n\n");
            }

            return text.ToString();
        }

        /// <summary>The real digest's words (letters only, three or more; links left out), in text order, repeats kept.</summary>
        public static string[] Vocabulary(string realDigest)
        {
            var words = new List<string>();
            string prose = Regex.Replace(realDigest, @"\S*(?:://|www\.|\.com|\.io|\.org|\.co/)\S*", " ");
            foreach (Match match in Regex.Matches(prose, "[A-Za-z]{3,}")) words.Add(match.Value.ToLowerInvariant());
            return words.ToArray();
        }

        internal static string Title(Random random, string[] words, int index)
        {
            var title = new StringBuilder();
            int count = random.Next(5, 10);
            for (int w = 0; w < count; w++)
            {
                string word = words[random.Next(words.Length)];
                if (w > 0) title.Append(' ');
                title.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }

            // A running number keeps every title unique, as a real archive's are.
            return title.Append(' ').Append((index + 1).ToString(CultureInfo.InvariantCulture)).ToString();
        }

        internal static string Abstract(Random random, string[] words, int index)
        {
            var text = new StringBuilder(AbstractChars + 100);
            while (text.Length < AbstractChars)
            {
                int count = random.Next(8, 25);
                for (int w = 0; w < count; w++)
                {
                    string word = words[random.Next(words.Length)];
                    if (w == 0) text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                    else text.Append(' ').Append(word);
                }

                text.Append(". ");
            }

            if (index % 5 == 0)
            {
                text.Append("Code is available at https://github.com/lab").Append((index % 97).ToString(CultureInfo.InvariantCulture))
                    .Append("/project-").Append(index.ToString(CultureInfo.InvariantCulture)).Append('.');
            }

            return text.ToString().TrimEnd();
        }
    }
}
