using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace PaperData.PropertyTests
{
    /// <summary>One paper of a generated digest and the lines it was written on.</summary>
    internal sealed record PlacedPaper(string Title, string Abstract, PaperDate Date, int TitleLine, int AbstractLine, int AbstractLines);

    /// <summary>A digest written line by line, with where each paper stands.</summary>
    internal sealed record PlacedDigest(IReadOnlyList<string> Lines, IReadOnlyList<PlacedPaper> Papers)
    {
        public string Text => string.Join("\n", Lines);

        public override string ToString() => GeneratedDigest.Visible(Text);
    }

    /// <summary>
    /// Digests whose paragraphs have random lengths: one-word abstracts, titles of thousands of characters, titles that
    /// end in a full stop or a question mark, abstracts hard-wrapped. The reader must pair them as written.
    /// </summary>
    internal static class PairingGen
    {
        private static readonly string[] Words =
        {
            "neural", "learning", "model", "attention", "graph", "diffusion", "scaling", "sparse", "tensor", "fields",
            "Transformer", "NeRF", "LLM", "benchmark", "data", "fast", "robust", "language", "vision", "class", "3D",
            "\U0001F600", "漢字", "ß", "İ", "—", "--", "(a)", "C++", "it's", "\"q\"", "{0}", "<summary>",
        };

        private static readonly string[] Names = { "S3IM", "TabPFN", "Soft-NMS", "3D", "C++" };

        private static readonly Regex DateLike = new Regex(@"^[A-Za-z]{3,9}\.?\s+[0-9]", RegexOptions.CultureInvariant);

        private static Gen<string> Run(int min, int max) =>
            Gen.Choose(min, max).SelectMany(n => Gen.ListOf(Gen.Elements(Words), n)).Select(w => string.Join(" ", w));

        /// <summary>A title of 1 to 400 words, sometimes behind a short name; with <paramref name="punctuated"/>, sometimes ending in ".", "?" or "!".</summary>
        public static Gen<string> Title(bool punctuated) =>
            from name in Gen.Elements(Names).OrNull()
            from words in Gen.Frequency((4, Run(1, 12)), (1, Run(60, 400)))
            from end in punctuated ? Gen.Elements("", "", "", ".", "?", "!") : Gen.Constant(string.Empty)
            let title = (name is null ? string.Empty : name + ": ") + words + end
            where !DateLike.IsMatch(title)
            select title;

        /// <summary>An abstract: often one to three words and a full stop, otherwise one to eight sentences.</summary>
        public static Gen<string> Abstract =>
            Gen.Frequency(
                (2, Run(1, 3).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1) + ".")),
                (3, Gen.Choose(1, 8).SelectMany(n => Gen.ListOf(Run(1, 20).Select(w => "We study " + w + "."), n)).Select(s => string.Join(" ", s))));

        /// <summary>One to three date sections of one to six papers each.</summary>
        public static Gen<PlacedDigest> Digest(bool punctuatedTitles) =>
            from sections in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Section(punctuatedTitles), n))
            select Render(sections);

        private static Gen<(int Month, int Day, List<(string Title, string Abstract, int Wrap)> Papers)> Section(bool punctuatedTitles) =>
            from month in Gen.Choose(1, 12)
            from day in Gen.Choose(1, 28)
            from papers in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(
                from t in Title(punctuatedTitles)
                from a in Abstract
                from wrap in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(3, 12)))
                select (t, a, wrap), n))
            select (month, day, papers.ToList());

        private static PlacedDigest Render(List<(int Month, int Day, List<(string Title, string Abstract, int Wrap)> Papers)> sections)
        {
            var lines = new List<string>();
            var papers = new List<PlacedPaper>();
            foreach ((int month, int day, List<(string Title, string Abstract, int Wrap)> sectionPapers) in sections)
            {
                lines.Add(DigestWriter.DateLine(new PaperDate(month, day)));
                lines.Add(string.Empty);
                foreach ((string title, string @abstract, int wrap) in sectionPapers)
                {
                    int titleLine = lines.Count + 1;
                    lines.Add(title);
                    lines.Add(string.Empty);
                    int abstractLine = lines.Count + 1;
                    string[] wrapped = Wrap(@abstract, wrap);
                    lines.AddRange(wrapped);
                    lines.Add(string.Empty);
                    papers.Add(new PlacedPaper(title, @abstract, new PaperDate(month, day), titleLine, abstractLine, wrapped.Length));
                }
            }

            return new PlacedDigest(lines, papers);
        }

        // Breaks the line at every n-th space; the reader joins the lines back with one space.
        private static string[] Wrap(string text, int every)
        {
            if (every == 0) return new[] { text };
            var result = new List<string>();
            var line = new StringBuilder();
            int spaces = 0;
            foreach (char c in text)
            {
                if (c == ' ' && ++spaces % every == 0)
                {
                    result.Add(line.ToString());
                    line.Clear();
                    continue;
                }

                line.Append(c);
            }

            result.Add(line.ToString());
            return result.ToArray();
        }
    }
}
