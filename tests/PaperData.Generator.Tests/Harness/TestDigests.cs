using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace PaperData.Generator.Tests.Harness
{
    /// <summary>The digests the tests feed the generator: the real one, a small crafted one, a hostile one.</summary>
    internal static class TestDigests
    {
        public static string RealPath => Path.Combine(AppContext.BaseDirectory, "data", "daily-papers-mar-11.txt");

        public static string Real => File.ReadAllText(RealPath);

        /// <summary>Three papers on two dates: a short name, a GitHub link and a project page, a title without a short name.</summary>
        public const string Small =
            "Daily Papers\n\nMar 11\n\n"
            + "TinyNet: A Small Network for Testing\n\n"
            + "We present TinyNet, a deliberately small network used to test the generator. It has three layers and no surprises. "
            + "Code is at https://github.com/example/tinynet and the demo lives at https://tinynet.example.org/demo.\n\n"
            + "Neural Fields Made Simple\n\n"
            + "Radiance fields and neural fields are reviewed in plain words for new readers. We compare five methods on three scenes. "
            + "All results and scripts are released for anyone who wants to reproduce them.\n\n"
            + "Mar 10\n\n"
            + "Soft-NMS -- Improving Object Detection With One Line of Code\n\n"
            + "Non-maximum suppression is an integral part of the object detection pipeline. We propose Soft-NMS, which decays the scores "
            + "of overlapping boxes instead of removing them. It improves mean average precision on standard benchmarks.\n";

        /// <summary>
        /// Titles that attack the emitter: keywords, digits first, names that collide after sanitising or with
        /// generated members and the class (<c>Hostile</c>), quotes, backslashes, comment and raw-string closers,
        /// XML markup and entities, bidi controls (CVE-2021-42574), line and paragraph separators, NUL, emoji (a ZWJ
        /// sequence too), astral tag characters (invisible "ASCII smuggling"), CJK.
        /// </summary>
        public static readonly string[] HostileTitles =
        {
            "class",
            "namespace",
            "3D Gaussians in 2 Minutes",
            "Foo-Bar: Hyphenated Names",
            "FooBar: Joined Names",
            "All",
            "Catalog",
            "Count",
            "ToString",
            "Equals",
            "GetHashCode",
            "Key",
            "Titles",
            "Holder",
            "Hostile",
            "He said \"hi\" to C:\\temp\\ and \\u0041 \\n",
            "Comment */ closer and /* opener // slashes",
            "Raw \"\"\" quotes and {braces} and $\"{interpolation}\"",
            "</summary> <remarks> & &amp; &lt;tag&gt; <![CDATA[x]]>",
            "Trojan \u202Eevil\u202C source",
            "Isolates \u2066a\u2067b\u2068c\u2069 and marks \u200F\u200E\u200B",
            "Line\u2028Separator and Para\u2029graph",
            "Null\0Char and Bell\u0007",
            "Rocket \U0001F680 Science",
            "Family \U0001F468\u200D\U0001F469\u200D\U0001F467 and tag \U000E0041\U000E0042 smuggling",
            "\u6DF1\u5EA6\u5B66\u4E60\u7684\u6CE8\u610F\u529B\u673A\u5236",
            "???",
        };

        public static string Hostile
        {
            get
            {
                var text = new StringBuilder("Mar 11\n\n");
                for (int i = 0; i < HostileTitles.Length; i++)
                {
                    text.Append(HostileTitles[i]).Append("\n\n").Append(HostileAbstract(i)).Append("\n\n");
                }

                return text.ToString();
            }
        }

        /// <summary>An abstract long enough to read as one, with hostile text of its own.</summary>
        public static string HostileAbstract(int index) =>
            "Abstract number " + index.ToString(CultureInfo.InvariantCulture)
            + " quotes \"this\" and ends a comment */ and a summary </summary> and </remarks> with an entity &amp; and a backslash \\. "
            + "It hides a bidi override \u202E here\u202C and a separator \u2028 there, "
            + (index == 0 ? "links https://github.com/evil/repo?x=1&y=2, " : string.Empty)
            + "and is long enough to read as an abstract.";

        /// <summary>An abstract about <paramref name="topic"/>, long and sentence-shaped enough to read as one.</summary>
        /// <param name="topic">What the paper studies.</param>
        /// <returns>The abstract paragraph.</returns>
        public static string Abstract(string topic) =>
            "We study " + topic + " in a small and careful way. The method is simple and the results are clear. "
            + "Everything needed to repeat the study is described in the paper.";
    }
}
