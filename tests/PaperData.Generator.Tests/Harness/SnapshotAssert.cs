using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace PaperData.Generator.Tests.Harness
{
    /// <summary>
    /// Verify's file layout without Verify (it cannot be restored here): generated source is compared with
    /// <c>&lt;TestClass&gt;.&lt;TestName&gt;.verified.cs</c> beside the test's source file. On a mismatch, or when
    /// no verified file exists yet, the actual text is written to <c>*.received.cs</c> beside it and the test
    /// fails with a line diff. To accept: delete (or keep) the verified file, run the tests, read the received
    /// file, then rename it to <c>.verified.cs</c>.
    /// </summary>
    internal static class SnapshotAssert
    {
        private const int MaxDiffLines = 60;

        public static void Matches(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
        {
            string directory = Path.GetDirectoryName(testFile) ?? string.Empty;
            if (!Directory.Exists(directory))
            {
                Assert.Fail("test source folder '" + directory + "' not found: snapshots are read beside the test source (is the build path-mapped?)");
            }

            string stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + testName);
            string verifiedPath = stem + ".verified.cs";
            string receivedPath = stem + ".received.cs";
            string received = Normalize(actual);

            if (!File.Exists(verifiedPath))
            {
                File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
                Assert.Fail("no snapshot yet: review " + receivedPath + " and rename it to " + Path.GetFileName(verifiedPath));
            }

            string verified = Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8));
            if (verified == received)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }

            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            Assert.Fail("generated source differs from " + Path.GetFileName(verifiedPath) + " (actual text in "
                + Path.GetFileName(receivedPath) + "; if the change is intended, review it and rename it over the verified file)\n"
                + LineDiff(verified, received));
        }

        /// <summary>The differing middle of two texts, after their common first and last lines, as -/+ lines.</summary>
        public static string LineDiff(string expected, string actual)
        {
            string[] left = expected.Split('\n');
            string[] right = actual.Split('\n');
            int prefix = 0;
            while (prefix < left.Length && prefix < right.Length && left[prefix] == right[prefix]) prefix++;
            int suffix = 0;
            while (suffix < left.Length - prefix && suffix < right.Length - prefix
                && left[left.Length - 1 - suffix] == right[right.Length - 1 - suffix])
            {
                suffix++;
            }

            var lines = new List<string> { "@@ from line " + (prefix + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " @@" };
            for (int i = prefix; i < left.Length - suffix; i++) lines.Add("- " + Visible(left[i]));
            for (int i = prefix; i < right.Length - suffix; i++) lines.Add("+ " + Visible(right[i]));
            if (lines.Count > MaxDiffLines)
            {
                int more = lines.Count - MaxDiffLines;
                lines.RemoveRange(MaxDiffLines, more);
                lines.Add("... " + more.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more lines");
            }

            return string.Join("\n", lines);
        }

        // Git may check snapshots out with CRLF; generated source always uses LF.
        private static string Normalize(string text) => text.Replace("\r\n", "\n");

        // Shows invisible characters in a failure message instead of letting them reorder it.
        private static string Visible(string line)
        {
            var builder = new StringBuilder(line.Length);
            foreach (char c in line)
            {
                bool invisible = char.IsControl(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
                if (invisible) builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                else builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
