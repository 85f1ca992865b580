using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace PaperData.PropertyTests
{
    /// <summary>A paper the generator put into a well-formed digest, and so expects back from the parser.</summary>
    internal sealed record ExpectedPaper(string Title, string Abstract, PaperDate Date);

    /// <summary>A generated digest text and, for well-formed digests, the papers it must parse to.</summary>
    internal sealed record GeneratedDigest(string Text, IReadOnlyList<ExpectedPaper> Expected)
    {
        // FsCheck prints counterexamples with ToString: show the text with invisible characters made visible.
        public override string ToString() => Visible(Text);

        public static string Visible(string text)
        {
            var builder = new StringBuilder(text.Length + 16);
            foreach (char c in text)
            {
                if (c == '\n')
                {
                    builder.Append("\\n\n");
                }
                else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>FsCheck generators of digests, from well-formed to hostile.</summary>
    internal static class DigestGen
    {
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        /// <summary>Characters that break naive code generation: bidi controls (Trojan Source), separators, format characters, lone surrogates, noncharacters, private use, unassigned, controls.</summary>
        public static readonly string[] Invisible =
        {
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F",
            "\u2028", "\u2029", "\u0085", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u061C", "\u180E",
            "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "\uE000", "\u0378", "\u0007", "\u001B", "\u007F", "\u009B",
        };

        private static readonly string[] Plain =
        {
            "neural", "learning", "model", "attention", "graph", "diffusion", "scaling", "sparse", "tensor", "fields",
            "Transformer", "NeRF", "LLM", "benchmark", "data", "fast", "robust", "language", "vision",
        };

        /// <summary>Words that are C# keywords, generated or inherited member names, digits, markup and escapes.</summary>
        private static readonly string[] HostileWords =
        {
            "class", "int", "namespace", "void", "object", "string", "null", "true", "this", "base", "static", "var", "async", "await",
            "nameof", "record", "global", "value__", "All", "Count", "Key", "Get", "Titles", "Catalog", "ContentHash", "Holder",
            "Create", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "RandomDigest",
            "123", "3D", "0x1F", "1e10", "\"", "\"\"\"", "\\", "\\u0041", "\\n", "*/", "/*", "//", "///", "#if", "#region", "{0}", "{", "}",
            "$\"{x}\"", "@\"v\"", "<summary>", "</summary>", "<see cref=\"X\"/>", "<!--", "-->", "]]>", "<![CDATA[", "&amp;", "&#x202E;",
            "'", "`", "--", "—", ":", "...", "\U0001F600", "\U0001F9EA", "\U0001F468\u200D\U0001F469", "漢字", "かな", "한국어", "Ⅻ",
            "ǅ", "ß", "İ", "ı", "ﬁ", "\t", "Mar 11", "Subscribe", "new",
        };

        private static readonly string[] Names = { "S3IM", "TabPFN", "Soft-NMS", "class", "3D", "All", "Holder", "Key", "X\u202Ey", "漢字", "a.b", "C++", "it's" };

        private static readonly string[] Links =
        {
            "https://github.com/owner/repo", "github.com/edwardjhu/TP4.", "(https://github.com/a/b)", "https: //gitlab.com/g/p",
            "http://name.github.io/page", "www.example.com/{url}", "https://nohost", "http: //x.", "https://huggingface.co/m?q=1#f",
            "https://github.com/o/r.git", "github.com/\u202Eevil/repo", "https://例え.jp/パス", "https://[::1]/x", "https://a.b/\"q\"",
        };

        /// <summary>One word: mostly plain, often hostile, sometimes invisible or joined with an invisible character.</summary>
        public static Gen<string> Word => Gen.Frequency(
            (6, Gen.Elements(Plain)),
            (4, Gen.Elements(HostileWords)),
            (2, Gen.Elements(Invisible)),
            (2, from a in Gen.Elements(Plain) from i in Gen.Elements(Invisible) from b in Gen.Elements(HostileWords) select a + i + b),
            (1, Gen.Elements(Links)),
            (1, Gen.Choose(1, 2000).Select(n => new string('x', n))));

        /// <summary>A title: a few words, sometimes behind a short name ("S3IM: ...").</summary>
        public static Gen<string> Title =>
            from name in Gen.Elements(Names).OrNull()
            from words in Gen.Choose(1, 8).SelectMany(n => Gen.ListOf(Word, n))
            select (name is null ? string.Empty : name + ": ") + string.Join(" ", words);

        /// <summary>An abstract that reads like one (150+ characters, sentences), with links and hostile words.</summary>
        public static Gen<string> Abstract =>
            from sentences in Gen.Choose(3, 8).SelectMany(n => Gen.ListOf(Sentence, n))
            select string.Join(" ", sentences);

        private static Gen<string> Sentence =>
            from words in Gen.Choose(6, 14).SelectMany(n => Gen.ListOf(Gen.Frequency((8, Word), (1, Gen.Elements(Links))), n))
            select "We study " + string.Join(" ", words) + ".";

        private static Gen<string> ValidDate =>
            from month in Gen.Choose(1, 12)
            from day in Gen.Choose(1, 28)
            from year in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(1990, 2100).Select(y => (int?)y)))
            from style in Gen.Choose(0, 2)
            let name = style == 1 ? Months[month - 1].ToLowerInvariant() : Months[month - 1]
            select style == 2 && year is not null
                ? name + " " + day + " " + year
                : name + " " + day + (year is int y ? ", " + y : string.Empty);

        private static Gen<string> BadDate => Gen.Elements("Feb 30", "Feb 29, 2023", "Apr 31", "Mar 0", "Mar 11, 1800", "Jun 999", "Sept 31");

        /// <summary>Text of any characters: lone surrogates, controls, line breaks of every style.</summary>
        public static Gen<string> Junk =>
            Gen.ListOf(Gen.Frequency(
                (6, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
                (2, Gen.Elements("\n", "\r", "\r\n", " ", "\t", "\n\n")),
                (2, Gen.Elements(Invisible)),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))))
            .Select(parts => string.Concat(parts));

        /// <summary>
        /// A well-formed digest with hostile content: date sections of title and abstract paragraphs (abstracts
        /// hard-wrapped now and then), and the papers it must parse to.
        /// </summary>
        public static Gen<GeneratedDigest> WellFormed =>
            from sections in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Section, n))
            select Render(sections);

        private static Gen<(string DateLine, List<(string Title, string Abstract, int Wrap)> Papers)> Section =>
            from date in ValidDate
            from papers in Gen.Choose(1, 5).SelectMany(n => Gen.ListOf(
                from t in Title.Select(t => t.Trim()).Where(IsPlainTitle)
                from a in Abstract
                from wrap in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(3, 12)))
                select (t, a, wrap), n))
            select (date, papers.ToList());

        // Titles the parser must take as titles: one line, not blank, not a date, too short to read like an abstract.
        private static bool IsPlainTitle(string title) =>
            title.Length > 0 && title.Length < 150 && !char.IsWhiteSpace(title[0]) && title.IndexOfAny(new[] { '\r', '\n' }) < 0
            && !Regex.IsMatch(title, @"^[A-Za-z]{3,9}\.?\s+[0-9]");

        private static GeneratedDigest Render(List<(string DateLine, List<(string Title, string Abstract, int Wrap)> Papers)> sections)
        {
            var text = new StringBuilder();
            var expected = new List<ExpectedPaper>();
            foreach ((string dateLine, List<(string Title, string Abstract, int Wrap)> papers) in sections)
            {
                text.Append(dateLine).Append("\n\n");
                PaperDate date = ParseDate(dateLine);
                foreach ((string title, string @abstract, int wrap) in papers)
                {
                    text.Append(title).Append("\n\n").Append(Wrap(@abstract, wrap)).Append("\n\n");
                    expected.Add(new ExpectedPaper(title, @abstract, date));
                }
            }

            return new GeneratedDigest(text.ToString(), expected);
        }

        // Hard-wraps every n-th space when both neighbours are visible, so the parser joins the lines back exactly.
        private static string Wrap(string text, int every)
        {
            if (every == 0) return text;
            var builder = new StringBuilder(text.Length);
            int spaces = 0;
            for (int i = 0; i < text.Length; i++)
            {
                bool breakHere = text[i] == ' ' && ++spaces % every == 0 && i > 0 && i + 1 < text.Length
                    && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]);
                builder.Append(breakHere ? '\n' : text[i]);
            }

            return builder.ToString();
        }

        private static PaperDate ParseDate(string line)
        {
            string[] parts = line.Replace(",", string.Empty).Split(' ');
            int month = Array.FindIndex(Months, m => string.Equals(m, parts[0], StringComparison.OrdinalIgnoreCase)) + 1;
            int? year = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
            return new PaperDate(month, int.Parse(parts[1], CultureInfo.InvariantCulture), year);
        }

        /// <summary>
        /// Anything from a well-formed digest to garbage: a sequence of paragraphs of every kind (dates good and
        /// bad, titles, abstracts, page chrome, junk), separated by blank lines or not, in any line-break style,
        /// with or without a byte-order mark.
        /// </summary>
        public static Gen<GeneratedDigest> Hostile =>
            from blocks in Gen.ListOf(Block)
            from separators in Gen.ArrayOf(Gen.Elements("\n\n", "\n", "\n \t \n", "\n\n\n", "\r\n\r\n", "\r\r", "\n\u3000\n"), blocks.Count + 1)
            from bom in Gen.Frequency((5, Gen.Constant(string.Empty)), (1, Gen.Constant("\uFEFF")))
            select new GeneratedDigest(bom + string.Concat(blocks.Select((b, i) => b + separators[i])), Array.Empty<ExpectedPaper>());

        /// <summary>Mostly well-formed digests, with hostile ones mixed in: enough papers for the generator to emit.</summary>
        public static Gen<GeneratedDigest> Any => Gen.Frequency((3, WellFormed), (2, Hostile));

        private static Gen<string> Block => Gen.Frequency(
            (2, ValidDate),
            (1, BadDate),
            (4, Title),
            (4, Abstract),
            (1, Gen.Elements("new", "Subscribe", "Get trending papers in your email inbox!", "byAK and the research community", "Daily Papers")),
            (1, Junk),
            (1, from a in Abstract from n in Gen.Choose(400, 3000) select a + new string('y', n) + " \u202E."),
            (1, Gen.Elements(Links)));
    }
}
