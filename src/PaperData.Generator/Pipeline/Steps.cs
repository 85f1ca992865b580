using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Generator.Diagnostics;
using PaperData.Generator.Emit;
using PaperData.Generator.Model;

namespace PaperData.Generator.Pipeline
{
    /// <summary>
    /// The generator's steps. Each one is total: an unexpected exception becomes PD0199 for that digest
    /// (never CS8785, which would silently drop every catalogue); cancellation still propagates.
    /// </summary>
    internal static class Steps
    {
        public static DigestSource? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, GlobalSettings global, CancellationToken ct)
        {
            DigestSettings? settings = null;
            try
            {
                settings = InputReader.ReadSettings(file, options, global);
                return settings is null ? null : InputReader.ReadSource(file, settings, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                settings ??= new DigestSettings(file.Path, file.Path, null, null, null, global);
                return new DigestSource(settings, null, Failure("reading", e, file.Path));
            }
        }

        /// <summary>The digest's text as a string (a copy of the whole file: done only when its source or settings change).</summary>
        public static DigestInput Contents(DigestSource source, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                return InputReader.ReadText(source);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new DigestInput(source.Settings, null, Failure("reading", e, source.Settings.Path));
            }
        }

        public static ParsedInput Parse(DigestInput input, CancellationToken ct)
        {
            // The build task parsed this file and found nothing the class needs from it: its hash ties it to the resource.
            if (input.Hash is string hash) return Archives.Summarize(input.Settings, hash, input.Source);
            if (input.Text is null) return new ParsedInput(input.Settings, null, input.Problem);
            try
            {
                if (!DigestReader.TryReadFormat(input.Settings.Format, out DigestFormat? forced))
                {
                    return new ParsedInput(input.Settings, null, DiagnosticInfo.At(DiagnosticIds.InvalidName, input.Settings.Path, GeneratorFormats.InvalidFormat, input.Settings.Format ?? string.Empty));
                }

                return new ParsedInput(input.Settings, DigestReader.Parse(input.Text, input.Settings.Path, forced, ct), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new ParsedInput(input.Settings, null, Failure("parsing", e, input.Settings.Path));
            }
        }

        /// <summary>The input as Parse sees it: without the resource metadata, which <see cref="Group"/> joins again.</summary>
        public static DigestSource WithoutResource(DigestSource input) =>
            input.Settings.ResourceName is null && input.Settings.ResourceHash is null && input.Settings.ResourceCount is null
                ? input
                : input with { Settings = input.Settings with { ResourceName = null, ResourceHash = null, ResourceCount = null } };

        /// <summary>Groups the parsed files by class; should grouping ever fail, each file is its own catalogue (no file is lost).</summary>
        public static EquatableArray<DigestGroup> Group(ImmutableArray<ParsedInput> files, ImmutableArray<ResourceRef> resources, CancellationToken ct)
        {
            try
            {
                return Archives.Group(files, resources, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var alone = new List<DigestGroup>();
                foreach (ParsedInput file in files)
                {
                    ParsedInput failed = file with { Digest = null, Problem = Failure("grouping", e, file.Settings.Path) };
                    alone.Add(new DigestGroup(file.Settings.Path, new EquatableArray<ParsedInput>(new[] { failed })));
                }

                return new EquatableArray<DigestGroup>(alone.ToArray());
            }
        }

        public static MergedInput Merge(DigestGroup group, CancellationToken ct)
        {
            try
            {
                return Archives.Merge(group, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                DigestSettings settings = group.Files[0].Settings;
                return new MergedInput(settings, settings.RelativePath, "*" + group.FullName, null,
                    new EquatableArray<DiagnosticInfo>(new[] { Failure("merging", e, settings.Path) }));
            }
        }

        public static CatalogModel Model(MergedInput input, LanguageVersion languageVersion, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                return CatalogModelBuilder.Build(input, languageVersion);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var failure = new EquatableArray<DiagnosticInfo>(new[] { Failure("modelling", e, input.Settings.Path) });
                return new CatalogModel(input.Settings.RelativePath, input.SourceName, string.Empty, "Papers", "internal",
                    false, string.Empty, EquatableArray<PaperModel>.Empty, failure) { CanEmit = false, Path = input.Settings.Path };
            }
        }

        public static void EmitSource(SourceProductionContext context, CatalogModel model)
        {
            if (!model.CanEmit) return;
            try
            {
                string? source = CatalogEmitter.Emit(model, context.CancellationToken, out DiagnosticInfo? problem);
                if (problem is not null) context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(problem));
                if (source is not null) context.AddSource(model.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(Failure("emitting", e, model.Path.Length > 0 ? model.Path : null)));
            }
        }

        public static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo info in diagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(info));
            }
        }

        /// <summary>Problems with the project-wide properties, reported once per project (no location: a property has no line).</summary>
        public static void ReportSettings(SourceProductionContext context, GlobalSettings settings)
        {
            if (settings.InvalidMaxMembers is string invalid)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(DiagnosticInfo.At(DiagnosticIds.InvalidName, null, GeneratorFormats.InvalidMaxMembers, invalid)));
            }
        }

        private static DiagnosticInfo Failure(string stage, Exception e, string? path) =>
            DiagnosticInfo.At(DiagnosticIds.GeneratorFailure, path, GeneratorFormats.GeneratorFailure, stage, e.GetType().Name, e.Message);
    }
}
