using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using PaperData.Core.Parsed;

namespace PaperData.Core.Reading.Text
{
    /// <summary>
    /// The one parser of text digests, shared by the generator, <c>PaperCatalog.Parse</c> and the CLI.
    /// Pure: no I/O, no Roslyn, culture-invariant; every problem becomes a <see cref="DigestDiagnostic"/>.
    /// </summary>
    internal static class TextDigestParser
    {
        // Page chrome of the Daily Papers page, compared ignoring case and spacing: skipped without a word.
        private static readonly HashSet<string> KnownChrome = new HashSet<string>(StringComparer.Ordinal)
        {
            "new", "get trending papers in your email inbox!", "subscribe", "byak and the research community",
            "by ak and the research community",
            "daily papers", "papers", "trending papers",
        };

        public static ParsedDigest Parse(string text, CancellationToken cancellationToken = default)
        {
            List<Paragraph> paragraphs = Paragraph.Split(text);
            var state = new ParserState(paragraphs, cancellationToken);

            for (int i = 0; i < paragraphs.Count; i++)
            {
                if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                state.Accept(i);
            }

            state.Finish(paragraphs.Count > 0 ? paragraphs[paragraphs.Count - 1] : null);
            return new ParsedDigest(
                new EquatableArray<ParsedPaper>(state.Papers),
                new EquatableArray<DigestDiagnostic>(InTextOrder(state.Diagnostics)),
                ContentHash.OfText(text));
        }

        // Some diagnostics are only known later (an empty date section when the next one starts), so order them by
        // position; a stable sort keeps the report order of diagnostics at the same place.
        private static DigestDiagnostic[] InTextOrder(List<DigestDiagnostic> diagnostics)
        {
            var keyed = new KeyValuePair<int, DigestDiagnostic>[diagnostics.Count];
            for (int i = 0; i < keyed.Length; i++) keyed[i] = new KeyValuePair<int, DigestDiagnostic>(i, diagnostics[i]);
            Array.Sort(keyed, (x, y) =>
            {
                int byLine = x.Value.Line.CompareTo(y.Value.Line);
                if (byLine != 0) return byLine;
                int byColumn = x.Value.Column.CompareTo(y.Value.Column);
                return byColumn != 0 ? byColumn : x.Key.CompareTo(y.Key);
            });
            var sorted = new DigestDiagnostic[keyed.Length];
            for (int i = 0; i < keyed.Length; i++) sorted[i] = keyed[i].Value;
            return sorted;
        }

        /// <summary>
        /// Reads like an abstract: long, or several sentences ending in a full stop. Only for text before the first
        /// date line; papers under a date line are paired over the whole section (<see cref="SectionPairing"/>).
        /// </summary>
        internal static bool LooksLikeAbstract(string text) =>
            text.Length >= 400 || (text.Length >= 150 && text.EndsWith(".", StringComparison.Ordinal) && text.IndexOf(". ", StringComparison.Ordinal) > 0);

        private sealed class ParserState
        {
            private readonly Dictionary<string, int> _titleLines = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly UniqueIds _ids = new UniqueIds();
            private DigestDate? _date;
            private Paragraph? _dateLine;
            private int _papersInSection;
            private bool _skippingSection;
            private string _unreadableProblem = string.Empty;
            private int _skippedParagraphs;
            private bool _sawDateLine;
            private readonly List<Paragraph> _paragraphs;
            private readonly CancellationToken _cancellationToken;

            // The paragraphs of the current date section, paired all at once when the section ends.
            private int _sectionStart;
            private int _sectionCount;

            public ParserState(List<Paragraph> paragraphs, CancellationToken cancellationToken)
            {
                _paragraphs = paragraphs;
                _cancellationToken = cancellationToken;
            }

            public List<ParsedPaper> Papers { get; } = new List<ParsedPaper>();

            public List<DigestDiagnostic> Diagnostics { get; } = new List<DigestDiagnostic>();

            [MethodImpl(HotPath.Optimized)]
            public void Accept(int index)
            {
                Paragraph paragraph = _paragraphs[index];
                DateLine.Kind kind = DateLine.Read(paragraph.Text, out DigestDate date, out string problem);
                if (kind != DateLine.Kind.NotADate)
                {
                    StartSection(paragraph, kind, date, problem);
                    _sectionStart = index + 1;
                    return;
                }

                if (_skippingSection)
                {
                    _skippedParagraphs++;
                    return;
                }

                if (!_sawDateLine)
                {
                    AcceptBeforeFirstDate(paragraph);
                    return;
                }

                _sectionCount++;
            }

