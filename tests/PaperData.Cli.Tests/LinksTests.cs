using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.Cli.Tests
{
    public class LinksTests
    {
        [Fact]
        public async Task Links_are_grouped_by_kind_with_github_repositories_as_owner_and_name()
        {
            CliResult result = await Cli.RunAsync("links");

            Assert.Equal(0, result.ExitCode);
            CodeLink[] all = TrendingPapers.All.SelectMany(p => p.Links).ToArray();
            int repositories = all.Count(l => l.Kind == LinkKind.Repository);
            int pages = all.Count(l => l.Kind == LinkKind.ProjectPage);
            string[] lines = result.OutLines;
            Assert.Equal("Repositories (" + repositories + ")", lines[0]);
            int pagesHeading = System.Array.IndexOf(lines, "Project pages (" + pages + ")");
            Assert.True(pagesHeading > 0);
            // One row per link; a long paper name may wrap onto lines that start with more spaces.
            Assert.Equal(repositories, lines[1..pagesHeading].Count(l => l.StartsWith("  ", System.StringComparison.Ordinal) && l[2] != ' '));
            Assert.Matches(@"^  dyballa/dynamic-connectomes +#1  Learning dynamic representations", lines[1]);
            Assert.All(lines[1..pagesHeading], l => Assert.DoesNotContain("https://github.com/", l, System.StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("  https://yushuang-wu.github.io/NeRDF ", System.StringComparison.Ordinal));
        }
    }
}
