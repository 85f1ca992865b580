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
    /// read (plain data out) -> parse (without the resource metadata) -> group by class (the metadata joined again) -> merge -> model -> emit, each tracked, each guarded so it reports instead of throwing.
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

            IncrementalValuesProvider<DigestSource> inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider.Combine(settings))
                .Select((pair, ct) => Steps.Read(pair.Left, pair.Right.Left, pair.Right.Right, ct))
                .WithTrackingName(TrackingNames.Inputs)
                .Where(input => input is not null)!
                .WithTrackingName(TrackingNames.Digests)!;

            // The resource the build task wrote for a file's class changes whenever any file of the class does; Parse
            // does not see it (so adding a day re-parses only that day), it joins the files again when they are grouped.
            // The string of a file is made only when its text or settings change, not when a day is added beside it.
            IncrementalValuesProvider<DigestInput> texts = inputs
                .Select((input, _) => Steps.WithoutResource(input))
                .WithTrackingName(TrackingNames.Texts)
                .Select(Steps.Contents)
                .WithTrackingName(TrackingNames.Contents);

            IncrementalValueProvider<ImmutableArray<ResourceRef>> resources = inputs
                .Select((input, _) => new ResourceRef(input.Settings.Path, input.Settings.ResourceName, input.Settings.ResourceHash, input.Settings.ResourceCount))
                .WithTrackingName(TrackingNames.Resources)
                .Collect();

            IncrementalValuesProvider<ParsedInput> parsed = texts
                .Select(Steps.Parse)
                .WithTrackingName(TrackingNames.Parse);

            // Digests of one class are one catalogue: grouped after parsing, so a new file re-parses only itself.
            IncrementalValuesProvider<DigestGroup> catalogs = parsed
                .Collect()
                .Combine(resources)
                .Select((pair, ct) => Steps.Group(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.Groups)
                .SelectMany((groups, _) => groups)
                .WithTrackingName(TrackingNames.Catalogs);

            IncrementalValuesProvider<MergedInput> merged = catalogs
                .Select(Steps.Merge)
                .WithTrackingName(TrackingNames.Merge);

            IncrementalValuesProvider<CatalogModel> models = merged
                .Combine(languageVersion)
                .Select((pair, ct) => Steps.Model(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.Model);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = models
                .Select((model, _) => model.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(models, Steps.EmitSource);
            context.RegisterSourceOutput(diagnostics, Steps.ReportDiagnostics);
            context.RegisterSourceOutput(settings, Steps.ReportSettings);
        }
    }
}
