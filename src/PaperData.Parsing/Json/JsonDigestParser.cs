using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;

namespace PaperData.Parsing
{
    /// <summary>
    /// Reads the Hugging Face daily-papers JSON into the same model as text digests. Accepted shapes: the array
    /// of <c>/api/daily_papers</c> (items holding a <c>paper</c> object), the paper object of
    /// <c>/api/papers/{id}</c> at the top level, an array of such paper objects, and a single item object.
    /// Fields may be missing or null; unknown fields are ignored. Never throws except on cancellation.
    /// </summary>
    internal static class JsonDigestParser
    {
        public static ParsedDigest Parse(string text, CancellationToken cancellationToken = default)
        {
            // The same provenance hash as text digests: the text with line breaks normalised to LF, no BOM.
            string hash = ContentHash.OfText(text);
            var state = new State(cancellationToken);

            // Items of the top-level array are turned into papers as they are read, so only one item's tree is
            // alive at a time: memory and GC work stay small however long the digest is.
            JsonReadResult read = JsonReader.Read(text, state.AcceptElement, cancellationToken);
            if (read.Value is null)
            {
                // Not JSON means nothing is read, as with any JSON reader: drop what came before the error.
                state.Discard();
                JsonError error = read.Error ?? new JsonError("the text is not JSON", new TextPosition(1, 1, 0));
                state.Report(DiagnosticIds.InvalidJson, DigestSeverity.Error, error.Position, error.Position,
                    "not JSON: " + error.Message + "; no paper is read from this digest");
            }
            else
            {
                state.AcceptDocument(read.Value);
            }

            state.SumUpUnlisted();

            // Fields are read in a fixed order, not text order: list problems as they stand in the file.
            return new ParsedDigest(
                new EquatableArray<ParsedPaper>(state.Papers),
                new EquatableArray<DigestDiagnostic>(state.Diagnostics.OrderBy(d => d.Offset)),
                hash);
        }

        /// <summary>
        /// Text as the text parser would hold it: each line trimmed, blank lines dropped, the rest joined by one
        /// space. arXiv titles and summaries are hard-wrapped, and a text digest's abstract is one paragraph.
        /// </summary>
        internal static string JoinLines(string text)
        {
            if (text.IndexOf('\n') < 0 && text.IndexOf('\r') < 0) return text.Trim();
            var builder = new StringBuilder(text.Length);
            foreach (string line in text.Split(new[] { "\r\n", "\n", "\r" }, StringSplitOptions.None))
            {
                string trimmed = line.Trim();
                if (trimmed.Length == 0) continue;
                if (builder.Length > 0) builder.Append(' ');
                builder.Append(trimmed);
            }

            return builder.ToString();
        }

