using System.Linq;
using Microsoft.CodeAnalysis;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>
    /// "Compiles cleanly" means something only if the harness does see doc and nullable warnings; "cached" only if
    /// the caching check does see a step that ran again; "no raw invisible character" only if the oracle sees them.
    /// </summary>
    public class HarnessTests
    {
        [Fact]
        public void The_test_compilation_reports_missing_docs_bad_xml_and_nullable_warnings()
        {
            GeneratorRun run = new TestProject()
                .WithSource("""
                    namespace Sample
                    {
                        public static class Undocumented { }

                        /// <summary>unclosed
                        public static class BadXml
                        {
                            /// <summary>Returns null where it must not.</summary>
                            /// <returns>Nothing.</returns>
                            public static string Nothing() => null;
                        }
                    }
                    """)
                .Run();

            string[] ids = run.Problems().Select(d => d.Id).ToArray();
            Assert.Contains("CS1591", ids); // missing XML comment
            Assert.Contains("CS1570", ids); // badly formed XML
            Assert.Contains("CS8603", ids); // possible null reference return
        }

        [Theory]
        [InlineData("a\tb", "U+0009 (Control) on line 1")]
        [InlineData("x\ny\r\n", "U+000D (Control) on line 2")]
        [InlineData("bidi \u202E", "U+202E (Format) on line 1")]
        [InlineData("line\u2028separator", "U+2028 (LineSeparator) on line 1")]
        [InlineData("tag \U000E0041", "U+E0041 (Format) on line 1")]
        [InlineData("private \uE000", "U+E000 (PrivateUse) on line 1")]
        public void The_raw_character_oracle_finds_each_kind_of_invisible_character(string source, string expected)
        {
            Assert.Equal(expected, RawCharacterOracle.FindRawInvisible(source));
        }

        [Fact]
        public void The_raw_character_oracle_finds_a_lone_surrogate()
        {
            // Not as InlineData: test case data may not carry a lone surrogate intact.
            Assert.Equal("U+D800 (Surrogate) on line 1", RawCharacterOracle.FindRawInvisible("lone " + new string('\uD800', 1) + " surrogate"));
        }

        [Fact]
        public void The_raw_character_oracle_accepts_LF_and_visible_text_of_any_script()
        {
            Assert.Null(RawCharacterOracle.FindRawInvisible("class A { }\n// café 漢字 🚀 \\u202E escaped\n"));
        }

        [Fact]
        public void The_caching_check_fails_when_a_step_runs_again()
        {
            GeneratorRun first = new TestProject().With(new DigestItem("papers/small.txt", TestDigests.Small)).Run();
            AdditionalText held = first.AdditionalTexts.Single();
            GeneratorRun changed = first.Rerun(
                driver => driver.ReplaceAdditionalText(held, new InMemoryAdditionalText(held.Path, TestDigests.Small.Replace("three layers", "four layers"))),
                first.Input);

            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CachingAssert.AssertEveryStepReused(changed));
        }
    }
}
