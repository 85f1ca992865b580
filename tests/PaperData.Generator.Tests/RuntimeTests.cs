using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>The real digest's generated catalogue, compiled once with a small program that uses it, emitted and loaded.</summary>
    public sealed class RealCatalogFixture : IDisposable
    {
        // Typed use of the generated API: constants and enum members in attributes, properties, Get(Key), Catalog.
        private const string Program = """
            using System.ComponentModel;
            using System.Reflection;

            namespace Sample
            {
                internal static class Probe
                {
                    [Description(TrendingPapers.Titles.S3IM)]
                    [DefaultValue(TrendingPapers.Key.S3IM)]
                    public static PaperData.Paper Property() => TrendingPapers.S3IM;

                    public static PaperData.Paper ByKey() => TrendingPapers.Get(TrendingPapers.Key.S3IM);

                    public static string TitleInAttribute() =>
                        typeof(Probe).GetMethod(nameof(Property))!.GetCustomAttribute<DescriptionAttribute>()!.Description;

                    public static object KeyInAttribute() =>
                        typeof(Probe).GetMethod(nameof(Property))!.GetCustomAttribute<DefaultValueAttribute>()!.Value!;

                    public static int CountConstant() => TrendingPapers.Count;
                }
            }
            """;

        public RealCatalogFixture()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("data/daily-papers-mar-11.txt", TestDigests.Real) { ClassName = "TrendingPapers" })
                .WithSource(Program)
                .Run()
                .AssertClean();
            Assembly = LoadedAssembly.Emit(run.Output);
        }

        public LoadedAssembly Assembly { get; }

        public IReadOnlyList<Paper> All => Assembly.Static<IReadOnlyList<Paper>>("Sample.TrendingPapers", "All");

        public PaperCatalog Catalog => Assembly.Static<PaperCatalog>("Sample.TrendingPapers", "Catalog");

        public void Dispose() => Assembly.Dispose();
    }

    /// <summary>Runs the generated code: what a consumer of a PaperDigest item gets at run time.</summary>
    public class RuntimeTests : IClassFixture<RealCatalogFixture>
    {
        private const string Class = "Sample.TrendingPapers";
        private const string S3IMTitle = "S3IM: Stochastic Structural SIMilarity and Its Unreasonable Effectiveness for Neural Fields";
        private readonly RealCatalogFixture _real;

        public RuntimeTests(RealCatalogFixture real) => _real = real;

        [Fact]
        public void All_holds_the_57_papers_in_digest_order()
        {
            Assert.Equal(57, _real.All.Count);
            Assert.Equal(57, _real.Assembly.Call<int>("Sample.Probe", "CountConstant"));
            Assert.Equal(Enumerable.Range(1, 57), _real.All.Select(p => p.Rank));
            Assert.Equal("Learning dynamic representations of the functional connectome in neurobiological networks", _real.All[0].Title);
            Assert.Equal("NitroFusion", _real.All[56].ShortName);
        }

        [Fact]
        public void Generated_papers_equal_the_bundled_catalogue_built_by_msbuild()
        {
            // The library's TrendingPapers comes from the same generator run by the real build; both must agree.
            Assert.Equal(TrendingPapers.All, _real.All);
            Assert.Equal(TrendingPapers.ContentHash, _real.Assembly.Static<string>(Class, "ContentHash"));
        }

        [Fact]
        public void Paper_property_constant_key_and_attribute_all_name_the_same_paper()
        {
            Paper property = _real.Assembly.Static<Paper>(Class, "S3IM");
            Assert.Equal(S3IMTitle, property.Title);
            Assert.Equal("S3IM", property.ShortName);
            Assert.Same(property, _real.Assembly.Call<Paper>("Sample.Probe", "Property"));
            Assert.Same(property, _real.Assembly.Call<Paper>("Sample.Probe", "ByKey"));
            Assert.Equal(S3IMTitle, _real.Assembly.Static<string>(Class + "+Titles", "S3IM"));
            Assert.Equal(S3IMTitle, _real.Assembly.Call<string>("Sample.Probe", "TitleInAttribute"));
            Assert.Equal(property.Rank - 1, Convert.ToInt32(_real.Assembly.Call<object>("Sample.Probe", "KeyInAttribute"), CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Key_enum_has_one_member_per_paper_in_rank_order()
        {
            Type key = _real.Assembly.Type(Class + "+Key");
            Assert.True(key.IsEnum);
            int[] values = Enum.GetValues(key).Cast<object>().Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(Enumerable.Range(0, 57), values);
            Paper last = _real.Assembly.Call<Paper>(Class, "Get", Enum.ToObject(key, 56));
            Assert.Equal(57, last.Rank);
        }

        [Fact]
        public void Every_paper_has_a_property_and_a_title_constant_that_agree()
        {
            Type catalogue = _real.Assembly.Type(Class);
            Type titles = _real.Assembly.Type(Class + "+Titles");
            foreach (string name in Enum.GetNames(_real.Assembly.Type(Class + "+Key")))
            {
                var paper = (Paper)catalogue.GetProperty(name)!.GetValue(null)!;
                Assert.Equal(paper.Title, (string)titles.GetField(name)!.GetRawConstantValue()!);
            }
        }

        [Fact]
        public void Catalog_searches_and_finds()
        {
            IReadOnlyList<SearchHit> hits = _real.Catalog.Search("radiance fields", 3);
            Assert.InRange(hits.Count, 1, 3);
            Assert.Contains(hits, hit => hit.Paper.Abstract.Contains("Radiance Field", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(S3IMTitle, _real.Catalog.Find("S3IM")?.Title);
            Assert.Contains(_real.Catalog.WithCode(), p => p.Links.Any(l => l.Url == new Uri("https://github.com/facebookresearch/forwardgnn")));
        }
    }
}
