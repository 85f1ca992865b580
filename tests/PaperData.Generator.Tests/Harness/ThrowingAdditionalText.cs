using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperData.Generator.Tests.Harness
{
    /// <summary>An additional file whose reading fails unexpectedly, as a locked or vanished file can.</summary>
    internal sealed class ThrowingAdditionalText : AdditionalText
    {
        public ThrowingAdditionalText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("disk on fire");
    }
}
