using PaperData.Cli.Matching;
using PaperData.Cli.Output;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class MatchingTests
    {
        private static readonly Style Plain = new Style(useColor: false);

        [Fact]
        public void Snippet_marks_words_the_search_tokenizer_matches_including_plurals_and_case()
        {
            string snippet = Snippet.Build("Graph Networks learn; a network of graphs is networked.", "network graph", Plain);

            Assert.Equal("[Graph] [Networks] learn; a [network] of [graphs] is networked.", snippet);
        }

        [Fact]
        public void Snippet_cuts_a_long_text_at_word_boundaries_around_the_matches()
        {
            string text = string.Join(" ", System.Linq.Enumerable.Repeat("filler", 60)) + " the target word " + string.Join(" ", System.Linq.Enumerable.Repeat("tail", 60));

            string snippet = Snippet.Build(text, "target", Plain, length: 80);

            Assert.StartsWith("…filler ", snippet, System.StringComparison.Ordinal);
            Assert.Contains("the [target] word", snippet, System.StringComparison.Ordinal);
            Assert.EndsWith(" tail…", snippet, System.StringComparison.Ordinal);
            Assert.True(snippet.Length <= 80 + 4, snippet);
        }

        [Fact]
        public void Snippet_without_matches_is_the_start_of_the_text()
        {
            Assert.Equal("Short abstract.", Snippet.Build("Short abstract.", "absent", Plain));
        }

        [Theory]
        [InlineData("kitten", "sitting", 3)]
        [InlineData("", "abc", 3)]
        [InlineData("same", "same", 0)]
        [InlineData("s3in", "s3im", 1)]
        public void Levenshtein_counts_edits(string a, string b, int expected)
        {
            Assert.Equal(expected, Suggestions.Levenshtein(a, b));
        }

        [Theory]
        [InlineData("plain", 5)]
        [InlineData("\u001b[1mbold\u001b[0m", 4)]
        [InlineData("中文 ok", 7)]
        [InlineData("Cafe\u0301", 4)]
        [InlineData("go 🚀", 5)]
        public void Visible_width_counts_terminal_columns(string text, int columns)
        {
            Assert.Equal(columns, VisibleText.Width(text));
        }

        [Fact]
        public void Text_wraps_by_visible_width_ignoring_escape_codes()
        {
            var style = new Style(useColor: true);
            string text = style.Bold("aaaa") + " bbbb cccc";

            Assert.Equal(new[] { style.Bold("aaaa") + " bbbb", "cccc" }, TextWrapper.Wrap(text, 9));
            Assert.Equal(new[] { "short", "averyveryverylongword", "end" }, TextWrapper.Wrap("short averyveryverylongword end", 10));
        }

        [Theory]
        [InlineData("serch", "search")]
        [InlineData("--jsno", "--json")]
        [InlineData("LIST", "list")]
        [InlineData("--limt", "--limit")]
        public void Closest_names_forgive_one_typo_including_a_swap(string typed, string expected)
        {
            string[] names = { "list", "links", "search", "show", "--json", "--limit", "--digest" };

            Assert.Equal(new[] { expected }, Suggestions.ClosestNames(names, typed));
        }

        [Fact]
        public void Closest_names_list_every_tie_and_nothing_when_too_far()
        {
            string[] names = { "list", "lint", "show" };

            Assert.Equal(new[] { "lint", "list" }, Suggestions.ClosestNames(names, "lixt"));
            Assert.Empty(Suggestions.ClosestNames(names, "frobnicate"));
            Assert.Empty(Suggestions.ClosestNames(names, "--"));
        }

        [Fact]
        public void The_no_style_style_leaves_matches_unmarked()
        {
            Assert.Equal("[Graph] networks", Snippet.Build("Graph networks", "graph", Plain));
            Assert.Equal("Graph networks", Snippet.Build("Graph networks", "graph", Style.None));
        }
    }
}
