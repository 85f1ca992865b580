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

        private const string TrailingPunctuation = ".,;:!?'\"*`";

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
            string text = raw;
            string scheme = "https";
            if (hasScheme)
            {
                int colon = text.IndexOf(':');
                scheme = text.Substring(0, colon).Trim().ToLowerInvariant();
                int slashes = text.IndexOf("//", colon, StringComparison.Ordinal);
                text = text.Substring(slashes + 2);
            }

            text = TemplateLeftover.Replace(text, string.Empty);
            text = TrimTrailing(text);
            int length = RawLengthFor(raw, text);

            int hostEnd = IndexOfAny(text, "/?#");
            string host = (hostEnd < 0 ? text : text.Substring(0, hostEnd)).ToLowerInvariant();
            string rest = hostEnd < 0 ? string.Empty : text.Substring(hostEnd);
            if (host.Length == 0 || host.IndexOf('.') <= 0 || host.EndsWith(".", StringComparison.Ordinal))
            {
                return new FoundLink(null, start, raw.Length, raw, "'" + raw + "' has no host name after repair");
            }

            string url = scheme + "://" + host + rest;
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
            {
                return new FoundLink(null, start, raw.Length, raw, "'" + raw + "' is not a valid absolute URL");
            }

            return new FoundLink(Classify(url, host, rest), start, length, raw, null);
        }

        // The length of the raw text the repaired link came from, so diagnostics and markers cover just it.
        private static int RawLengthFor(string raw, string repaired)
        {
            if (repaired.Length == 0) return raw.Length;
            int at = raw.LastIndexOf(repaired, StringComparison.Ordinal);
            return at < 0 ? raw.Length : at + repaired.Length;
        }

        private static string TrimTrailing(string text)
        {
            while (text.Length > 0)
            {
                char last = text[text.Length - 1];
                if (TrailingPunctuation.IndexOf(last) >= 0 || IsUnbalancedCloser(text, last))
                {
                    text = text.Substring(0, text.Length - 1);
                }
                else
                {
                    break;
                }
            }

            return text;
        }

        private static bool IsUnbalancedCloser(string text, char last)
        {
            char open = last switch { ')' => '(', ']' => '[', '}' => '{', '>' => '<', _ => '\0' };
            return open != '\0' && Count(text, open) < Count(text, last);
        }

        private static int Count(string text, char c)
        {
            int n = 0;
            foreach (char x in text)
            {
                if (x == c) n++;
            }

            return n;
        }

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
