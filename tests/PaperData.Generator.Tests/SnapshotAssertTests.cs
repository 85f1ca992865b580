using System;
using System.IO;
using PaperData.Generator.Tests.Harness;
using PaperData.Testing;
using Xunit;
using Xunit.Sdk;

namespace PaperData.Generator.Tests
{
    /// <summary>The snapshot helper itself: the accept workflow and a readable diff.</summary>
    public sealed class SnapshotAssertTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "pd-snapshots-" + Guid.NewGuid().ToString("N"));

        public SnapshotAssertTests() => Directory.CreateDirectory(_folder);

        private string TestFile => Path.Combine(_folder, "FakeTests.cs");

        private string Verified => Path.Combine(_folder, "FakeTests.Case.verified.cs");

        private string Received => Path.Combine(_folder, "FakeTests.Case.received.cs");

        [Fact]
        public void Missing_snapshot_writes_received_and_fails_then_renaming_accepts_it()
        {
            Assert.Throws<FailException>(() => SnapshotAssert.Matches("class A { }\n", TestFile, "Case"));
            Assert.Equal("class A { }\n", File.ReadAllText(Received));

            File.Move(Received, Verified);
            SnapshotAssert.Matches("class A { }\n", TestFile, "Case");
            Assert.False(File.Exists(Received));
        }

        [Fact]
        public void Mismatch_writes_received_and_shows_the_changed_lines()
        {
            File.WriteAllText(Verified, "one\r\ntwo\r\nthree\r\n"); // CRLF as git may check it out
            SnapshotAssert.Matches("one\ntwo\nthree\n", TestFile, "Case");

            FailException failure = Assert.Throws<FailException>(() => SnapshotAssert.Matches("one\n2\nthree\n", TestFile, "Case"));
            Assert.Contains("-    2 two", failure.Message, StringComparison.Ordinal);
            Assert.Contains("+    2 2", failure.Message, StringComparison.Ordinal);
            Assert.Equal("one\n2\nthree\n", File.ReadAllText(Received));
        }

        [Fact]
        public void Diff_of_an_inserted_line_shows_only_that_line_with_context()
        {
            string diff = SnapshotAssert.LineDiff("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nX\nd\ne\nf\ng");
            Assert.Equal("     2 b\n     3 c\n+    4 X\n     5 d\n     6 e\n(1 changed lines in all)", diff);
        }

        [Fact]
        public void Diff_shows_invisible_characters_as_escapes()
        {
            Assert.Contains("+    1 a\\u202Eb", SnapshotAssert.LineDiff("ab", "a\u202Eb"), StringComparison.Ordinal);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
