using System;
using System.IO;
using System.Text;
using PaperData.Core.Indexing;
using PaperData.Core.Storage;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>The encoding of generated catalogue data: what the generator writes, the runtime reads back exactly.</summary>
    public class DataFormatTests
    {
        [Theory]
        [InlineData(0L)]
        [InlineData(31L)]
        [InlineData(32L)]
        [InlineData(1023L)]
        [InlineData(1024L)]
        [InlineData(123456789L)]
        [InlineData(1L << 40)]
        public void Numbers_round_trip_in_printable_ascii_without_quote_or_backslash(long value)
        {
            var output = new MemoryStream();
            DataFormat.WriteNumber(output, value);
            DataFormat.WriteFixed(output, value, DataFormat.WidthFor(value));
            byte[] bytes = output.ToArray();
            Assert.All(bytes, b => Assert.True(b >= 0x30 && b <= 0x7C && b != '"' && b != '\\', "byte " + b));

            int position = 0;
            Assert.Equal(value, DataFormat.ReadNumber(bytes, ref position));
            Assert.Equal(value, DataFormat.ReadFixed(bytes, position, DataFormat.WidthFor(value)));
        }

        [Theory]
        [InlineData("")]
        [InlineData("plain ASCII, with \"quotes\" and \\ backslashes")]
        [InlineData("caf\u00e9 \u00fcber \u6f22\u5b57")]
        [InlineData("emoji \ud83d\ude00 and math \ud835\udc00")]
        [InlineData("bidi \u202e override \u2066 isolate")]
        public void Strings_round_trip_and_the_hand_written_decoder_agrees_with_the_framework(string text)
        {
            var output = new MemoryStream();
            DataFormat.WriteString(output, text);
            DataFormat.WriteString(output, null);
            byte[] bytes = output.ToArray();

            int position = 0;
            Assert.Equal(text, DataFormat.ReadString(bytes, ref position));
            Assert.Null(DataFormat.ReadString(bytes, ref position));
            Assert.Equal(bytes.Length, position);
            Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)), DataFormat.DecodeUtf8(Encoding.UTF8.GetBytes(text)));
        }

        [Theory]
        [InlineData("lone high \ud800 and lone low \udfff")]
        [InlineData("\udc00 first, last \ud83d")]
        [InlineData("a backslash \\ud800 written as text, and a real \ud800 with a pair \ud83d\ude00")]
        public void Strings_with_lone_surrogates_stay_exact_and_their_bytes_are_valid_utf8(string text)
        {
            var output = new MemoryStream();
            DataFormat.WriteString(output, text);
            DataFormat.WriteString(output, "after");
            byte[] bytes = output.ToArray();

            int position = 0;
            Assert.Equal(text, DataFormat.ReadString(bytes, ref position));
            Assert.Equal("after", DataFormat.ReadString(bytes, ref position));
            position = 0;
            DataFormat.ReadUtf8(bytes, ref position, out bool isNull);
            Assert.False(isNull);
            Assert.Equal("after", DataFormat.ReadString(bytes, ref position));
            Assert.Equal(bytes, new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(new UTF8Encoding(false, true).GetString(bytes)));
        }

        [Fact]
        public void Long_strings_decode_past_the_shared_buffer()
        {
            string text = string.Concat(System.Linq.Enumerable.Repeat("\u00e9t\u00e9 \ud83d\ude00 ", 500));
            Assert.Equal(text, DataFormat.DecodeUtf8(Encoding.UTF8.GetBytes(text)));
        }
    }
}

namespace PaperData.Tests
{
    /// <summary>The bundled catalogue's own data, read directly: every record decodes to the parsed paper.</summary>
    public class GeneratedDataTests
    {
        private static Generated.CatalogData BundledData()
        {
            Type data = typeof(TrendingPapers).GetNestedType("__Data", System.Reflection.BindingFlags.NonPublic)!;
            System.Reflection.MethodInfo chunk = data.GetMethod("Chunk", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
            return new Generated.CatalogData(
                (Generated.ChunkAccessor)Delegate.CreateDelegate(typeof(Generated.ChunkAccessor), chunk));
        }

        [Fact]
        public void Records_decode_to_the_parsed_papers_and_text_digests_carry_no_extras()
        {
            Generated.CatalogData data = BundledData();
            PaperCatalog parsed = PaperCatalog.Parse(TestData.RealDigest);
            Assert.Equal(57, data.Count);
            Assert.Equal(10, data.StoredRelated);
            for (int i = 0; i < data.Count; i++)
            {
                Paper paper = data.ReadPaper(i);
                Assert.Equal(parsed.Papers[i], paper);
                Assert.Null(paper.ArxivId);
                Assert.Empty(paper.Authors);
                Assert.Null(paper.PublishedOn);
                Assert.Null(paper.Upvotes);
                Assert.Empty(paper.Keywords);
                Assert.Null(paper.AiSummary); // the site fields of format 2 too: null, never 0 or ""
                Assert.Null(paper.CommentCount);
                Assert.Null(paper.GitHubStars);
                Assert.Null(paper.Organization);
            }
        }

        [Fact]
        public void The_term_table_is_sorted_and_every_term_is_found_by_binary_search()
        {
            TermIndex index = BundledData().ToTermIndex();
            Assert.NotEmpty(index.Terms);
            for (int t = 1; t < index.Terms.Length; t++) Assert.True(string.CompareOrdinal(index.Terms[t - 1], index.Terms[t]) < 0);

            Generated.CatalogData data = BundledData();
            var postings = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<int, int>>();
            foreach (string term in index.Terms)
            {
                postings.Clear();
                Assert.True(data.FindPostings(term, postings), term);
                Assert.Equal(index.Documents[index.Find(term)], System.Linq.Enumerable.Select(postings, p => p.Key));
            }
        }
    }
}
