using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PaperData.Testing
{
    /// <summary>
    /// What PaperData.props/targets put in the generated .editorconfig: build properties globally, and
    /// per additional file the PaperData* item metadata (keys as in src/PaperData.Generator/Pipeline/InputReader.cs).
    /// </summary>
    internal sealed class InMemoryOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);
        private readonly ImmutableDictionary<string, AnalyzerConfigOptions> _files;

        public InMemoryOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files)
        {
            GlobalOptions = new DictionaryOptions(global.ToImmutableDictionary());
            _files = ImmutableDictionary.CreateRange(
                StringComparer.Ordinal,
                System.Linq.Enumerable.Select(files, pair => new KeyValuePair<string, AnalyzerConfigOptions>(pair.Key, new DictionaryOptions(pair.Value.ToImmutableDictionary()))));
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _files.TryGetValue(textFile.Path, out AnalyzerConfigOptions? options) ? options : Empty;

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public DictionaryOptions(ImmutableDictionary<string, string> values) =>
                _values = values.WithComparers(KeyComparer);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
