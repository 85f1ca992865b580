using System.Linq;
using PaperData.Core.Parsed;
using PaperData.Core.Reading.Text;
using Xunit;

namespace PaperData.Tests
{
    /// <summary>Link finding and repair in abstract prose, one kind of copy damage per case.</summary>
    public class LinkRepairTests
    {
        [Theory]
        [InlineData("Code: https: //github.com/a/b.", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("Code: https :// github.com/a/b", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("Code at github.com/edwardjhu/TP4.", "https://github.com/edwardjhu/TP4", LinkKind.Repository, "edwardjhu", "TP4")]
        [InlineData("on GitHub (http://bit.ly/2nJLNMu).", "http://bit.ly/2nJLNMu", LinkKind.Other, null, null)]
        [InlineData("page: https://gohyojun15.github.io/ANT_diffusion/{url}.", "https://gohyojun15.github.io/ANT_diffusion/", LinkKind.ProjectPage, "gohyojun15", null)]
        [InlineData("page is at yushuang-wu.github.io/NeRDF.", "https://yushuang-wu.github.io/NeRDF", LinkKind.ProjectPage, "yushuang-wu", null)]
        [InlineData("see https://negtome.github.io", "https://negtome.github.io", LinkKind.ProjectPage, "negtome", null)]
        [InlineData("see [github.com/a/b]", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("see <https://example.org/x>", "https://example.org/x", LinkKind.Other, null, null)]
        [InlineData("see \"https://example.org/x\"", "https://example.org/x", LinkKind.Other, null, null)]
        [InlineData("at https://example.org/a, and more", "https://example.org/a", LinkKind.Other, null, null)]
        [InlineData("at https://en.wikipedia.org/wiki/Foo_(bar).", "https://en.wikipedia.org/wiki/Foo_(bar)", LinkKind.Other, null, null)]
        [InlineData("clone https://github.com/a/b.git today", "https://github.com/a/b.git", LinkKind.Repository, "a", "b")]
        [InlineData("tree https://github.com/a/b/tree/main/src.", "https://github.com/a/b/tree/main/src", LinkKind.Repository, "a", "b")]
        [InlineData("query https://github.com/a/b?tab=readme#top", "https://github.com/a/b?tab=readme#top", LinkKind.Repository, "a", "b")]
        [InlineData("user https://github.com/someone.", "https://github.com/someone", LinkKind.Other, "someone", null)]
        [InlineData("HTTPS://GitHub.COM/Owner/Repo", "https://github.com/Owner/Repo", LinkKind.Repository, "Owner", "Repo")]
        [InlineData("www.github.com/a/b", "https://www.github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("www.example.com/x.", "https://www.example.com/x", LinkKind.Other, null, null)]
        [InlineData("gitlab.com/group/project", "https://gitlab.com/group/project", LinkKind.Repository, null, null)]
        [InlineData("bitbucket.org/team/repo!", "https://bitbucket.org/team/repo", LinkKind.Repository, null, null)]
        [InlineData("data: huggingface.co/datasets/x;", "https://huggingface.co/datasets/x", LinkKind.Other, null, null)]
        [InlineData("typographic \u201Chttps://github.com/a/b\u201D quotes", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("single \u2018github.com/a/b\u2019, quotes", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("guillemets \u00ABhttps://example.org/x\u00BB.", "https://example.org/x", LinkKind.Other, null, null)]
        [InlineData("ellipsis https://example.org/x\u2026", "https://example.org/x", LinkKind.Other, null, null)]
        [InlineData("\u4EE3\u7801\uFF1Agithub.com/a/b\u3002", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("\uFF08https://github.com/a/b\uFF09\uFF0C", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        [InlineData("\u3010github.com/a/b\u3011", "https://github.com/a/b", LinkKind.Repository, "a", "b")]
        public void Damaged_link_is_repaired(string prose, string url, LinkKind kind, string? owner, string? repository)
        {
            // Unrepairable candidates (the stray "https ://" above) are the diagnostics' business, tested below.
            var links = LinkExtractor.Find(prose).Where(f => f.Link is not null).Select(f => f.Link).ToList();
            Assert.Equal(new ParsedLink(url, (ParsedLinkKind)(int)kind, owner, repository), Assert.Single(links));
        }

        [Theory]
        [InlineData("mail me at someone@github.com/x")]
        [InlineData("e.g. this, i.e. that, Fig.3 and Sec.4.2")]
        [InlineData("a file named model.github.iox")]
        [InlineData("version 1.2.3 of torch.nn")]
        public void Prose_that_only_looks_dotted_is_not_a_link(string prose)
        {
            Assert.Empty(LinkExtractor.Find(prose));
        }

        [Theory]
        [InlineData("Code is at https:// soon.", "https://")]
        [InlineData("Code is at https://. Soon.", "https://.")]
        [InlineData("Code is at http://localhost soon.", "http://localhost")]
        public void Unrepairable_link_is_reported_with_its_raw_span(string prose, string raw)
        {
            FoundLink found = Assert.Single(LinkExtractor.Find(prose));
            Assert.Null(found.Link);
            Assert.Equal(raw, found.Raw);
            Assert.Equal(prose.IndexOf(raw, System.StringComparison.Ordinal), found.Start);
            Assert.Equal(raw.Length, found.Length);
            Assert.Contains(raw, found.Problem, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_link_repeated_in_one_abstract_is_listed_once_in_order_of_first_appearance()
        {
            var urls = LinkExtractor.Find("See https://github.com/a/b, github.com/c/d and again https://github.com/a/b.")
                .Select(f => f.Link!.Url);
            Assert.Equal(new[] { "https://github.com/a/b", "https://github.com/c/d" }, urls);
        }
    }
}
