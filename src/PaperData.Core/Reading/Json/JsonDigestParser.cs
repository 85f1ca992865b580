using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using PaperData.Core.Parsed;

namespace PaperData.Core.Reading.Json
{
    /// <summary>
    /// Reads the Hugging Face daily-papers JSON into the same model as text digests. Accepted shapes: the array
    /// of <c>/api/daily_papers</c> (items holding a <c>paper</c> object), the paper object of
    /// <c>/api/papers/{id}</c> at the top level, an array of such paper objects, and a single item object.
    /// Fields may be missing or null; unknown fields are ignored. Never throws except on cancellation.
    /// </summary>
    internal static partial class JsonDigestParser
    {
        public static ParsedDigest Parse(string text, CancellationToken cancellationToken = default)
        {
            // The same provenance hash as text digests: the text with line breaks normalised to LF, no BOM.
            string hash = ContentHash.OfText(text);
            var state = new State(cancellationToken);

            // Items of the top-level array are turned into papers as they are read, so only one item's tree is
            // alive at a time: memory and GC work stay small however long the digest is.
            JsonReadResult read = JsonReader.Read(text, state.AcceptElement, cancellationToken);
            JsonRoot? root = null;
            if (read.Value is null)
            {
                // Not JSON means nothing is read, as with any JSON reader: drop what came before the error.
                state.Discard();
                JsonError error = read.Error ?? new JsonError("the text is not JSON", new TextPosition(1, 1, 0));
                state.Report(DiagnosticIds.InvalidJson, DigestSeverity.Error, error.Position, error.Position,
                    DiagnosticFormats.InvalidJson, error.Message);
            }
            else
            {
                state.AcceptDocument(read.Value);
                root = new JsonRoot(state.RootKind(read.Value), read.Value.Start.Line, read.Value.Start.Column, read.Value.Start.Offset);
            }

            state.SumUpUnlisted();

            // Fields are read in a fixed order, not text order: list problems as they stand in the file.
            return new ParsedDigest(
                new EquatableArray<ParsedPaper>(state.Papers),
                new EquatableArray<DigestDiagnostic>(state.Diagnostics.OrderBy(d => d.Offset)),
                hash)
            {
                Root = root,
            };
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

        private sealed partial class State
        {
            private readonly CancellationToken _cancellationToken;
            private readonly UniqueIds _ids = new UniqueIds();
            private readonly Dictionary<string, int> _arxivLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, int> _titleLines = new Dictionary<string, int>(StringComparer.Ordinal);
            private int _elements;
            private int _bareRecords;

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

                ReportAt(DiagnosticIds.UnexpectedJsonShape, DigestSeverity.Error, item, DiagnosticFormats.UnexpectedJsonElement,
                    (index + 1).ToString(CultureInfo.InvariantCulture),
                    item.Describe() + (item.Kind == JsonKind.Object ? " without 'paper', 'id', 'title' or 'summary'" : string.Empty));
            }

            public void AcceptDocument(JsonValue root)
            {
                if (root.Kind == JsonKind.Array)
                {
                    if (_elements == 0)
                    {
                        Report(DiagnosticIds.EmptyDigest, DigestSeverity.Warning, root.Start, root.End, DiagnosticFormats.EmptyJsonArray);
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
                ReportAt(DiagnosticIds.UnexpectedJsonShape, DigestSeverity.Error, root, DiagnosticFormats.UnexpectedJsonRoot, found);
            }

            /// <summary>An array is the daily_papers shape when no element was a bare paper object (an empty array counts: an empty day).</summary>
            public JsonRootKind RootKind(JsonValue root) => root.Kind switch
            {
                JsonKind.Array => _bareRecords == 0 ? JsonRootKind.DailyPapersArray : JsonRootKind.PaperArray,
                JsonKind.Object => JsonRootKind.Object,
                _ => JsonRootKind.Other,
            };

            private static bool IsRecord(JsonValue value) =>
                value.Get("paper") is not null || value.Get("id") is not null || value.Get("title") is not null || value.Get("summary") is not null;

            // A daily-papers item has a 'paper' member; anything else is a paper object itself.
            private void AcceptRecord(JsonValue record)
            {
                JsonValue? item = null;
                JsonValue paper = record;
                JsonValue? nested = record.Get("paper");
                if (nested is null) _bareRecords++;
                if (nested is not null)
                {
                    item = record;
                    paper = nested.Kind == JsonKind.Object ? nested : EmptyPaper(record);
                    if (nested.Kind != JsonKind.Object && !nested.IsNull)
                    {
                        Ignored(nested, "'paper'", nested.Describe(), "an object", "the item's own fields are used");
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
                        DiagnosticFormats.IncompleteJsonPaper, which, string.Join(", ", missing));
                    return;
                }

                // Stored bare ("2502.12345") when it reads as an arXiv id in any pasted form, else as written.
                string? givenId = OptionalString(paper, "id");
                string? arxivId = ArxivIds.Normalize(givenId) ?? givenId;
                CheckDuplicates(arxivId, paper.Get("id"), title, titleValue!);
                Papers.Add(new ParsedPaper(
                    Papers.Count + 1,
                    _ids.For(TitleRules.Slug(title)),
                    title,
                    TitleRules.ShortName(title),
                    summary,
                    date.Value,
                    Links(paper, summary, summaryValue!))
                {
                    TitleLine = titleValue!.Start.Line,
                    Extras = new PaperExtras(arxivId, Authors(paper), published, Count(null, paper, "upvotes"), Keywords(paper))
                    {
                        AiSummary = OptionalString(paper, "ai_summary"),
                        CommentCount = Count(item, paper, "numComments"),
                        GitHubStars = Count(null, paper, "githubStars"),
                        Organization = OrganizationName(paper, item),
                    },
                });
            }

            // A stand-in paper object for an item whose 'paper' is null: no fields of its own.
            private static JsonValue EmptyPaper(JsonValue record) => JsonValue.NewObject(record.Start, record.Start, new List<JsonMember>());

            private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
        }
    }
}