            public void Finish(Paragraph? last)
            {
                ReportPreamble();
                CloseSection();
                if (Papers.Count == 0 && !Diagnostics.Exists(d => d.Severity == DigestSeverity.Error))
                {
                    TextPosition at = last?.Start ?? new TextPosition(1, 1, 0);
                    Report(DiagnosticIds.EmptyDigest, DigestSeverity.Warning, at, at, DiagnosticFormats.EmptyTextDigest);
                }
            }

            private void AcceptBeforeFirstDate(Paragraph paragraph)
            {
                if (!KnownChrome.Contains(TitleRules.Normalize(paragraph.Text))) _preamble.Add(paragraph);
            }

            // Unknown text before the first date line: a warning once a date line shows the digest has papers, but
            // an error for what reads like a paper there (it has no date), and when no date line ever comes.
            private void ReportPreamble()
            {
                if (_preamble.Count == 0) return;
                if (_sawDateLine)
                {
                    for (int i = 0; i < _preamble.Count; i++)
                    {
                        Paragraph paragraph = _preamble[i];
                        Paragraph? next = i + 1 < _preamble.Count ? _preamble[i + 1] : null;
                        if (!LooksLikeAbstract(paragraph.Text) && next is not null && LooksLikeAbstract(next.Text))
                        {
                            Report(DiagnosticIds.MissingDateLine, DigestSeverity.Error, paragraph.Start, next.End,
                                DiagnosticFormats.PaperBeforeDateLine, Shorten(paragraph.Text));
                            i++;
                        }
                        else if (LooksLikeAbstract(paragraph.Text))
                        {
                            Report(DiagnosticIds.MissingDateLine, DigestSeverity.Error, paragraph, DiagnosticFormats.AbstractBeforeDateLine);
                        }
                        else
                        {
                            Report(DiagnosticIds.IgnoredPreamble, DigestSeverity.Warning, paragraph, DiagnosticFormats.IgnoredPreamble);
                        }
                    }
                }
                else
                {
                    Report(DiagnosticIds.MissingDateLine, DigestSeverity.Error, _preamble[0],
                        DiagnosticFormats.NoDateLine, _preamble.Count.ToString(CultureInfo.InvariantCulture));
                }

                _preamble.Clear();
            }

            private readonly List<Paragraph> _preamble = new List<Paragraph>();

            private void StartSection(Paragraph paragraph, DateLine.Kind kind, DigestDate date, string problem)
            {
                CloseSection();
                _sawDateLine = true;
                ReportPreamble();
                _dateLine = paragraph;
                _papersInSection = 0;
                _skippingSection = kind == DateLine.Kind.Unreadable;
                _date = _skippingSection ? null : date;
                _unreadableProblem = problem;
                _skippedParagraphs = 0;
            }

            // Section diagnostics are reported when the section ends, so they can say what the section held.
            private void CloseSection()
            {
                ReadSection();
                if (_dateLine is not null && _skippingSection)
                {
                    string lost = _skippedParagraphs == 0
                        ? "nothing is under it"
                        : "the " + _skippedParagraphs.ToString(CultureInfo.InvariantCulture)
                            + " paragraph(s) under it, up to the next date line, are not part of the catalogue";
                    Report(DiagnosticIds.UnreadableDate, DigestSeverity.Error, _dateLine,
                        DiagnosticFormats.UnreadableDate, _dateLine.Text, _unreadableProblem, lost);
                }
                else if (_dateLine is not null && _papersInSection == 0)
                {
                    Report(DiagnosticIds.EmptyDateSection, DigestSeverity.Warning, _dateLine, DiagnosticFormats.EmptyDateSection, _dateLine.Text);
                }

                _dateLine = null;
            }

