using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PaperData.Core.Parsed;

namespace PaperData.Core.Reading.Text
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
        // A scheme (a stray space allowed around its colon), or a bare host that is unmistakably a link. Anchored
        // with \G: it is only tried where CandidateStarts says a link may start, never at every position of the prose.
        private static readonly Regex Candidate = new Regex(
            @"\G(?<![\w@/.-])(?:(?<scheme>https?)[ \t]?:[ \t]?//|(?=(?:www\.|(?:github|gitlab)\.com/|bitbucket\.org/|huggingface\.co/|[A-Za-z0-9-]+\.github\.io\b)))[^\s<>""]*",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex TemplateLeftover = new Regex(@"\{[^{}/]*\}", RegexOptions.CultureInvariant);

        // ASCII punctuation, typographic closing quotes and ellipsis, and CJK (full-width) punctuation, which web
        // pages put right after a link.
        private const string TrailingPunctuation = ".,;:!?'\"*`\u201D\u2019\u00BB\u203A\u2026\u3002\uFF0E\uFF0C\uFF1B\uFF1A\uFF01\uFF1F\u3001";

        // Brackets in pairs, ASCII then full-width and CJK corner/lenticular ones: a closer is cut only when unmatched.
        private const string Openers = "([{<\uFF08\u3010\u300C\u300E";

        private const string Closers = ")]}>\uFF09\u3011\u300D\u300F";

        [MethodImpl(HotPath.Optimized)]
        public static List<FoundLink> Find(string prose)
        {
            var found = new List<FoundLink>();
            List<int>? starts = CandidateStarts(prose);
            if (starts is null) return found;
            HashSet<string>? seen = null;
            int scanFrom = 0;
            foreach (int start in starts)
            {
                // Matches do not overlap: the scan resumes after the last one, as Regex.Matches does.
                if (start < scanFrom) continue;
                Match match = Candidate.Match(prose, start);
                if (!match.Success) continue;
                scanFrom = match.Index + match.Length;
                FoundLink link = Repair(match.Value, match.Index, match.Groups["scheme"].Success);
                seen ??= new HashSet<string>(StringComparer.Ordinal);
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

        private static readonly char[] AnchorChars = { ':', '.' };

        // Every place a Candidate match can start, in order (maybe a few more; the regex decides). Each match holds a
        // colon 4 to 6 characters after "http" at its start, or a dot: "www." at its start, ".com/" six characters in
        // (github, gitlab), ".org/" nine (bitbucket), ".co/" eleven (huggingface), or ".github.io" after a host name.
        // One vectorised scan for ':' and '.' and a look around each is far cheaper than the regex trying its
        // lookarounds at every position; prose without either character has no list at all. Letters compare as ASCII
        // ignoring case, as the regex does for them (its one non-ASCII case variant, the Kelvin sign for 'k', can only
        // stand inside "bitbucket", which is found by its ".org/").
        [MethodImpl(HotPath.Optimized)]
        private static List<int>? CandidateStarts(string prose)
        {
            List<int>? starts = null;
            for (int at = prose.IndexOfAny(AnchorChars); at >= 0; at = prose.IndexOfAny(AnchorChars, at + 1))
            {
                if (prose[at] == ':')
                {
                    // "http:", "https:" or "http :", "https :" with a space or tab before the colon.
                    for (int start = at - 4; start >= at - 6 && start >= 0; start--)
                    {
                        if (HasAt(prose, start, "http")) Add(ref starts, start);
                    }

                    continue;
                }

                // Most dots end a sentence: one look at the letter after the dot (and before it, for "www.") rules
                // them out before any comparison.
                if (at >= 3 && (prose[at - 1] | 0x20) == 'w' && HasAt(prose, at - 3, "www")) Add(ref starts, at - 3);
                int after = at + 1 < prose.Length ? prose[at + 1] | 0x20 : 0;
                if (after == 'c')
                {
                    if (at >= 6 && HasAt(prose, at, ".com/")) Add(ref starts, at - 6);
                    if (at >= 11 && HasAt(prose, at, ".co/")) Add(ref starts, at - 11);
                }
                else if (after == 'o')
                {
                    if (at >= 9 && HasAt(prose, at, ".org/")) Add(ref starts, at - 9);
                }
                else if (after == 'g' && HasAt(prose, at, ".github.io"))
                {
                    AddHostStarts(prose, at, ref starts);
                }
            }

            // Starts are found in text order except the few before a colon or a host, so a sort is nearly free.
            starts?.Sort();
            return starts;
        }

        private static void Add(ref List<int>? starts, int start) => (starts ??= new List<int>()).Add(start);

        // Whether text holds lowerAscii at index, ASCII letters in either case.
        [MethodImpl(HotPath.Optimized)]
        private static bool HasAt(string text, int index, string lowerAscii)
        {
            if (index + lowerAscii.Length > text.Length) return false;
            for (int i = 0; i < lowerAscii.Length; i++)
            {
                char c = text[index + i];
                if (c >= 'A' && c <= 'Z') c = (char)(c + ('a' - 'A'));
                if (c != lowerAscii[i]) return false;
            }

            return true;
        }

        // The host name "[A-Za-z0-9-]+" ending at dot. Walks back over ASCII letters, digits and '-' and, to stay a
        // superset whatever case variants the regex engine adds to [A-Za-z], over any non-ASCII letter too; a start
        // is wherever the character before is not one the lookbehind rejects for sure (ASCII [\w@/.-]).
        private static void AddHostStarts(string prose, int dot, ref List<int>? starts)
        {
            int first = dot;
            while (first > 0 && IsHostChar(prose[first - 1])) first--;
            for (int p = first; p < dot; p++)
            {
                if (p == first || prose[p - 1] >= 128) Add(ref starts, p);
            }
        }

        private static bool IsHostChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || (c >= 128 && char.IsLetter(c));

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
