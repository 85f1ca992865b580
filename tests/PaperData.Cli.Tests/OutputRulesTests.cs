using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class OutputRulesTests
    {
        private static readonly Dictionary<string, string?> NoVariables = new Dictionary<string, string?>();

        [Theory]
        [InlineData("list")]
        [InlineData("search", "neural radiance")]
        [InlineData("show", "S3IM")]
        [InlineData("links")]
        public async Task Redirected_output_has_no_escape_codes_but_a_colour_terminal_gets_them(params string[] args)
        {
            CliResult plain = await Cli.RunInAsync(Detect(terminal: false, new Dictionary<string, string?>()), args);
            CliResult noColor = await Cli.RunInAsync(Detect(terminal: true, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }), args);
            CliResult colour = await Cli.RunInAsync(Detect(terminal: true, NoVariables), args);

            Assert.DoesNotContain('\u001b', plain.Out);
            Assert.DoesNotContain('\u001b', noColor.Out);
            Assert.Contains("\u001b[1m", colour.Out, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task On_a_colour_terminal_search_matches_are_highlighted_instead_of_bracketed()
        {
            CliResult colour = await Cli.RunInAsync(new CliEnvironment(100, useColor: true), "search", "tensor completion", "--limit", "1");

            Assert.Contains("\u001b[1;33mtensor\u001b[0m", colour.Out, System.StringComparison.Ordinal);
            Assert.DoesNotContain("[tensor]", colour.Out, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Colour_needs_a_terminal_and_an_unset_or_empty_NO_COLOR()
        {
            Assert.True(Detect(terminal: true, NoVariables).UseColor);
            Assert.True(Detect(terminal: true, new Dictionary<string, string?> { ["NO_COLOR"] = string.Empty }).UseColor);
            Assert.False(Detect(terminal: true, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }).UseColor);
            Assert.False(Detect(terminal: false, NoVariables).UseColor);
        }

        [Fact]
        public void Width_comes_from_the_terminal_else_COLUMNS_else_100()
        {
            var columns = new Dictionary<string, string?> { ["COLUMNS"] = "72" };
            Assert.Equal(132, CliEnvironment.Detect(true, 132, v => columns.GetValueOrDefault(v)).Width);
            Assert.Equal(72, CliEnvironment.Detect(false, 0, v => columns.GetValueOrDefault(v)).Width);
            Assert.Equal(100, CliEnvironment.Detect(false, 0, v => null).Width);
            Assert.Equal(100, CliEnvironment.Detect(false, 0, v => v == "COLUMNS" ? "wide" : null).Width);
            Assert.Equal(40, new CliEnvironment(10, useColor: false).Width);
        }

        private static CliEnvironment Detect(bool terminal, Dictionary<string, string?> variables) =>
            CliEnvironment.Detect(terminal, terminal ? 100 : 0, v => variables.GetValueOrDefault(v));
    }
}
