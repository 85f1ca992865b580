using System.Linq;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>"Compiles cleanly" means something only if the harness does see doc and nullable warnings.</summary>
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
    }
}
