using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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

        /// <summary>
        /// A unified-style line diff (longest common subsequence; "-" verified, "+" received, two lines of
        /// context), cut after <see cref="MaxDiffLines"/> lines. Very large texts fall back to their differing middle.
        /// </summary>
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

            // Keep two equal lines on each side as context.
            prefix = Math.Max(0, prefix - 2);
            suffix = Math.Max(0, suffix - 2);
            int n = left.Length - prefix - suffix, m = right.Length - prefix - suffix;
            var edits = new List<(char Kind, int Line, string Text)>();
            if ((long)n * m <= 16_000_000)
            {
                // lcs[i, j]: length of the common subsequence of left[i..] and right[j..] (within the middle).
                var lcs = new int[n + 1, m + 1];
                for (int i = n - 1; i >= 0; i--)
                {
                    for (int j = m - 1; j >= 0; j--)
                    {
                        lcs[i, j] = left[prefix + i] == right[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                    }
                }

                int a = 0, b = 0;
                while (a < n || b < m)
                {
                    if (a < n && b < m && left[prefix + a] == right[prefix + b])
                    {
                        edits.Add((' ', prefix + b, right[prefix + b]));
                        a++;
                        b++;
                    }
                    else if (a < n && (b == m || lcs[a + 1, b] >= lcs[a, b + 1])) edits.Add(('-', prefix + a, left[prefix + a++]));
                    else edits.Add(('+', prefix + b, right[prefix + b++]));
                }
            }
            else
            {
                for (int i = 0; i < n; i++) edits.Add(('-', prefix + i, left[prefix + i]));
                for (int j = 0; j < m; j++) edits.Add(('+', prefix + j, right[prefix + j]));
            }

            // Changed lines with two lines of context around each; line numbers are the received file's ("-": verified's).
            var lines = new List<string>();
            int shown = -1;
            for (int k = 0; k < edits.Count && lines.Count < MaxDiffLines; k++)
            {
                bool near = false;
                for (int d = Math.Max(0, k - 2); d <= Math.Min(edits.Count - 1, k + 2); d++) near |= edits[d].Kind != ' ';
                if (!near) continue;
                if (shown >= 0 && k > shown + 1) lines.Add("  ...");
                shown = k;
                string number = (edits[k].Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5);
                lines.Add(edits[k].Kind + number + " " + Visible(edits[k].Text));
            }

            int changes = edits.Count(e => e.Kind != ' ');
            return string.Join("\n", lines) + "\n(" + changes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " changed lines in all)";
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
