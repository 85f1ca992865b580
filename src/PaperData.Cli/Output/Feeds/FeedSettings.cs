using System;

namespace PaperData.Cli.Output.Feeds
{
    /// <summary>The feed's own title and link (<c>--title</c>, <c>--link</c>).</summary>
    internal sealed record FeedSettings(string Title, Uri Link)
    {
        public const string DefaultTitle = "Hugging Face Daily Papers";

        public const string DefaultLink = "https://huggingface.co/papers";

        /// <summary>Named as the author of the feed itself, which Atom requires when an entry has no authors.</summary>
        public const string Generator = "paperdata";
    }
}
