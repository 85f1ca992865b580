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
    /// <summary>A class a digest generates, the digest it comes from, and whether it is written at all.</summary>
    internal sealed record ClassKey(string FullName, string SourceName, string Path, bool Emits)
    {
        public static ClassKey Of(CatalogModel model) => new ClassKey(model.FullName, model.SourceName, model.Path, model.CanEmit);
    }

    /// <summary>
    /// The generator's steps. Each one is total: an unexpected exception becomes PD0199 for that digest
    /// (never CS8785, which would silently drop every catalogue); cancellation still propagates.
    /// </summary>
    internal static class Steps
    {
        public static DigestInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, GlobalSettings global, CancellationToken ct)
        {
            DigestSettings? settings = null;
            try
            {
                settings = InputReader.ReadSettings(file, options, global);
                return settings is null ? null : InputReader.ReadText(file, settings, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                settings ??= new DigestSettings(file.Path, file.Path, null, null, null, global);
                return new DigestInput(settings, null, Failure("reading", e, file.Path));
            }
        }

        public static ParsedInput Parse(DigestInput input, CancellationToken ct)
        {
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

        public static CatalogModel Model(ParsedInput input, LanguageVersion languageVersion, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                return CatalogModelBuilder.Build(input, languageVersion);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var failure = new EquatableArray<DiagnosticInfo>(new[] { Failure("modelling", e, input.Settings.Path) });
                return new CatalogModel(input.Settings.RelativePath, input.Settings.RelativePath, string.Empty, "Papers", "internal",
                    false, string.Empty, EquatableArray<PaperModel>.Empty, failure) { CanEmit = false, Path = input.Settings.Path };
            }
        }

        /// <summary>
        /// Every digest after the first (by path) that generates an already generated class. Digests that write
        /// no source (an invalid name, say) take no class, so they never make another digest a duplicate.
        /// </summary>
        public static EquatableArray<ClassKey> Duplicates(ImmutableArray<ClassKey> keys)
        {
            var sorted = new List<ClassKey>(keys);
            sorted.Sort((a, b) =>
            {
                int bySource = string.CompareOrdinal(a.SourceName, b.SourceName);
                return bySource != 0 ? bySource : string.CompareOrdinal(a.Path, b.Path);
            });
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var losers = new List<ClassKey>();
            foreach (ClassKey key in sorted)
            {
                if (key.Emits && !seen.Add(key.FullName)) losers.Add(key);
            }

            return new EquatableArray<ClassKey>(losers);
        }

        public static EquatableArray<DiagnosticInfo> Diagnostics(CatalogModel model, EquatableArray<ClassKey> duplicates)
        {
            if (!IsDuplicate(model, duplicates)) return model.Diagnostics;
            var all = new List<DiagnosticInfo>(model.Diagnostics)
            {
                DiagnosticInfo.At(DiagnosticIds.DuplicateClass, model.Path.Length > 0 ? model.Path : null, GeneratorFormats.DuplicateClass, model.FullName),
            };
            return new EquatableArray<DiagnosticInfo>(all);
        }

        public static void EmitSource(SourceProductionContext context, (CatalogModel Model, EquatableArray<ClassKey> Duplicates) input)
        {
            CatalogModel model = input.Model;
            if (!model.CanEmit || IsDuplicate(model, input.Duplicates)) return;
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

        private static bool IsDuplicate(CatalogModel model, EquatableArray<ClassKey> duplicates)
        {
            foreach (ClassKey key in duplicates)
            {
                // By path: two digests outside the project can share a SourceName (just the file name).
                if (key.FullName == model.FullName && key.Path == model.Path) return true;
            }

            return false;
        }

        private static DiagnosticInfo Failure(string stage, Exception e, string? path) =>
            DiagnosticInfo.At(DiagnosticIds.GeneratorFailure, path, GeneratorFormats.GeneratorFailure, stage, e.GetType().Name, e.Message);
    }
}
