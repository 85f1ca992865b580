using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperData.Testing
{
    /// <summary>An additional file held in memory, as MSBuild would hand it to the compiler.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;

        public InMemoryAdditionalText(string path, string? text)
        {
            Path = path;
            _text = text is null ? null : SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
