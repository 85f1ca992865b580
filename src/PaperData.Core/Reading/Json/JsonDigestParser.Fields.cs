using System;
using System.Collections.Generic;
using System.Globalization;
using PaperData.Core.Parsed;
using PaperData.Core.Reading.Text;

namespace PaperData.Core.Reading.Json
{
    internal static partial class JsonDigestParser
    {
        // Reading single fields of a record: each wrong type or value is a diagnostic, never an exception.
        private sealed partial class State
        {
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
                        DiagnosticFormats.JsonDateNotString, value.Describe(), consequence);
                    return null;
                }

                if (IsoDate.TryRead(value.Text!, out DigestDate date, out string problem)) return date;
                ReportAt(DiagnosticIds.UnreadableJsonDate, DigestSeverity.Warning, value, DiagnosticFormats.UnreadableJsonDate, IsoDate.Shorten(value.Text!.Trim()), problem, consequence);
                return null;
            }

            private void CheckDuplicates(string? arxivId, JsonValue? idValue, string title, JsonValue titleValue)
            {
                if (arxivId is not null)
                {
                    if (_arxivLines.TryGetValue(arxivId, out int firstLine))
                    {
                        ReportAt(DiagnosticIds.DuplicateArxivId, DigestSeverity.Warning, idValue!,
                            DiagnosticFormats.DuplicateArxivId, arxivId, firstLine.ToString(CultureInfo.InvariantCulture));
                        return;
                    }

                    _arxivLines.Add(arxivId, idValue!.Start.Line);
                }

                string titleKey = TitleRules.Normalize(title);
                if (_titleLines.TryGetValue(titleKey, out int titleLine))
                {
                    ReportAt(DiagnosticIds.DuplicateTitle, DigestSeverity.Warning, titleValue,
                        DiagnosticFormats.DuplicateTitle, titleLine.ToString(CultureInfo.InvariantCulture));
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
                        DiagnosticFormats.UnrepairableSummaryLink, found.Problem ?? string.Empty);
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
                            DiagnosticFormats.UnrepairableLinkField, name, found.Problem ?? string.Empty);
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
                    Ignored(list, "'" + name + "'", list.Describe(), "an array", "it is ignored");
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
                        Ignored(element, "an element of '" + name + "'", element.Describe(), expected, "it is left out of the list");
                    }
                }

                return new EquatableArray<string>(values);
            }

            // A count (upvotes, numComments, githubStars): the item's field when it has one, else the paper's.
            // Missing or null stays null (never 0: "no data" is not "none").
            private int? Count(JsonValue? item, JsonValue paper, string name)
            {
                JsonValue? value = item?.Get(name) is { IsNull: false } onItem ? onItem : paper.Get(name);
                if (value is null || value.IsNull) return null;
                if (value.TryGetInt32(out int count) && count >= 0) return count;
                Ignored(value, "'" + name + "'", value.Describe(), "a whole number from 0 to 2147483647", "it is ignored");
                return null;
            }

            // The organization's 'name' (its handle on the site) from the paper, else from the item; an
            // object without a name falls back to its 'fullname'.
            private string? OrganizationName(JsonValue paper, JsonValue? item)
            {
                foreach (JsonValue? owner in new[] { paper, item })
                {
                    JsonValue? organization = owner?.Get("organization");
                    if (organization is null || organization.IsNull) continue;
                    if (organization.Kind != JsonKind.Object)
                    {
                        Ignored(organization, "'organization'", organization.Describe(), "an object", "it is ignored");
                        continue;
                    }

                    string? name = OptionalString(organization, "name") ?? OptionalString(organization, "fullname");
                    if (name is not null) return name;
                }

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
                    Ignored(value, "'" + name + "'", value.Describe(), "a string", "it is ignored");
                    return null;
                }

                string text = JoinLines(value.Text!);
                return text.Length == 0 ? null : text;
            }

            // PD0015: which field, what it is, what it should be, and what happens instead.
            private void Ignored(JsonValue at, string field, string found, string expected, string consequence) =>
                ReportAt(DiagnosticIds.IgnoredJsonField, DigestSeverity.Warning, at, DiagnosticFormats.IgnoredJsonField, field, found, expected, consequence);
        }
    }
}
