using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperData.Core.Parsed;
using Xunit;
using static PaperData.Tests.Crafted;

namespace PaperData.Tests
{
    /// <summary>
    /// Seeded random digests built from every kind of paragraph (good and bad dates, titles, long and short abstracts,
    /// stray text, chrome), in random order, wrapping, line endings and BOM: nothing throws, nothing is dropped
    /// silently, every diagnostic points inside the text, and line endings never change the result.
    /// </summary>
    public class RandomDigestTests
    {
        private const int Rounds = 400;

        [Fact]
        public void Random_digests_account_for_every_paragraph()
        {
            var random = new Random(311);
            for (int round = 0; round < Rounds; round++)
            {
                string lf = RandomDigest(random);
                ParsedDigest digest = ParseDigest(lf);
                AssertNothingDroppedSilently(lf, digest);
                Assert.Equal(Enumerable.Range(1, digest.Papers.Count), digest.Papers.Select(p => p.Rank));
                Assert.Equal(digest.Papers.Count, digest.Papers.Select(p => p.Id).Distinct().Count());

                string lineBreak = new[] { "\n", "\r\n", "\r" }[random.Next(3)];
                string variant = (random.Next(2) == 0 ? "\uFEFF" : string.Empty) + lf.Replace("\n", lineBreak);
                ParsedDigest other = ParseDigest(variant);
                Assert.Equal(digest.Papers, other.Papers);
                Assert.Equal(digest.ContentHash, other.ContentHash);
                Assert.Equal(
                    digest.Diagnostics.Select(d => (d.Id, d.Line, d.Column, d.EndLine, d.EndColumn)),
                    other.Diagnostics.Select(d => (d.Id, d.Line, d.Column, d.EndLine, d.EndColumn)));
                int lines = variant.Split(new[] { "\r\n", "\n", "\r" }, StringSplitOptions.None).Length;
                Assert.All(other.Diagnostics, d =>
                {
                    Assert.InRange(d.Line, 1, Math.Max(1, lines));
                    Assert.InRange(d.EndLine, d.Line, Math.Max(1, lines));
                    Assert.InRange(d.Offset + d.Length, 0, variant.Length);
                });
                Assert.Equal(other.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => (d.Line, d.Column)),
                    other.Diagnostics.Select(d => (d.Line, d.Column)));
            }
        }

        private static string RandomDigest(Random random)
        {
            var paragraphs = new List<string>();
            int count = random.Next(0, 16);
            for (int i = 0; i < count; i++)
            {
                paragraphs.Add(random.Next(12) switch
                {
                    0 => "Mar " + random.Next(1, 29),
                    1 => random.Next(2) == 0 ? "Feb 30" : "Apr 31, 2025",
                    2 => "Subscribe",
                    3 => "stray text " + i,
                    4 => "Short abstract " + i + ".",
                    5 or 6 => Wrap(random, Abstract("topic " + i)),
                    _ => "Title " + (random.Next(3) == 0 ? "Same" : i.ToString(CultureInfo.InvariantCulture)),
                });
            }

            return string.Join(random.Next(3) == 0 ? "\n\n\n" : "\n\n", paragraphs);
        }

        // Sometimes hard-wrap a paragraph over two or three indented lines.
        private static string Wrap(Random random, string text)
        {
            if (random.Next(3) != 0) return text;
            string[] words = text.Split(' ');
            int cut = random.Next(1, words.Length - 1);
            return string.Join(" ", words.Take(cut)) + "\n" + new string(' ', random.Next(4)) + string.Join(" ", words.Skip(cut));
        }
    }
}
