using System;
using System.Collections.Generic;
using System.Globalization;
using PaperData.Core.Parsed;

namespace PaperData.Core.Reading.Json
{
    internal static partial class JsonDigestParser
    {
        // Where and how problems are reported, and the cap that keeps a hostile file from flooding the build.
        private sealed partial class State
        {
            public const int MaxPerId = 100;

            private readonly Dictionary<string, int> _reported = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly Dictionary<string, DigestDiagnostic> _firstUnlisted = new Dictionary<string, DigestDiagnostic>(StringComparer.Ordinal);

            // Containers are marked at their opening bracket only, scalars over their whole text.
            private void ReportAt(string id, DigestSeverity severity, JsonValue at, string format, params string[] arguments) =>
                Report(id, severity, at.Start,
                    at.Kind == JsonKind.Array || at.Kind == JsonKind.Object ? Next(at.Start) : at.End, format, arguments);

            // At most MaxPerId diagnostics of one id are listed, so a hostile file (millions of bad elements) cannot
            // flood the build; the rest are counted and summed up in one last diagnostic of that id.
            public void Report(string id, DigestSeverity severity, TextPosition start, TextPosition end, string format, params string[] arguments)
            {
                _reported.TryGetValue(id, out int count);
                _reported[id] = count + 1;
                if (count == MaxPerId)
                {
                    _firstUnlisted[id] = new DigestDiagnostic(id, severity, DiagnosticFormats.Unlisted, EquatableArray<string>.Empty,
                        start.Line, start.Column, start.Line, start.Column, start.Offset, 0);
                }

                if (count >= MaxPerId) return;
                Diagnostics.Add(new DigestDiagnostic(id, severity, format, new EquatableArray<string>(arguments), start.Line, start.Column,
                    end.Line, end.Column, start.Offset, Math.Max(0, end.Offset - start.Offset)));
            }

            /// <summary>Forgets every paper and diagnostic so far.</summary>
            public void Discard()
            {
                Papers.Clear();
                Diagnostics.Clear();
                _reported.Clear();
                _firstUnlisted.Clear();
            }

            /// <summary>Adds one diagnostic per id that had more than <see cref="MaxPerId"/>, at the first one not listed.</summary>
            public void SumUpUnlisted()
            {
                foreach (KeyValuePair<string, DigestDiagnostic> first in _firstUnlisted)
                {
                    int unlisted = _reported[first.Key] - MaxPerId;
                    Diagnostics.Add(first.Value with
                    {
                        Arguments = new EquatableArray<string>(new[] { unlisted.ToString(CultureInfo.InvariantCulture), first.Key }),
                    });
                }
            }

            private static TextPosition Next(TextPosition at) => new TextPosition(at.Line, at.Column + 1, at.Offset + 1);
        }
    }
}
