using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PaperData.Core.Parsed;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Text;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>Building blocks for hand-made digests and the checks every crafted-digest test shares.</summary>
    internal static class Crafted
    {
        /// <summary>The parser, cancellable with the test.</summary>
        public static ParsedDigest ParseDigest(string text) => TextDigestParser.Parse(text, TestContext.Current.CancellationToken);

        /// <summary>Lines joined by LF; the line-ending tests convert to CRLF/CR themselves.</summary>
        public static string Lines(params string[] lines) => string.Join("\n", lines);

        /// <summary>An abstract that reads like one: several sentences, well over 150 characters, ending in a full stop.</summary>
        public static string Abstract(string topic) =>
            "We study " + topic + " in depth and report what we found along the way. The results hold across many settings, "
            + "and the code is released for anyone who wants to reproduce every number in this paper.";

        public static void AssertDiagnostic(DigestDiagnostic d, string id, DigestSeverity severity, int line, int column, int endLine, int endColumn)
        {
            Assert.True(
                d.Id == id && d.Severity == severity && d.Line == line && d.Column == column && d.EndLine == endLine && d.EndColumn == endColumn,
                $"expected {id} {severity} ({line},{column})-({endLine},{endColumn}), got {d.Id} {d.Severity} ({d.Line},{d.Column})-({d.EndLine},{d.EndColumn}): {d.Message}");
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        }

        /// <summary>The diagnostic's offset and length cover exactly <paramref name="expected"/> in the text.</summary>
        public static void AssertCovers(string text, DigestDiagnostic d, string expected) =>
            Assert.Equal(expected, text.Substring(d.Offset, d.Length));

        private static readonly Regex DateLike = new Regex(
            @"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? +[0-9]{1,3}(,? *[0-9]{4})?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly HashSet<string> Chrome = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "new", "Get trending papers in your email inbox!", "Subscribe", "byAK and the research community",
        };

        /// <summary>
        /// Nothing dropped silently: every paragraph of <paramref name="text"/> (split here by blank lines, without the
        /// parser) is a paper's title or abstract, page chrome, a date line, or inside the span of a diagnostic — or
        /// under an unreadable date (PD0005 says the section is left out) or counted by PD0002.
        /// </summary>
        public static void AssertNothingDroppedSilently(string text, ParsedDigest digest)
        {
            List<(int Start, int End, string Text)> paragraphs = SimpleParagraphs(text);
            // Papers come in text order, so the next unmatched paper is the only one this paragraph can start; and
            // only under a readable date line (a paragraph before any date, or under an unreadable one, never is).
            int nextPaper = 0;
            bool underReadableDate = false;
            bool underUnreadableDate = false;
            for (int i = 0; i < paragraphs.Count; i++)
            {
                var (start, end, content) = paragraphs[i];
                if (underReadableDate && nextPaper < digest.Papers.Count && content == digest.Papers[nextPaper].Title
                    && i + 1 < paragraphs.Count && paragraphs[i + 1].Text == digest.Papers[nextPaper].Abstract)
                {
                    nextPaper++;
                    i++;
                    continue;
                }

                if (DateLike.IsMatch(content))
                {
                    underUnreadableDate = digest.Diagnostics.Any(d => d.Id == DiagnosticIds.UnreadableDate && d.Line == start);
                    underReadableDate = !underUnreadableDate;
                    continue;
                }

                if (Chrome.Contains(content) || underUnreadableDate) continue;
                if (digest.Diagnostics.Any(d => d.Id == DiagnosticIds.MissingDateLine)) continue;
                Assert.True(
                    digest.Diagnostics.Any(d => d.Line <= start && end <= d.EndLine),
                    $"paragraph on lines {start}-{end} ('{content}') is neither a paper nor covered by a diagnostic");
            }

            Assert.True(nextPaper == digest.Papers.Count, "every paper is a title paragraph followed by its abstract paragraph");
        }

        private static List<(int Start, int End, string Text)> SimpleParagraphs(string text)
        {
            string[] lines = text.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF').Split('\n');
            var result = new List<(int, int, string)>();
            int start = 0;
            var parts = new List<string>();
            for (int i = 0; i <= lines.Length; i++)
            {
                string line = i < lines.Length ? lines[i].Trim() : string.Empty;
                if (line.Length > 0)
                {
                    if (parts.Count == 0) start = i + 1;
                    parts.Add(line);
                }
                else if (parts.Count > 0)
                {
                    result.Add((start, i, string.Join(" ", parts)));
                    parts.Clear();
                }
            }

            return result;
        }
    }
}