            // Pairs the paragraphs of the section that just ended (SectionPairing) and reports every break where it is.
            private void ReadSection()
            {
                int count = _sectionCount;
                _sectionCount = 0;
                if (count == 0) return;
                ParagraphRole[] roles = SectionPairing.Read(_paragraphs, _sectionStart, count, out int ambiguousAt, _cancellationToken);
                if (ambiguousAt >= 0) ReportAmbiguity(_sectionStart + ambiguousAt);
                for (int i = 0; i < count; i++)
                {
                    Paragraph paragraph = _paragraphs[_sectionStart + i];
                    switch (roles[i])
                    {
                        case ParagraphRole.Title:
                            Paragraph summary = _paragraphs[_sectionStart + i + 1];
                            AddPaper(paragraph, paragraph.Text, summary, summary.Text, 0);
                            i++;
                            break;
                        case ParagraphRole.LoneTitle:
                            ReportMissingAbstract(paragraph);
                            break;
                        case ParagraphRole.Glued:
                            ParagraphEvidence.IsClearlyGlued(paragraph, out string title, out string gluedSummary);
                            Report(DiagnosticIds.GluedTitleAndAbstract, DigestSeverity.Warning, paragraph.Start, paragraph.PositionOf(title.Length),
                                DiagnosticFormats.GluedTitleAndAbstract, Shorten(title));
                            AddPaper(paragraph, title, paragraph, gluedSummary, title.Length + 1);
                            break;
                        default:
                            Report(DiagnosticIds.AbstractWithoutTitle, DigestSeverity.Error, paragraph,
                                paragraph.LineCount > 1 ? DiagnosticFormats.AbstractWithoutTitleMaybeGlued : DiagnosticFormats.AbstractWithoutTitle);
                            break;
                    }
                }
            }

            // The reading as written was kept although another one explains the section almost as well: say where.
            private void ReportAmbiguity(int index)
            {
                Paragraph paragraph = _paragraphs[index];
                string asRead = ((index - _sectionStart) & 1) == 0
                    ? "a title"
                    : "the abstract of '" + Shorten(_paragraphs[index - 1].Text) + "'";
                Report(DiagnosticIds.AmbiguousPairing, DigestSeverity.Warning, paragraph, DiagnosticFormats.AmbiguousPairing, asRead);
            }

            [MethodImpl(HotPath.Optimized)]
            private void AddPaper(Paragraph title, string titleText, Paragraph summary, string summaryText, int summaryOffset)
            {
                string key = TitleRules.Normalize(titleText);
                if (_titleLines.TryGetValue(key, out int firstLine))
                {
                    Report(DiagnosticIds.DuplicateTitle, DigestSeverity.Warning, title,
                        DiagnosticFormats.DuplicateTitle, firstLine.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    _titleLines.Add(key, title.Start.Line);
                }

                // Most abstracts have no link: they share the empty array instead of a list and its copy each.
                List<ParsedLink>? links = null;
                foreach (FoundLink found in LinkExtractor.Find(summaryText))
                {
                    if (found.Link is not null)
                    {
                        (links ??= new List<ParsedLink>()).Add(found.Link);
                        continue;
                    }

                    Report(DiagnosticIds.UnrepairableLink, DigestSeverity.Warning, summary.PositionOf(summaryOffset + found.Start),
                        summary.PositionOf(summaryOffset + found.Start + found.Length), DiagnosticFormats.UnrepairableLink, found.Problem ?? string.Empty);
                }

                _papersInSection++;
                Papers.Add(new ParsedPaper(
                    Papers.Count + 1,
                    _ids.For(TitleRules.Slug(titleText)),
                    titleText,
                    TitleRules.ShortName(titleText),
                    summaryText,
                    _date ?? default,
                    links is null ? EquatableArray<ParsedLink>.Empty : new EquatableArray<ParsedLink>(links.ToArray()))
                {
                    TitleLine = title.Start.Line,
                });
            }

            private void ReportMissingAbstract(Paragraph title) =>
                Report(DiagnosticIds.TitleWithoutAbstract, DigestSeverity.Error, title,
                    title.LineCount > 1 ? DiagnosticFormats.TitleWithoutAbstractMaybeGlued : DiagnosticFormats.TitleWithoutAbstract, Shorten(title.Text));

            private void Report(string id, DigestSeverity severity, Paragraph where, string format, params string[] arguments) =>
                Report(id, severity, where.Start, where.End, format, arguments);

            private void Report(string id, DigestSeverity severity, TextPosition start, TextPosition end, string format, params string[] arguments) =>
                Diagnostics.Add(new DigestDiagnostic(id, severity, format, new EquatableArray<string>(arguments), start.Line, start.Column,
                    end.Line, end.Column, start.Offset, Math.Max(0, end.Offset - start.Offset)));

            private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
        }
    }
}
