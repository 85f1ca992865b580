using System;
using System.Runtime.CompilerServices;

namespace PaperData.Core.Reading.Text
{
    /// <summary>
    /// How much one paragraph reads like an abstract rather than a title, as a bounded score in tenths: positive
    /// for abstracts (a final full stop, several sentences, length, links, many lines), negative for titles (no final
    /// full stop, a "Name:" prefix, short). Only evidence: <see cref="SectionPairing"/> weighs it against the
    /// alternation of the whole section, so no single feature decides, and a bound keeps any one paragraph from
    /// outweighing a break in the alternation.
    /// </summary>
    internal static class ParagraphEvidence
    {
        /// <summary>The largest score either way.</summary>
        public const int Cap = 50;

        /// <summary>The score of <paramref name="text"/>, a paragraph of <paramref name="lines"/> lines.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static int Abstractness(string text, int lines)
        {
            int length = text.Length;
            if (length == 0) return -Cap;
            int finalMark = FinalMark(text);
            int d = finalMark;
            int sentences = SentenceBreaks(text, 3);
            if (sentences > 0)
            {
                // Prose: the more sentences and the longer, the surer.
                d += sentences >= 3 ? 20 : 15;
                d += length >= 1000 ? 15 : length >= 400 ? 10 : length >= 150 ? 3 : 0;
            }
            else
            {
                // No sentence break: a short paragraph leans title; so does a long run of words (a long title, or a
                // one-sentence abstract, which its final full stop still tells apart).
                d -= length >= 30 ? 10 : 15;
            }

            // Real abstracts are decided by now; the scans below are only for what is still open (speed).
            if (d >= Cap) return Cap;
            if (lines >= 3) d += 5;
            // "Name: ..." marks a title, unless the paragraph ends like prose ("It's -- simple." is a sentence).
            if (length < 400 && finalMark < 0 && TitleRules.ShortName(text) is not null) d -= 15;
            if (d < Cap && HasLink(text)) d += 15;
            return Math.Max(-Cap, Math.Min(Cap, d));
        }

        /// <summary>
        /// Whether a multi-line paragraph is clearly a title glued to its abstract: a first line that reads like a
        /// title (no sentence, no closing punctuation, shorter than the next line unless only one follows) and
        /// lines below that start with a capital and read like an abstract. A hard-wrapped abstract breaks mid-sentence,
        /// so its next line usually starts in lower case.
        /// </summary>
        public static bool IsClearlyGlued(Paragraph paragraph, out string title, out string summary)
        {
            title = summary = string.Empty;
            if (paragraph.LineCount < 2) return false;
            int firstLength = paragraph.LineLength(0);
            if (firstLength > 300) return false;
            if (paragraph.LineCount > 2 && firstLength >= paragraph.LineLength(1)) return false;
            string text = paragraph.Text;
            char last = text[firstLength - 1];
            if (".,;:-!\u2026".IndexOf(last) >= 0) return false;
            if (!char.IsUpper(text[firstLength + 1])) return false;

            title = text.Substring(0, firstLength);
            summary = text.Substring(firstLength + 1);

            // A date line run into the text below is not a title: written back on its own it would start a section.
            return DateLine.Read(title, out _, out _) == DateLine.Kind.NotADate
                && SentenceBreaks(title, 1) == 0
                && Abstractness(title, 1) < 0
                && Abstractness(summary, paragraph.LineCount - 1) > 0;
        }

        // +25 for a final full stop, nothing for "?" or "!" (titles ask and exclaim), -25 for anything else;
        // closing quotes and brackets after the mark do not count.
        private static int FinalMark(string text)
        {
            int last = text.Length - 1;
            while (last > 0 && ")]}\"'\u201D\u2019".IndexOf(text[last]) >= 0) last--;
            switch (text[last])
            {
                case '.': return 25;
                case '!':
                case '?': return 0;
                default: return -25;
            }
        }

        // ". " followed by a capital letter, counted up to max: one vectorised search per sentence.
        [MethodImpl(HotPath.Optimized)]
        private static int SentenceBreaks(string text, int max)
        {
            int count = 0;
            int at = 0;
            while (count < max)
            {
                at = text.IndexOf(". ", at, StringComparison.Ordinal);
                if (at < 0 || at + 2 >= text.Length) break;
                if (char.IsUpper(text[at + 2])) count++;
                at += 2;
            }

            return count;
        }

        private static bool HasLink(string text) =>
            text.IndexOf("://", StringComparison.Ordinal) >= 0 || text.IndexOf("github.", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
