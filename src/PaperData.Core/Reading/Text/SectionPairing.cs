using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PaperData.Core.Reading.Text
{
    /// <summary>What one paragraph of a date section is, in the reading chosen for the whole section.</summary>
    internal enum ParagraphRole : byte
    {
        /// <summary>A title; its abstract is the next paragraph.</summary>
        Title = 0,

        /// <summary>The abstract of the title before it.</summary>
        Abstract = 1,

        /// <summary>A title with no abstract after it (PD0003).</summary>
        LoneTitle = 2,

        /// <summary>An abstract with no title before it (PD0009).</summary>
        LoneAbstract = 3,

        /// <summary>A title and its abstract on consecutive lines, split at the first line break (PD0016).</summary>
        Glued = 4,
    }

    /// <summary>
    /// Decides title or abstract for every paragraph of a date section at once: the reading that best explains all of
    /// them, by a Viterbi pass over two states (no paper open / a title waiting for its abstract). Following the
    /// alternation title, abstract, title, ... costs only the evidence against each paragraph's role
    /// (<see cref="ParagraphEvidence"/>, bounded); every break in it (a title without abstract, an abstract without
    /// title, a glued pair) costs far more than one paragraph's evidence. So paragraphs that alternate are paired as
    /// written whatever they look like, and where the count forces a break, the evidence of all paragraphs says where.
    /// When the best reading beats the reading as written only narrowly, the reading as written is kept and the first
    /// paragraph where the two differ is reported: never a silent re-pairing. Linear in the number of paragraphs.
    /// </summary>
    internal static class SectionPairing
    {
        /// <summary>A title without abstract or an abstract without title.</summary>
        internal const int BreakCost = 100;

        /// <summary>A title glued to its abstract: a break, but one that still yields the paper.</summary>
        internal const int GluedCost = 60;

        /// <summary>Below this advantage over the reading as written, the reading as written is kept (and warned).</summary>
        internal const int AmbiguityMargin = 20;

        private const int Unreachable = int.MaxValue / 4;

        // How the "no paper open" state was reached at a paragraph.
        private const byte ClosedByAbstract = 0, ClosedByLoneAbstract = 1, ClosedByGlued = 2, ClosedByGluedAfterOpen = 3;

        /// <summary>
        /// The role of each of the <paramref name="count"/> paragraphs from <paramref name="start"/>, and the index
        /// (relative to start) of the first ambiguous paragraph, or -1.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static ParagraphRole[] Read(List<Paragraph> paragraphs, int start, int count, out int ambiguousAt, CancellationToken cancellationToken)
        {
            ambiguousAt = -1;
            var roles = new ParagraphRole[count];
            if (count == 0) return roles;

            var closedHow = new byte[count];
            var openFromOpen = new bool[count];
            int closed = 0, open = Unreachable;
            int asWritten = 0;
            for (int i = 0; i < count; i++)
            {
                if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                Paragraph paragraph = paragraphs[start + i];
                int d = ParagraphEvidence.Abstractness(paragraph.Text, paragraph.LineCount);
                int asTitle = Math.Max(0, d), asAbstract = Math.Max(0, -d);
                asWritten += (i & 1) == 0 ? asTitle : asAbstract;
                int glued = paragraph.LineCount > 1 && ParagraphEvidence.IsClearlyGlued(paragraph, out _, out _) ? GluedCost : Unreachable;

                // Ties go to the alternation: pairing first, a title after a closed paper first.
                int nextClosed = open + asAbstract;
                byte how = ClosedByAbstract;
                Consider(ref nextClosed, ref how, closed + BreakCost + asAbstract, ClosedByLoneAbstract);
                Consider(ref nextClosed, ref how, closed + glued, ClosedByGlued);
                Consider(ref nextClosed, ref how, open + BreakCost + glued, ClosedByGluedAfterOpen);
                int nextOpen = closed + asTitle;
                bool fromOpen = open + BreakCost + asTitle < nextOpen;
                if (fromOpen) nextOpen = open + BreakCost + asTitle;

                closedHow[i] = how;
                openFromOpen[i] = fromOpen;
                closed = Math.Min(nextClosed, Unreachable);
                open = Math.Min(nextOpen, Unreachable);
            }

            bool oddCount = (count & 1) == 1;
            if (oddCount) asWritten += BreakCost;
            int openEnd = open + BreakCost;
            bool endOpen = oddCount ? openEnd <= closed : openEnd < closed;
            int best = endOpen ? openEnd : closed;

            // Back from the end: the role of each paragraph and the state before it.
            bool isOpen = endOpen;
            for (int i = count - 1; i >= 0; i--)
            {
                if (isOpen)
                {
                    roles[i] = ParagraphRole.Title;
                    isOpen = openFromOpen[i];
                    continue;
                }

                switch (closedHow[i])
                {
                    case ClosedByAbstract: roles[i] = ParagraphRole.Abstract; isOpen = true; break;
                    case ClosedByLoneAbstract: roles[i] = ParagraphRole.LoneAbstract; isOpen = false; break;
                    case ClosedByGlued: roles[i] = ParagraphRole.Glued; isOpen = false; break;
                    default: roles[i] = ParagraphRole.Glued; isOpen = true; break;
                }
            }

            int differsAt = FirstDifferenceFromAsWritten(roles);
            if (differsAt >= 0 && asWritten - best < AmbiguityMargin)
            {
                ambiguousAt = differsAt;
                for (int i = 0; i < count; i++) roles[i] = (i & 1) == 0 ? ParagraphRole.Title : ParagraphRole.Abstract;
            }

            MarkLoneTitles(roles);
            return roles;
        }

        private static void Consider(ref int best, ref byte how, int cost, byte option)
        {
            if (cost < best)
            {
                best = cost;
                how = option;
            }
        }

        private static int FirstDifferenceFromAsWritten(ParagraphRole[] roles)
        {
            for (int i = 0; i < roles.Length; i++)
            {
                if (roles[i] != ((i & 1) == 0 ? ParagraphRole.Title : ParagraphRole.Abstract)) return i;
            }

            return -1;
        }

        // A title not followed by its abstract is a lone title.
        private static void MarkLoneTitles(ParagraphRole[] roles)
        {
            for (int i = 0; i < roles.Length; i++)
            {
                if (roles[i] == ParagraphRole.Title && (i + 1 == roles.Length || roles[i + 1] != ParagraphRole.Abstract))
                {
                    roles[i] = ParagraphRole.LoneTitle;
                }
            }
        }
    }
}
