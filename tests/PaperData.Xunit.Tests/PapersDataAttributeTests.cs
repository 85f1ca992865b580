using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;
using Xunit.Sdk;

namespace PaperData.XunitTests
{
    /// <summary>The rows [PapersData] yields: one per paper, labelled by id, serialisable by catalogue type and id.</summary>
    public class PapersDataAttributeTests
    {
        private static readonly PaperDate Mar13 = new PaperDate(3, 13);

        // Target methods for GetData: only their parameter lists matter.
        private static void TakesPaper(Paper paper) => GC.KeepAlive(paper);

        private static void TakesTrendingKey(TrendingPapers.Key key) => GC.KeepAlive(key);

        private static void TakesLabKey(LabPapers.Key key) => GC.KeepAlive(key);

        private static void TakesCase(PaperCase paperCase) => GC.KeepAlive(paperCase);

        private static void TakesString(string text) => GC.KeepAlive(text);

        private static void TakesTwo(Paper paper, int n) => GC.KeepAlive(paper);

        private static IReadOnlyList<ITheoryDataRow> Rows(PapersDataAttribute attribute, string method = nameof(TakesPaper))
        {
            MethodInfo target = typeof(PapersDataAttributeTests).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!;
            return attribute.GetData(target, new DisposalTracker()).AsTask().GetAwaiter().GetResult().ToList();
        }

        private static string[] Labels(IEnumerable<ITheoryDataRow> rows) => rows.Select(r => r.Label!).ToArray();

        private static Paper PaperOf(ITheoryDataRow row) => Assert.IsType<Paper>(Assert.Single(row.GetData()));

