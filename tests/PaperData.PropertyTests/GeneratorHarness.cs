using System.Collections.Generic;
using PaperData.Testing;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// The property tests' project on the shared <see cref="TestProject"/> harness: one digest, generated public
    /// (so every member must carry valid XML documentation), used by a consumer class, compiled with nullable,
    /// documentation diagnostics and every warning as an error. Like every run, it is rerun on a cloned
    /// compilation and must be fully cached.
    /// </summary>
    internal static class GeneratorHarness
    {
        public const string DigestPath = "/project/papers/RandomDigest.txt";
        public const string Namespace = "Consumer.Papers";
        public const string ClassName = "RandomDigest";

        // Uses the generated class the way a consumer does, so its public surface must compile and be documented.
        private const string ConsumerSource = @"
namespace Consumer
{
    /// <summary>Uses the generated catalogue.</summary>
    public static class Use
    {
        /// <summary>Every paper.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<global::PaperData.Paper> Papers => Consumer.Papers.RandomDigest.All;

        /// <summary>The count.</summary>
        public const int Count = Consumer.Papers.RandomDigest.Count;
    }
}
";

        /// <summary>Generates from <paramref name="digestText"/>; with <paramref name="compile"/> false only the text is wanted (faster).</summary>
        /// <param name="digestText">The digest.</param>
        /// <param name="compile">False to run the generator only.</param>
        /// <param name="metadata">More item metadata for the digest (what PaperData.targets adds when its build task ran).</param>
        public static GeneratorRun Run(string digestText, bool compile = true, IReadOnlyDictionary<string, string>? metadata = null)
        {
            var project = new TestProject { WarningsAsErrors = true, Compile = compile }
                .With(new DigestItem(DigestPath, digestText) { ClassName = ClassName, Namespace = Namespace, Visibility = "public", Metadata = metadata });
            project.Properties["build_property.RootNamespace"] = "Consumer";
            if (compile) project.WithSource(ConsumerSource);
            GeneratorRun run = project.Run();
            Xunit.Assert.Null(run.Result.Exception);
            return run;
        }
    }
}
