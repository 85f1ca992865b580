using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Generator.Model;
using PaperData.Generator.Pipeline;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;

namespace PaperData.Generator.Tests
{
    /// <summary>The generator never throws: a failing step becomes PD0199 for its digest; cancellation still stops it.</summary>
    public class RobustnessTests
    {
        private static readonly GlobalSettings Global = new GlobalSettings("Sample", TestProject.ProjectDirectory, null, "internal", 1024 * 1024);

        private static DigestSettings Settings(string relativePath) =>
            new DigestSettings(TestProject.FullPath(relativePath), relativePath, null, null, null, Global);

        [Fact]
        public void A_file_that_throws_when_read_gives_PD0199_and_the_other_digests_still_generate()
        {
            GeneratorRun run = new TestProject()
                .With(new DigestItem("locked.txt", null) { CustomFile = path => new ThrowingAdditionalText(path) })
                .With(new DigestItem("papers.txt", TestDigests.Small))
                .Run()
                .AssertClean("PD0199");

            Diagnostic failure = Assert.Single(run.DriverDiagnostics);
            Assert.Equal("PD0199", failure.Id);
            Assert.Contains("reading", failure.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Contains("disk on fire", failure.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Equal(TestProject.FullPath("locked.txt"), failure.Location.GetLineSpan().Path);
            Assert.Equal("Papers", Assert.Single(run.Sources).HintName.Split('.')[0]);
        }

        [Fact]
        public void A_model_step_that_fails_returns_PD0199_instead_of_throwing()
        {
            // A parsed digest holding a null paper cannot be modelled: the step must report, not throw.
            var digest = new ParsedDigest(new EquatableArray<ParsedPaper>(new ParsedPaper[] { null! }), EquatableArray<DigestDiagnostic>.Empty, "hash");
            var input = new MergedInput(Settings("broken.txt"), "broken.txt", "broken.txt", digest, EquatableArray<DiagnosticInfo>.Empty);

            CatalogModel model = Steps.Model(input, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, CancellationToken.None);

            Assert.False(model.CanEmit);
            DiagnosticInfo failure = Assert.Single(model.Diagnostics);
            Assert.Equal(DiagnosticIds.GeneratorFailure, failure.Id);
            Assert.Contains("modelling", failure.Message, StringComparison.Ordinal);
            Assert.Equal(TestProject.FullPath("broken.txt"), failure.Path);
        }

        [Fact]
        public void Cancellation_propagates_out_of_the_parse_step()
        {
            var input = new DigestInput(Settings("papers.txt"), TestDigests.Small, null);
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => Steps.Parse(input, cancelled.Token));
        }

        [Fact]
        public void Every_PD_id_has_a_descriptor_with_a_real_format_a_description_and_a_help_link()
        {
            foreach (System.Reflection.FieldInfo field in typeof(DiagnosticIds).GetFields())
            {
                string id = (string)field.GetRawConstantValue()!;
                DiagnosticDescriptor descriptor = Diagnostics.DiagnosticDescriptors.ForId(id);
                Assert.Equal(id, descriptor.Id);
                string format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
                Assert.NotEqual("{0}", format);
                Assert.True(format.Length > 20, id + ": " + format);
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(CultureInfo.InvariantCulture)), id);
                Assert.EndsWith("#diagnostics", descriptor.HelpLinkUri, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void A_diagnostic_reads_its_format_filled_with_its_arguments_and_unknown_ids_fall_back_to_PD0199()
        {
            Diagnostic duplicate = Diagnostics.DiagnosticDescriptors.ToDiagnostic(
                DiagnosticInfo.At("PD0004", "/x.txt", DiagnosticFormats.DuplicateTitle, "12"));
            Assert.Equal("duplicate title, first seen on line 12; both papers are kept, this one with a numbered id",
                duplicate.GetMessage(CultureInfo.InvariantCulture));
            Assert.Same(Diagnostics.DiagnosticDescriptors.DuplicateTitle, duplicate.Descriptor);

            // Another format of the same id keeps the id's title, severity, description and link.
            Diagnostic otherShape = Diagnostics.DiagnosticDescriptors.ToDiagnostic(
                DiagnosticInfo.At("PD0001", "/x.txt", DiagnosticFormats.EmptyJsonArray));
            Assert.Equal("the JSON array holds no papers", otherShape.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(Diagnostics.DiagnosticDescriptors.EmptyDigest.Title, otherShape.Descriptor.Title);
            Assert.Equal(DiagnosticSeverity.Warning, otherShape.Severity);
            Assert.Equal(Diagnostics.DiagnosticDescriptors.HelpLink, otherShape.Descriptor.HelpLinkUri);

            Assert.Equal("PD0199", Diagnostics.DiagnosticDescriptors.ToDiagnostic(DiagnosticInfo.At("PD9999", null, "m")).Id);
        }
    }
}
