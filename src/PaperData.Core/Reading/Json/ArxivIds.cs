using System;
using System.Text.RegularExpressions;

namespace PaperData.Core.Reading.Json
{
    /// <summary>
    /// arXiv identifiers in the forms people paste: "2502.12345", "arXiv:2502.12345v2",
    /// "https://arxiv.org/abs/2502.12345v2", "https://arxiv.org/pdf/2502.12345v2.pdf", the site's own
    /// "https://huggingface.co/papers/2502.12345", and old-style "hep-th/9901001".
    /// </summary>
    internal static class ArxivIds
    {
        private static readonly Regex NewStyle = new Regex(@"^[0-9]{4}\.[0-9]{4,5}$", RegexOptions.CultureInvariant);

        private static readonly Regex OldStyle = new Regex(@"^[a-z]+(?:-[a-z]+)?(?:\.[a-z]{2})?/[0-9]{7}$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex Version = new Regex(@"v[0-9]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly string[] Hosts = { "arxiv.org", "export.arxiv.org", "huggingface.co", "hf.co" };

        private static readonly string[] PathPrefixes = { "/abs/", "/pdf/", "/html/", "/papers/" };

        /// <summary>The bare id without version ("2502.12345", "hep-th/9901001"), or null when it is none.</summary>
        public static string? Normalize(string? idOrUrl)
        {
            if (idOrUrl is null) return null;
            string text = idOrUrl.Trim();
            if (text.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase)) text = text.Substring("arxiv:".Length).Trim();
            if (LooksLikeUrl(text))
            {
                string? path = PathOf(text);
                if (path is null) return null;
                text = path;
            }

            if (text.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) text = text.Substring(0, text.Length - 4);
            text = Version.Replace(text.TrimEnd('/'), string.Empty);
            if (NewStyle.IsMatch(text)) return text;
            return OldStyle.IsMatch(text) ? text.ToLowerInvariant() : null;
        }

        private static bool LooksLikeUrl(string text) =>
            text.IndexOf("://", StringComparison.Ordinal) > 0 || text.IndexOf(".org/", StringComparison.OrdinalIgnoreCase) > 0
            || text.IndexOf(".co/", StringComparison.OrdinalIgnoreCase) > 0;

        // The id part of an arXiv or Hugging Face paper URL, query and fragment removed.
        private static string? PathOf(string url)
        {
            string text = url.IndexOf("://", StringComparison.Ordinal) > 0 ? url : "https://" + url;
            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)) return null;
            string host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host.Substring(4) : uri.Host;
            if (Array.IndexOf(Hosts, host.ToLowerInvariant()) < 0) return null;
            string path = uri.AbsolutePath;
            foreach (string prefix in PathPrefixes)
            {
                if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return path.Substring(prefix.Length);
            }

            return null;
        }
    }
}
