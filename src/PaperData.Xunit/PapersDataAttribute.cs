using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace PaperData
{
    /// <summary>
    /// Theory data from a paper catalogue: one test case per paper, each listed and runnable on its own and named
    /// <c>Method [paper-id]</c>. The theory takes one parameter: a <see cref="Paper"/> (or a <see cref="PaperCase"/>),
    /// or the catalogue's generated <c>Key</c> enum. Each case serialises as the catalogue type and the paper id (see
    /// <see cref="PaperSerializer"/>), never as the paper's value. Filters apply in the order WithCode, Date, Search, then Sample;
    /// the cases keep catalogue order.
    /// </summary>
    /// <example>
    /// <code>
    /// [Theory]
    /// [PapersData(typeof(TrendingPapers), WithCode = true, Sample = 10, Seed = 42)]
    /// public void Has_a_repository(Paper paper) =&gt; Assert.NotNull(paper.GitHubRepository);
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class PapersDataAttribute : DataAttribute
    {
        /// <summary>Cases from the catalogue of <paramref name="catalogType"/>: a generated catalogue class such as
        /// <see cref="TrendingPapers"/>, or any type with a static <see cref="PaperCatalog"/> property or field.</summary>
        public PapersDataAttribute(Type catalogType)
        {
            CatalogType = catalogType ?? throw new ArgumentNullException(nameof(catalogType));
        }

        /// <summary>The catalogue type.</summary>
        public Type CatalogType { get; }

        /// <summary>Only papers with a link to a source repository.</summary>
        public bool WithCode { get; set; }

        /// <summary>Only papers listed under this date, written as in a digest ("Mar 11", "March 11, 2025").</summary>
        public string? Date { get; set; }

        /// <summary>Only papers that the catalogue's ranked search finds for this query (kept in catalogue order).</summary>
        public string? Search { get; set; }

        /// <summary>
        /// When above zero, only this many papers, picked by <see cref="PaperCatalog.Sample"/> with <see cref="Seed"/>:
        /// the same ones on every machine, and adding papers to the digest does not reshuffle them. Zero: all.
        /// </summary>
        public int Sample { get; set; }

        /// <summary>The seed of <see cref="Sample"/>.</summary>
        public int Seed { get; set; }

        /// <inheritdoc />
        public override bool SupportsDiscoveryEnumeration() => true;

        /// <inheritdoc />
        public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
        {
            if (testMethod is null) throw new ArgumentNullException(nameof(testMethod));
            PaperCatalog catalog = CatalogSource.Resolve(CatalogType);
            Func<int, Paper, object> argument = ArgumentFor(testMethod);

            var rows = new List<ITheoryDataRow>();
            foreach (int index in PaperSelection.Select(catalog, WithCode, Date, Search, Sample, Seed))
            {
                Paper paper = catalog.Papers[index];
                rows.Add(new TheoryDataRow(argument(index, paper)) { Label = paper.Id });
            }

            return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>(rows);
        }

        // What the theory's one parameter receives: the Key member at the paper's position, or a PaperCase.
        private Func<int, Paper, object> ArgumentFor(MethodInfo testMethod)
        {
            ParameterInfo[] parameters = testMethod.GetParameters();
            if (parameters.Length != 1)
            {
                throw new ArgumentException("[PapersData] needs a theory with exactly one parameter (a Paper or the catalogue's Key); "
                    + testMethod.Name + " has " + parameters.Length + ".", nameof(testMethod));
            }

            Type type = parameters[0].ParameterType;
            Type? key = CatalogSource.KeyEnum(CatalogType);
            if (key is not null && type == key) return (index, _) => Enum.ToObject(key, index);
            if (type == typeof(Paper))
            {
                return (_, paper) =>
                {
                    PaperSerializer.Remember(paper, new PaperCase(CatalogType, paper.Id));
                    return paper;
                };
            }

            if (type.IsAssignableFrom(typeof(PaperCase))) return (_, paper) => new PaperCase(CatalogType, paper.Id);
            throw new ArgumentException("[PapersData(typeof(" + CatalogType.Name + "))] cannot fill parameter '" + parameters[0].Name + "' of type "
                + type.FullName + " in " + testMethod.Name + ": use Paper" + (key is null ? string.Empty : " or " + CatalogType.Name + ".Key") + ".", nameof(testMethod));
        }
    }
}
