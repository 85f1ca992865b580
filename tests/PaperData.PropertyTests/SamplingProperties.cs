using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// PaperCatalog.Sample over random catalogues: stable under growth, deterministic whatever the order, ranks,
    /// objects or culture, and exactly min(count, size) distinct papers in catalogue order.
    /// </summary>
    public class SamplingProperties
    {
        private static readonly PaperDate Mar11 = new PaperDate(3, 11);

        /// <summary>Ids: slugs like the parser's, plus non-ASCII and look-alike ones (the hash reads UTF-8 bytes).</summary>
        private static Gen<string> Id => Gen.Frequency(
            (6, Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Gen.Elements("neural", "fields", "s3im", "tabpfn", "a", "b", "x1", "2024"), n))
                .Select(words => string.Join("-", words))),
            (2, Gen.Elements("é", "e\u0301", "ß", "İ", "ı", "日本", "😀", "\u202E", "-", "id")),
            (1, Gen.Choose(0x20, 0xD7FF).Select(c => ((char)c).ToString())));

        /// <summary>A catalogue's distinct ids, the extra ids of a catalogue that grows from it, a count and a seed.</summary>
        private static Gen<(string[] Small, string[] Extra, int Count, int Seed)> Growth =>
            from ids in Gen.Choose(0, 60).SelectMany(n => Gen.ListOf(Id, n)).Select(l => l.Distinct(StringComparer.Ordinal).ToArray())
            from split in Gen.Choose(0, ids.Length)
            from count in Gen.Choose(0, 70)
            from seed in ArbMap.Default.GeneratorFor<int>()
            select (ids.Take(split).ToArray(), ids.Skip(split).ToArray(), count, seed);

        private static PaperCatalog Catalogue(IEnumerable<string> ids) =>
            PaperCatalog.From(ids.Select(id => new Paper(1, id, "Title of " + id, null, "Abstract.", Mar11)).ToArray());

        private static HashSet<string> SampleIds(PaperCatalog catalog, int count, int seed) =>
            new HashSet<string>(catalog.Sample(count, seed).Select(p => p.Id), StringComparer.Ordinal);

        [Fact]
        public void A_paper_sampled_from_a_grown_catalogue_is_also_sampled_from_the_smaller_one()
        {
            PropertyRuns.Check(Growth, PropertyRuns.Parse, g =>
            {
                PaperCatalog small = Catalogue(g.Small);

                // The bigger catalogue mixes the new papers in anywhere: before, between and after the old ones.
                string[] grownIds = g.Small.Concat(g.Extra).OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToArray();
                PaperCatalog grown = Catalogue(grownIds);

                HashSet<string> fromSmall = SampleIds(small, g.Count, g.Seed);
                foreach (string id in SampleIds(grown, g.Count, g.Seed).Where(g.Small.Contains))
                {
                    Assert.Contains(id, fromSmall);
                }
            });
        }

        [Fact]
        public void A_bigger_count_keeps_every_paper_of_a_smaller_one()
        {
            PropertyRuns.Check(Growth, PropertyRuns.Parse, g =>
            {
                PaperCatalog catalog = Catalogue(g.Small.Concat(g.Extra));
                Assert.Subset(SampleIds(catalog, g.Count + 1, g.Seed), SampleIds(catalog, g.Count, g.Seed));
            });
        }

        [Fact]
        public void The_sample_depends_only_on_seed_and_ids_not_on_order_ranks_objects_or_culture()
        {
            PropertyRuns.Check(Growth, PropertyRuns.Parse, g =>
            {
                string[] ids = g.Small.Concat(g.Extra).ToArray();
                HashSet<string> reference = SampleIds(Catalogue(ids), g.Count, g.Seed);

                // Reversed order, ranks counted from 100, fresh objects with other titles, another culture.
                var reversed = new PaperCatalog(ids.Reverse().Select((id, i) => new Paper(100 + i, id, "Other " + i, "S", "B.", new PaperDate(1, 2))));
                CultureInfo saved = CultureInfo.CurrentCulture;
                try
                {
                    CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
                    Assert.True(reference.SetEquals(SampleIds(reversed, g.Count, g.Seed)));
                }
                finally
                {
                    CultureInfo.CurrentCulture = saved;
                }
            });
        }

        [Fact]
        public void The_sample_has_min_count_size_distinct_papers_of_the_catalogue_in_catalogue_order()
        {
            PropertyRuns.Check(Growth, PropertyRuns.Parse, g =>
            {
                PaperCatalog catalog = Catalogue(g.Small.Concat(g.Extra));
                IReadOnlyList<Paper> sample = catalog.Sample(g.Count, g.Seed);

                Assert.Equal(Math.Min(g.Count, catalog.Count), sample.Count);
                Assert.Equal(sample.Count, sample.Distinct().Count());
                Assert.All(sample, p => Assert.Same(catalog.Papers[p.Rank - 1], p));
                Assert.Equal(sample.OrderBy(p => p.Rank), sample);
            });
        }
    }
}
