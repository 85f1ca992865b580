using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperData.Core.Parsed;
using PaperData.Generator.Model;
using PaperData.Generator.Pipeline;

namespace PaperData.Generator
{
    /// <summary>
    /// Turns every <c>PaperDigest</c> item into a typed catalogue class. This file only wires the steps:
    /// read (plain data out) -> parse -> model -> emit, each tracked, each guarded so it reports instead of throwing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DigestGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<GlobalSettings> settings = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => InputReader.ReadGlobal(options))
                .WithTrackingName(TrackingNames.Settings);

            IncrementalValueProvider<LanguageVersion> languageVersion = context.ParseOptionsProvider
                .Select((options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest)
                .WithTrackingName(TrackingNames.LanguageVersion);

            IncrementalValuesProvider<DigestInput> inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider.Combine(settings))
                .Select((pair, ct) => Steps.Read(pair.Left, pair.Right.Left, pair.Right.Right, ct))
                .WithTrackingName(TrackingNames.Inputs)
                .Where(input => input is not null)!
                .WithTrackingName(TrackingNames.Digests)!;

            IncrementalValuesProvider<ParsedInput> parsed = inputs
                .Select(Steps.Parse)
                .WithTrackingName(TrackingNames.Parse);

            IncrementalValuesProvider<CatalogModel> models = parsed
                .Combine(languageVersion)
                .Select((pair, ct) => Steps.Model(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.Model);

            IncrementalValueProvider<ImmutableArray<ClassKey>> classNames = models
                .Select((model, _) => ClassKey.Of(model))
                .WithTrackingName(TrackingNames.ClassNames)
                .Collect();

            IncrementalValueProvider<EquatableArray<ClassKey>> duplicates = classNames
                .Select((keys, _) => Steps.Duplicates(keys))
                .WithTrackingName(TrackingNames.DuplicateClasses);

            IncrementalValuesProvider<(CatalogModel Model, EquatableArray<ClassKey> Duplicates)> emitInputs = models
                .Combine(duplicates)
                .WithTrackingName(TrackingNames.EmitInput);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = emitInputs
                .Select((pair, _) => Steps.Diagnostics(pair.Model, pair.Duplicates))
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(emitInputs, Steps.EmitSource);
            context.RegisterSourceOutput(diagnostics, Steps.ReportDiagnostics);
        }
    }
}