        private sealed class State
        {
            private readonly CancellationToken _cancellationToken;
            private readonly HashSet<string> _ids = new HashSet<string>(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _arxivLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, int> _titleLines = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _reported = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly Dictionary<string, DigestDiagnostic> _firstUnlisted = new Dictionary<string, DigestDiagnostic>(StringComparer.Ordinal);
            private int _elements;

            public const int MaxPerId = 100;

            public State(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

            public List<ParsedPaper> Papers { get; } = new List<ParsedPaper>();

            public List<DigestDiagnostic> Diagnostics { get; } = new List<DigestDiagnostic>();

            /// <summary>One element of the top-level array, handed over by the reader as soon as it is read.</summary>
            public void AcceptElement(int index, JsonValue item)
            {
                _elements++;
                if ((index & 63) == 0) _cancellationToken.ThrowIfCancellationRequested();
                if (item.Kind == JsonKind.Object && IsRecord(item))
                {
                    AcceptRecord(item);
                    return;
                }

                ReportAt(DiagnosticIds.UnexpectedJsonShape, DigestSeverity.Error, item,
                    "element " + (index + 1).ToString(CultureInfo.InvariantCulture) + " of the array is " + item.Describe()
                    + (item.Kind == JsonKind.Object ? " without 'paper', 'id', 'title' or 'summary'" : string.Empty)
                    + ", not a daily-papers item or paper object; it is left out");
            }

            public void AcceptDocument(JsonValue root)
            {
                if (root.Kind == JsonKind.Array)
                {
                    if (_elements == 0)
                    {
                        Report(DiagnosticIds.EmptyDigest, DigestSeverity.Warning, root.Start, root.End,
                            "the JSON array holds no papers");
                    }

                    return;
                }

                if (root.Kind == JsonKind.Object && IsRecord(root))
                {
                    AcceptRecord(root);
                    return;
                }

                string found = root.Kind == JsonKind.Object && root.Get("error") is { Kind: JsonKind.String } error
                    ? "an error response from the site ('" + Shorten(error.Text!) + "')"
                    : root.Kind == JsonKind.Object ? "an object without 'paper', 'id', 'title' or 'summary'" : root.Describe();
                ReportAt(DiagnosticIds.UnexpectedJsonShape, DigestSeverity.Error, root,
                    "the JSON is " + found + "; expected the array of /api/daily_papers, a paper object of /api/papers/{id}, or an array of paper objects");
            }

            private static bool IsRecord(JsonValue value) =>
                value.Get("paper") is not null || value.Get("id") is not null || value.Get("title") is not null || value.Get("summary") is not null;

            // A daily-papers item has a 'paper' member; anything else is a paper object itself.
            private void AcceptRecord(JsonValue record)
            {
                JsonValue? item = null;
                JsonValue paper = record;
                JsonValue? nested = record.Get("paper");
                if (nested is not null)
                {
                    item = record;
                    paper = nested.Kind == JsonKind.Object ? nested : EmptyPaper(record);
                    if (nested.Kind != JsonKind.Object && !nested.IsNull)
                    {
                        Ignored(nested, "'paper' is " + nested.Describe() + ", not an object; the item's own fields are used");
                    }
                }

                JsonValue? titleValue = FirstString(item, paper, "title", out string? title);
                JsonValue? summaryValue = FirstString(item, paper, "summary", out string? summary);
                DigestDate? published = ReadDate(paper.Get("publishedAt"), "the paper has no arXiv date (PublishedOn)");
                DigestDate? date = DailyDate(item, paper, published);

                if (title is null || summary is null || date is null)
                {
                    var missing = new List<string>();
                    if (title is null) missing.Add("no title");
                    if (summary is null) missing.Add("no summary");
                    if (date is null) missing.Add("no readable date (publishedAt)");
                    JsonValue? named = titleValue ?? paper.Get("id");
                    string which = title is not null ? " '" + Shorten(title) + "'" : named?.Kind == JsonKind.String ? " '" + Shorten(named.Text!) + "'" : string.Empty;
                    Report(DiagnosticIds.IncompleteJsonPaper, DigestSeverity.Error, record.Start, Next(record.Start),
                        "the record" + which + " has " + string.Join(", ", missing) + "; it is not part of the catalogue");
                    return;
                }

                // Stored bare ("2502.12345") when it reads as an arXiv id in any pasted form, else as written.
                string? givenId = OptionalString(paper, "id");
                string? arxivId = ArxivIds.Normalize(givenId) ?? givenId;
                CheckDuplicates(arxivId, paper.Get("id"), title, titleValue!);
                Papers.Add(new ParsedPaper(
                    Papers.Count + 1,
                    TitleRules.UniqueId(TitleRules.Slug(title), _ids),
                    title,
                    TitleRules.ShortName(title),
                    summary,
                    date.Value,
                    Links(paper, summary, summaryValue!),
                    titleValue!.Start.Line)
                {
                    Extras = new PaperExtras(arxivId, Authors(paper), published, Upvotes(paper), Keywords(paper)),
                });
            }

            // A stand-in paper object for an item whose 'paper' is null: no fields of its own.
            private static JsonValue EmptyPaper(JsonValue record) => JsonValue.NewObject(record.Start, record.Start, new List<JsonMember>());

            // The date of the daily page: the item's publishedAt, else the paper's submittedOnDailyAt (the same
            // date in the /api/papers shape), else the arXiv date. An unreadable one is reported and skipped.
            private DigestDate? DailyDate(JsonValue? item, JsonValue paper, DigestDate? published)
            {
                if (item is not null && ReadDate(item.Get("publishedAt"), "the paper's own date is used instead") is DigestDate daily) return daily;
                if (ReadDate(paper.Get("submittedOnDailyAt"), "the paper's publishedAt is used instead") is DigestDate submitted) return submitted;
                return published;
            }

            private DigestDate? ReadDate(JsonValue? value, string consequence)
            {
                if (value is null || value.IsNull) return null;
                if (value.Kind != JsonKind.String)
                {
                    ReportAt(DiagnosticIds.UnreadableJsonDate, DigestSeverity.Warning, value,
                        "the date is " + value.Describe() + ", not an ISO 8601 string; " + consequence);
                    return null;
                }

                if (IsoDate.TryRead(value.Text!, out DigestDate date, out string problem)) return date;
                ReportAt(DiagnosticIds.UnreadableJsonDate, DigestSeverity.Warning, value, problem + "; " + consequence);
                return null;
            }

            private void CheckDuplicates(string? arxivId, JsonValue? idValue, string title, JsonValue titleValue)
            {
                if (arxivId is not null)
                {
                    if (_arxivLines.TryGetValue(arxivId, out int firstLine))
                    {
                        ReportAt(DiagnosticIds.DuplicateArxivId, DigestSeverity.Warning, idValue!,
                            "arXiv id " + arxivId + " was first seen on line " + firstLine.ToString(CultureInfo.InvariantCulture)
                            + "; both records are kept, this one with a numbered id");
                        return;
                    }

                    _arxivLines.Add(arxivId, idValue!.Start.Line);
                }

                string titleKey = TitleRules.Normalize(title);
                if (_titleLines.TryGetValue(titleKey, out int titleLine))
                {
                    ReportAt(DiagnosticIds.DuplicateTitle, DigestSeverity.Warning, titleValue,
                        "duplicate title, first seen on line " + titleLine.ToString(CultureInfo.InvariantCulture)
                        + "; both papers are kept, this one with a numbered id");
                }
                else
                {
                    _titleLines.Add(titleKey, titleValue.Start.Line);
                }
            }

            // githubRepo first, then projectPage, then links in the abstract; one entry per URL.
            private EquatableArray<ParsedLink> Links(JsonValue paper, string summary, JsonValue summaryValue)
            {
                var links = new List<ParsedLink>();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                AddField(paper, "githubRepo", projectPage: false);
                AddField(paper, "projectPage", projectPage: true);
                foreach (FoundLink found in LinkExtractor.Find(summary))
                {
                    if (found.Link is not null)
                    {
                        Add(found.Link);
                        continue;
                    }

                    ReportAt(DiagnosticIds.UnrepairableLink, DigestSeverity.Warning, summaryValue,
                        "link in the summary " + found.Problem + "; it stays in the abstract but is not in Links");
                }

                return new EquatableArray<ParsedLink>(links);

                void AddField(JsonValue owner, string name, bool projectPage)
                {
                    JsonValue? value = owner.Get(name);
                    string? url = OptionalString(owner, name);
                    if (url is null) return;
                    FoundLink found = LinkExtractor.Single(url);
                    if (found.Link is null)
                    {
                        ReportAt(DiagnosticIds.UnrepairableLink, DigestSeverity.Warning, value!,
                            "'" + name + "' " + found.Problem + "; it is not in Links");
                        return;
                    }

                    Add(projectPage ? found.Link with { Kind = ParsedLinkKind.ProjectPage } : found.Link);
                }

                void Add(ParsedLink link)
                {
                    if (seen.Add(link.Url.TrimEnd('/'))) links.Add(link);
                }
            }

            // Every author in order, 'hidden' ones included: the flag is about the author's profile on the
            // site, not about authorship, and dropping names would misattribute the paper.
            private EquatableArray<string> Authors(JsonValue paper) =>
                StringList(paper, "authors", element => element.Kind == JsonKind.Object ? element.Get("name") : null, "an author object with a 'name' string");

            private EquatableArray<string> Keywords(JsonValue paper) =>
                StringList(paper, "ai_keywords", element => element, "a string");

            private EquatableArray<string> StringList(JsonValue paper, string name, Func<JsonValue, JsonValue?> pick, string expected)
            {
                JsonValue? list = paper.Get(name);
                if (list is null || list.IsNull) return EquatableArray<string>.Empty;
                if (list.Kind != JsonKind.Array)
                {
                    Ignored(list, "'" + name + "' is " + list.Describe() + ", not an array; it is ignored");
                    return EquatableArray<string>.Empty;
                }

                var values = new List<string>(list.Items.Count);
                foreach (JsonValue element in list.Items)
                {
                    JsonValue? picked = pick(element);
                    string? text = picked?.Kind == JsonKind.String ? JoinLines(picked.Text!) : null;
                    if (text is { Length: > 0 })
                    {
                        values.Add(text);
                    }
                    else
                    {
                        Ignored(element, "an element of '" + name + "' is " + element.Describe() + ", not " + expected + "; it is left out of the list");
                    }
                }

                return new EquatableArray<string>(values);
            }

            private int? Upvotes(JsonValue paper)
            {
                JsonValue? value = paper.Get("upvotes");
                if (value is null || value.IsNull) return null;
                if (value.TryGetInt32(out int upvotes) && upvotes >= 0) return upvotes;
                Ignored(value, "'upvotes' is " + value.Describe() + ", not a whole number from 0 to 2147483647; it is ignored");
                return null;
            }

            // The first non-empty string of the field on the item, then on the paper.
            private JsonValue? FirstString(JsonValue? item, JsonValue paper, string name, out string? text)
            {
                text = null;
                foreach (JsonValue? owner in new[] { item, paper })
                {
                    if (owner is null) continue;
                    text = OptionalString(owner, name);
                    if (text is not null) return owner.Get(name);
                }

                return null;
            }

            // A string field, lines joined and trimmed; null when missing, null or blank; reported when of another type.
            private string? OptionalString(JsonValue owner, string name)
            {
                JsonValue? value = owner.Get(name);
                if (value is null || value.IsNull) return null;
                if (value.Kind != JsonKind.String)
                {
                    Ignored(value, "'" + name + "' is " + value.Describe() + ", not a string; it is ignored");
                    return null;
                }

                string text = JoinLines(value.Text!);
                return text.Length == 0 ? null : text;
            }

            private void Ignored(JsonValue at, string message) =>
                ReportAt(DiagnosticIds.IgnoredJsonField, DigestSeverity.Warning, at, message);

            // Containers are marked at their opening bracket only, scalars over their whole text.
            private void ReportAt(string id, DigestSeverity severity, JsonValue at, string message) =>
                Report(id, severity, at.Start,
                    at.Kind == JsonKind.Array || at.Kind == JsonKind.Object ? Next(at.Start) : at.End, message);

            // At most MaxPerId diagnostics of one id are listed, so a hostile file (millions of bad elements) cannot
            // flood the build; the rest are counted and summed up in one last diagnostic of that id.
            public void Report(string id, DigestSeverity severity, TextPosition start, TextPosition end, string message)
            {
                _reported.TryGetValue(id, out int count);
                _reported[id] = count + 1;
                if (count == MaxPerId) _firstUnlisted[id] = new DigestDiagnostic(id, severity, string.Empty, start.Line, start.Column, start.Line, start.Column, start.Offset, 0);
                if (count >= MaxPerId) return;
                Diagnostics.Add(new DigestDiagnostic(id, severity, message, start.Line, start.Column, end.Line, end.Column,
                    start.Offset, Math.Max(0, end.Offset - start.Offset)));
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
                        Message = unlisted.ToString(CultureInfo.InvariantCulture) + " more " + first.Key
                            + " problems from here on are not listed; fix the ones above and build again to see them",
                    });
                }
            }

            private static TextPosition Next(TextPosition at) => new TextPosition(at.Line, at.Column + 1, at.Offset + 1);

            private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
        }
    }
}
