using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperData.Parsing
{
    /// <summary>A link candidate found in prose: the repaired link, or why it could not be repaired.</summary>
    internal readonly record struct FoundLink(ParsedLink? Link, int Start, int Length, string Raw, string? Problem);

    /// <summary>
    /// Finds links in abstract prose and repairs the damage copying a web page does: trailing punctuation,
    /// enclosing parentheses, a space inside the scheme ("https: //"), scheme-less hosts
    /// ("github.com/owner/repo", "name.github.io/page") and template leftovers ("/{url}").
    /// </summary>
    internal static class LinkExtractor
    {
        // A scheme (a stray space allowed around its colon), or a bare host that is unmistakably a link.
        private static readonly Regex Candidate = new Regex(
            @"(?<![\w@/.-])(?:(?<scheme>https?)[ \t]?:[ \t]?//|(?=(?:www\.|(?:github|gitlab)\.com/|bitbucket\.org/|huggingface\.co/|[A-Za-z0-9-]+\.github\.io\b)))[^\s<>""]*",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex TemplateLeftover = new Regex(@"\{[^{}/]*\}", RegexOptions.CultureInvariant);

        // ASCII punctuation, typographic closing quotes and ellipsis, and CJK (full-width) punctuation, which web
        // pages put right after a link.
        private const string TrailingPunctuation = ".,;:!?'\"*`\u201D\u2019\u00BB\u203A\u2026\u3002\uFF0E\uFF0C\uFF1B\uFF1A\uFF01\uFF1F\u3001";

        // Brackets in pairs, ASCII then full-width and CJK corner/lenticular ones: a closer is cut only when unmatched.
        private const string Openers = "([{<\uFF08\u3010\u300C\u300E";

        private const string Closers = ")]}>\uFF09\u3011\u300D\u300F";

        public static List<FoundLink> Find(string prose)
        {
            var found = new List<FoundLink>();
            if (!MayHoldLink(prose)) return found;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match match in Candidate.Matches(prose))
            {
                string raw = match.Value;
                FoundLink link = Repair(raw, match.Index, match.Groups["scheme"].Success);
                if (link.Link is null || seen.Add(link.Link.Url)) found.Add(link);
            }

            return found;
        }

        /// <summary>
        /// A URL given on its own (a JSON field, not prose), repaired and classified exactly like links in
        /// abstracts; <see cref="FoundLink.Problem"/> says why when it is not a usable link.
        /// </summary>
        public static FoundLink Single(string url)
        {
            List<FoundLink> found = Find(url.Trim());
            return found.Count > 0
                ? found[0]
                : new FoundLink(null, 0, url.Length, url, "'" + url + "' is not an absolute link");
        }

        // Every Candidate match contains one of these (case-insensitively); most abstracts contain none, and
        // IndexOf is far cheaper than the regex's lookarounds tried at every position of a large digest.
        private static bool MayHoldLink(string prose) =>
            prose.IndexOf("http", StringComparison.OrdinalIgnoreCase) >= 0
            || prose.IndexOf("www.", StringComparison.OrdinalIgnoreCase) >= 0
            || prose.IndexOf(".com/", StringComparison.OrdinalIgnoreCase) >= 0
            || prose.IndexOf(".org/", StringComparison.OrdinalIgnoreCase) >= 0
            || prose.IndexOf(".co/", StringComparison.OrdinalIgnoreCase) >= 0
            || prose.IndexOf(".github.io", StringComparison.OrdinalIgnoreCase) >= 0;

        private static FoundLink Repair(string raw, int start, bool hasScheme)
        {
            string scheme = "https";
            int prefix = 0;
            if (hasScheme)
            {
                int colon = raw.IndexOf(':');
                scheme = raw.Substring(0, colon).Trim().ToLowerInvariant();
                prefix = raw.IndexOf("//", colon, StringComparison.Ordinal) + 2;
            }

            // Trailing damage is cut from the raw text first, so the link's span in the prose excludes it; a template
            // leftover inside the link stays in the span but not in the URL.
            string body = TrimTrailing(raw.Substring(prefix));
            int length = body.Length == 0 ? raw.Length : prefix + body.Length;
            string text = TrimTrailing(TemplateLeftover.Replace(body, string.Empty));

            int hostEnd = IndexOfAny(text, "/?#");
            string host = (hostEnd < 0 ? text : text.Substring(0, hostEnd)).ToLowerInvariant();
            string rest = hostEnd < 0 ? string.Empty : text.Substring(hostEnd);
            if (host.Length == 0 || host.IndexOf('.') <= 0 || host.EndsWith(".", StringComparison.Ordinal))
            {
                return new FoundLink(null, start, raw.Length, raw, Quote(raw) + " has no host name after repair");
            }

            string url = scheme + "://" + host + rest;
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
            {
                return new FoundLink(null, start, raw.Length, raw, Quote(raw) + " is not a valid absolute URL");
            }

            return new FoundLink(Classify(url, host, rest), start, length, raw, null);
        }

        // Cuts trailing punctuation and closing brackets that have no opener in the link. Bracket counts are taken
        // once and updated as the end moves left, so a run of any length is trimmed in linear time.
        private static string TrimTrailing(string text)
        {
            var unmatched = new int[Closers.Length];
            foreach (char c in text)
            {
                int open = Openers.IndexOf(c), close = Closers.IndexOf(c);
                if (open >= 0) unmatched[open]--;
                if (close >= 0) unmatched[close]++;
            }

            int end = text.Length;
            while (end > 0)
            {
                char last = text[end - 1];
                int closer = Closers.IndexOf(last);
                bool unmatchedCloser = closer >= 0 && unmatched[closer] > 0;
                if (TrailingPunctuation.IndexOf(last) < 0 && !unmatchedCloser) break;
                if (unmatchedCloser) unmatched[closer]--;
                end--;
            }

            return end == text.Length ? text : text.Substring(0, end);
        }

        // The raw link for a message, cut short: a megabyte "link" must not make a megabyte diagnostic.
        private static string Quote(string raw) => "'" + (raw.Length <= 80 ? raw : raw.Substring(0, 77) + "...") + "'";

        private static int IndexOfAny(string text, string chars)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (chars.IndexOf(text[i]) >= 0) return i;
            }

            return -1;
        }

        private static ParsedLink Classify(string url, string host, string rest)
        {
            string[] parts = rest.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            string bareHost = host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;
            if (bareHost == "github.com")
            {
                string? owner = parts.Length >= 1 ? StripQuery(parts[0]) : null;
                string? repo = parts.Length >= 2 ? StripGit(StripQuery(parts[1])) : null;
                return repo is { Length: > 0 }
                    ? new ParsedLink(url, ParsedLinkKind.Repository, owner, repo)
                    : new ParsedLink(url, ParsedLinkKind.Other, owner, null);
            }

            if (bareHost.EndsWith(".github.io", StringComparison.Ordinal))
            {
                string owner = bareHost.Substring(0, bareHost.Length - ".github.io".Length);
                return new ParsedLink(url, ParsedLinkKind.ProjectPage, owner, null);
            }

            bool codeHost = bareHost is "gitlab.com" or "bitbucket.org" or "codeberg.org";
            return new ParsedLink(url, codeHost && parts.Length >= 2 ? ParsedLinkKind.Repository : ParsedLinkKind.Other, null, null);
        }

        private static string StripQuery(string segment)
        {
            int cut = IndexOfAny(segment, "?#");
            return cut < 0 ? segment : segment.Substring(0, cut);
        }

        private static string StripGit(string repo) =>
            repo.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? repo.Substring(0, repo.Length - 4) : repo;
    }
}
