using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>PaperCatalog.Sample (stable keyed-hash sampling) and PaperCatalog.From (small catalogues for tests).</summary>
    public class SamplingTests
    {
        private static readonly PaperDate Mar11 = new PaperDate(3, 11);

        [Theory]
        // The published FNV-1a 64-bit test vectors (Fowler/Noll/Vo reference implementation).
        [InlineData("", 0xcbf29ce484222325)]
        [InlineData("a", 0xaf63dc4c8601ec8c)]
        [InlineData("foobar", 0x85944171f73967e8)]
        public void The_hash_starts_from_the_published_fnv_1a_function(string text, ulong expected) =>
            Assert.Equal(expected, SampleHash.Fnv1a(Encoding.ASCII.GetBytes(text)));

        [Fact]
        public void The_sample_of_the_bundled_catalogue_matches_an_independent_reference_computation()
        {
            foreach (int seed in new[] { 42, 0, -1, int.MaxValue })
            {
                string[] expected = TrendingPapers.All
                    .OrderBy(p => ReferenceHash(seed, p.Id))
                    .Take(10)
                    .OrderBy(p => p.Rank)
                    .Select(p => p.Id)
                    .ToArray();
                Assert.Equal(expected, TrendingPapers.Catalog.Sample(10, seed).Select(p => p.Id));
            }
        }

        [Fact]
        public void The_sample_is_in_catalogue_order_and_has_the_requested_size()
        {
            IReadOnlyList<Paper> sample = TrendingPapers.Catalog.Sample(10, 42);
            Assert.Equal(10, sample.Count);
            Assert.Equal(sample.OrderBy(p => p.Rank), sample);
            Assert.Equal(10, sample.Select(p => p.Id).Distinct().Count());
        }

        [Fact]
        public void Different_seeds_pick_different_samples()
        {
            var samples = Enumerable.Range(0, 8)
                .Select(seed => string.Join(",", TrendingPapers.Catalog.Sample(10, seed).Select(p => p.Id)))
                .Distinct()
                .Count();
            Assert.True(samples > 1, "eight seeds gave the same sample");
        }

        [Fact]
        public void The_sample_does_not_depend_on_the_current_culture()
        {
            string[] invariant = TrendingPapers.Catalog.Sample(10, 7).Select(p => p.Id).ToArray();
            CultureInfo saved = CultureInfo.CurrentCulture;
            try
            {
                foreach (string name in new[] { "tr-TR", "ar-SA", "ja-JP" })
                {
                    CultureInfo.CurrentCulture = new CultureInfo(name);
                    Assert.Equal(invariant, TrendingPapers.Catalog.Sample(10, 7).Select(p => p.Id));
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }

        [Fact]
        public void A_count_at_or_above_the_size_gives_every_paper_and_zero_gives_none()
        {
            Assert.Equal(TrendingPapers.All, TrendingPapers.Catalog.Sample(57, 1));
            Assert.Equal(TrendingPapers.All, TrendingPapers.Catalog.Sample(1000, 1));
            Assert.Empty(TrendingPapers.Catalog.Sample(0, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => TrendingPapers.Catalog.Sample(-1, 1));
        }

        [Fact]
        public void From_renumbers_ranks_in_the_order_given_and_keeps_everything_else()
        {
            Paper variant = TrendingPapers.S3IM with { Title = "A variant title" };
            PaperCatalog catalog = PaperCatalog.From(TrendingPapers.TabPFN, variant, TrendingPapers.Get((TrendingPapers.Key)0));

            Assert.Equal(new[] { 1, 2, 3 }, catalog.Papers.Select(p => p.Rank));
            Assert.Equal(new[] { TrendingPapers.TabPFN.Id, TrendingPapers.S3IM.Id, TrendingPapers.All[0].Id }, catalog.Papers.Select(p => p.Id));
            Assert.Equal("A variant title", catalog.Papers[1].Title);
            Assert.Equal(TrendingPapers.TabPFN with { Rank = 1 }, catalog.Papers[0]);
            Assert.Same(catalog.Papers[1], catalog.Find("A variant title"));
            Assert.Equal(catalog.Papers[1], catalog.Search("variant", 1).Single().Paper);
        }

        [Fact]
        public void From_rejects_null_papers()
        {
            Assert.Throws<ArgumentNullException>(() => PaperCatalog.From(null!));
            Assert.Throws<ArgumentException>(() => PaperCatalog.From(TrendingPapers.S3IM, null!));
            Assert.Empty(PaperCatalog.From().Papers);
        }

        [Fact]
        public void A_variant_made_with_with_differs_from_the_original_only_where_set()
        {
            Paper original = TrendingPapers.S3IM;
            Paper variant = original with { Abstract = "Nothing to see." };
            Assert.NotEqual(original, variant);
            Assert.Equal(original, variant with { Abstract = original.Abstract });
            Assert.Equal(original.Links, variant.Links);
        }

        // FNV-1a 64 and MurmurHash3's fmix64, written with BigInteger arithmetic modulo 2^64 (a separate computation
        // from the library's unchecked ulong code), over the seed's little-endian bytes then the id's UTF-8 bytes.
        private static ulong ReferenceHash(int seed, string id)
        {
            BigInteger modulus = BigInteger.One << 64;
            BigInteger hash = BigInteger.Parse("14695981039346656037", CultureInfo.InvariantCulture);
            BigInteger prime = BigInteger.Parse("1099511628211", CultureInfo.InvariantCulture);
            IEnumerable<byte> bytes = BitConverter.GetBytes(seed).Select((b, i) => BitConverter.IsLittleEndian ? b : BitConverter.GetBytes(seed)[3 - i])
                .Concat(Encoding.UTF8.GetBytes(id));
            foreach (byte b in bytes) hash = ((hash ^ b) * prime) % modulus;

            BigInteger c1 = BigInteger.Parse("18397679294719823053", CultureInfo.InvariantCulture); // 0xff51afd7ed558ccd
            BigInteger c2 = BigInteger.Parse("14181476777654086739", CultureInfo.InvariantCulture); // 0xc4ceb9fe1a85ec53
            hash ^= hash >> 33;
            hash = hash * c1 % modulus;
            hash ^= hash >> 33;
            hash = hash * c2 % modulus;
            hash ^= hash >> 33;
            return (ulong)hash;
        }
    }
}
