using PaperData.Testing;
using Xunit;

namespace PaperData.PropertyTests
{
    /// <summary>Inputs the properties or the fuzzer once broke, kept as plain examples.</summary>
    public class RegressionTests
    {
        private const string Abstract =
            "We study a method that works well. It is evaluated on many benchmarks and improves the results a lot. Code is at https://github.com/o/r.";

        [Fact]
        public void A_paper_named_Holder_does_not_clash_with_the_generated_nested_factory_class()
        {
            // Found by Any_digest_generates_code_that_compiles_without_a_single_warning: CS0102 'Holder' defined twice.
            // The nested class is __Holder now, so the paper keeps the name Holder (no needless Holder_2).
            GeneratorRun run = GeneratorHarness.Run("Mar 11\n\nHolder: fields\n\n" + Abstract + "\n");
            Assert.Empty(run.DriverDiagnostics);
            Assert.Empty(run.Output.GetDiagnostics(TestContext.Current.CancellationToken));
            Assert.Contains("public static global::PaperData.Paper Holder =>", run.Sources[0].SourceText.ToString(), System.StringComparison.Ordinal);
        }
    }
}