        [Fact]
        public void The_bundled_catalogue_gives_57_rows_labelled_by_id_in_catalogue_order()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(TrendingPapers)));
            Assert.Equal(57, rows.Count);
            Assert.Equal(TrendingPapers.All.Select(p => p.Id), Labels(rows));
            Assert.Equal(TrendingPapers.All, rows.Select(PaperOf));
            Assert.All(rows, r => Assert.Null(r.TestDisplayName));
        }

        [Fact]
        public void Paper_rows_serialise_as_catalogue_type_and_id_and_come_back_as_the_same_paper()
        {
            foreach (ITheoryDataRow row in Rows(new PapersDataAttribute(typeof(TrendingPapers))))
            {
                Paper paper = PaperOf(row);
                Assert.True(SerializationHelper.Instance.IsSerializable(paper, typeof(Paper)), "not serialisable: " + paper.Id);
                string serialized = SerializationHelper.Instance.Serialize(paper, typeof(Paper));
                Assert.DoesNotContain(paper.Abstract.Substring(0, 20), serialized, StringComparison.Ordinal);
                Assert.Same(paper, SerializationHelper.Instance.Deserialize<Paper>(serialized));
            }
        }

        [Fact]
        public void A_paper_that_did_not_come_from_the_attribute_is_not_serialisable()
        {
            // xunit then falls back to one test case for the theory, as for any value it cannot serialise.
            Paper stranger = TrendingPapers.S3IM with { Id = "stranger" };
            Assert.False(SerializationHelper.Instance.IsSerializable(stranger, typeof(Paper)));
        }

        [Fact]
        public void A_PaperCase_parameter_gets_serialisable_cases_that_convert_to_the_paper()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(TrendingPapers)), nameof(TakesCase));
            var paperCase = Assert.IsType<PaperCase>(Assert.Single(rows[3].GetData()));
            Paper converted = paperCase;
            Assert.Same(TrendingPapers.All[3], converted);
            Assert.Equal(TrendingPapers.All[3].Id, paperCase.ToString());
            var back = SerializationHelper.Instance.Deserialize<PaperCase>(SerializationHelper.Instance.Serialize(paperCase))!;
            Assert.Equal(typeof(TrendingPapers), back.CatalogType);
            Assert.Same(TrendingPapers.All[3], back.Paper);
        }

        [Fact]
        public void Key_rows_carry_the_catalogue_s_key_for_each_paper()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(TrendingPapers)), nameof(TakesTrendingKey));
            Assert.Equal(57, rows.Count);
            foreach (ITheoryDataRow row in rows)
            {
                var key = Assert.IsType<TrendingPapers.Key>(Assert.Single(row.GetData()));
                Assert.Equal(row.Label, TrendingPapers.Get(key).Id);
                Assert.True(SerializationHelper.Instance.IsSerializable(key));
            }

            Assert.Equal(Enum.GetValues<TrendingPapers.Key>(), rows.Select(r => (TrendingPapers.Key)r.GetData()[0]!));
        }

        [Fact]
        public void A_generated_catalogue_of_the_project_s_own_digest_works()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(LabPapers)), nameof(TakesLabKey));
            Assert.Equal(new[] { LabPapers.Key.TinyNet, LabPapers.Key.NeuralFieldsMadeSimple, LabPapers.Key.SoftNMS }, rows.Select(r => (LabPapers.Key)r.GetData()[0]!));
        }

        [Fact]
        public void WithCode_keeps_the_papers_with_a_repository_link()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(LabPapers)) { WithCode = true });
            Assert.Equal(new[] { LabPapers.TinyNet, LabPapers.SoftNMS }, rows.Select(PaperOf));

            IReadOnlyList<ITheoryDataRow> bundled = Rows(new PapersDataAttribute(typeof(TrendingPapers)) { WithCode = true });
            Assert.Equal(TrendingPapers.All.Where(p => p.Links.Any(l => l.Kind == LinkKind.Repository)), bundled.Select(PaperOf));
        }

        [Fact]
        public void Date_keeps_the_papers_listed_under_it()
        {
            Assert.Equal(new[] { LabPapers.SoftNMS }, Rows(new PapersDataAttribute(typeof(LabPapers)) { Date = "Mar 13" }).Select(PaperOf));
            Assert.Equal(new[] { LabPapers.TinyNet, LabPapers.NeuralFieldsMadeSimple }, Rows(new PapersDataAttribute(typeof(LabPapers)) { Date = "March 12" }).Select(PaperOf));
            Assert.Empty(Rows(new PapersDataAttribute(typeof(LabPapers)) { Date = "Apr 1" }));
        }

        [Fact]
        public void Search_keeps_the_papers_the_ranked_search_finds_in_catalogue_order()
        {
            Assert.Equal(new[] { LabPapers.NeuralFieldsMadeSimple }, Rows(new PapersDataAttribute(typeof(LabPapers)) { Search = "radiance" }).Select(PaperOf));
            Assert.Equal(new[] { LabPapers.TinyNet, LabPapers.SoftNMS }, Rows(new PapersDataAttribute(typeof(LabPapers)) { Search = "code" }).Select(PaperOf));
        }

        [Fact]
        public void Sample_and_Seed_pick_the_catalogue_s_stable_sample()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(TrendingPapers)) { Sample = 10, Seed = 42 });
            Assert.Equal(TrendingPapers.Catalog.Sample(10, 42), rows.Select(PaperOf));
            Assert.Equal(Labels(rows), Labels(Rows(new PapersDataAttribute(typeof(TrendingPapers)) { Sample = 10, Seed = 42 })));
            Assert.NotEqual(Labels(rows), Labels(Rows(new PapersDataAttribute(typeof(TrendingPapers)) { Sample = 10, Seed = 43 })));
        }

        [Fact]
        public void Filters_apply_before_sampling()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(TrendingPapers)) { WithCode = true, Sample = 3, Seed = 7 });
            Assert.Equal(3, rows.Count);
            Assert.All(rows.Select(PaperOf), p => Assert.True(p.HasCode));
            Assert.Equal(new PaperCatalog(TrendingPapers.Catalog.WithCode()).Sample(3, 7), rows.Select(PaperOf));
        }

        [Fact]
        public void A_hand_built_catalogue_in_a_static_member_works_and_serialises()
        {
            IReadOnlyList<ITheoryDataRow> rows = Rows(new PapersDataAttribute(typeof(HandBuilt)));
            Assert.Equal(HandBuilt.Papers.Papers, rows.Select(PaperOf));
            Paper paper = PaperOf(rows[1]);
            Assert.True(SerializationHelper.Instance.IsSerializable(paper, typeof(Paper)));
            Assert.Same(HandBuilt.Papers.Papers[1], SerializationHelper.Instance.Deserialize<Paper>(SerializationHelper.Instance.Serialize(paper, typeof(Paper))));
        }

        [Fact]
        public void Unusable_parameters_and_types_fail_with_a_message_that_says_why()
        {
            var bundled = new PapersDataAttribute(typeof(TrendingPapers));
            Assert.Contains("exactly one parameter", Assert.Throws<ArgumentException>(() => Rows(bundled, nameof(TakesTwo))).Message, StringComparison.Ordinal);
            Assert.Contains("use Paper or TrendingPapers.Key", Assert.Throws<ArgumentException>(() => Rows(bundled, nameof(TakesString))).Message, StringComparison.Ordinal);
            Assert.Contains("use Paper or TrendingPapers.Key", Assert.Throws<ArgumentException>(() => Rows(bundled, nameof(TakesLabKey))).Message, StringComparison.Ordinal);
            Assert.Contains("no static PaperCatalog", Assert.Throws<ArgumentException>(() => Rows(new PapersDataAttribute(typeof(string)))).Message, StringComparison.Ordinal);
            Assert.Contains("\"Mar 99\"", Assert.Throws<ArgumentException>(() => Rows(new PapersDataAttribute(typeof(TrendingPapers)) { Date = "Mar 99" })).Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentOutOfRangeException>(() => Rows(new PapersDataAttribute(typeof(TrendingPapers)) { Sample = -1 }));
        }

        [Fact]
        public void A_case_whose_paper_left_the_catalogue_says_so()
        {
            var gone = new PaperCase(typeof(TrendingPapers), "no-such-paper");
            Assert.Contains("no-such-paper", Assert.Throws<InvalidOperationException>(() => gone.Paper).Message, StringComparison.Ordinal);
        }
    }
}
