using System.Linq;
using System.Text.RegularExpressions;
using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>Builds Consumers/MissingDigest: a PaperDigest whose file does not exist.</summary>
    public sealed class MissingDigestConsumer : BuiltConsumer
    {
        public MissingDigestConsumer(PackedPackage package)
            : base(package, "MissingDigest")
        {
        }
    }

    /// <summary>Builds Consumers/Misnamed: a PaperDigest with ClassName="class".</summary>
    public sealed class MisnamedConsumer : BuiltConsumer
    {
        public MisnamedConsumer(PackedPackage package)
            : base(package, "Misnamed")
        {
        }
    }

    /// <summary>What the package's targets catch before the compiler runs: missing files and bad item metadata.</summary>
    public sealed class BuildTargetErrorTests : IClassFixture<MissingDigestConsumer>, IClassFixture<MisnamedConsumer>
    {
        private readonly MissingDigestConsumer _missing;
        private readonly MisnamedConsumer _misnamed;

        public BuildTargetErrorTests(MissingDigestConsumer missing, MisnamedConsumer misnamed)
        {
            _missing = missing;
            _misnamed = misnamed;
        }

        [Fact]
        public void A_missing_digest_fails_the_build_with_exactly_one_PD0102_that_names_the_file()
        {
            Assert.False(_missing.Build.Succeeded, _missing.Build.Describe());
            string error = Assert.Single(ErrorLines(_missing.Build.Output));
            Assert.Matches(@"MissingDigest\.csproj : error PD0102: PaperDigest 'digests[/\\]missing\.txt' not found", error);
        }

        [Fact]
        public void A_missing_digest_does_not_reach_the_compiler_as_CS2001()
        {
            Assert.DoesNotContain("CS2001", _missing.Build.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_keyword_ClassName_is_one_PD0103_at_the_project_file_that_says_what_to_write()
        {
            Assert.False(_misnamed.Build.Succeeded, _misnamed.Build.Describe());
            string error = Assert.Single(ErrorLines(_misnamed.Build.Output));
            Assert.Matches(@"Misnamed\.csproj : error PD0103: PaperDigest 'digests[/\\]week-11\.txt': ClassName 'class' is a C# keyword; write a PascalCase name instead, e.g. ClassName=""Class""", error);
        }

        [Fact]
        public void A_keyword_ClassName_is_not_reported_again_at_the_digest()
        {
            Assert.DoesNotMatch(@"week-11\.txt\(\d+,\d+\): error", _misnamed.Build.Output);
        }

        // MSBuild repeats every error in its summary and may end a line with " [project]": one entry per distinct error.
        private static string[] ErrorLines(string output) =>
            output.Split('\n')
                .Select(line => Regex.Replace(line.Trim(), @"\s*\[[^\]]*\]$", string.Empty))
                .Where(line => Regex.IsMatch(line, @": error [A-Z]+\d+:"))
                .Distinct()
                .ToArray();
    }
}
