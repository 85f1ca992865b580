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
        internal const int BreakCost = 30;

        /// <summary>A title glued to its abstract: a break, but one that still yields the paper.</summary>
        internal const int GluedCost = 15;

        /// <summary>Below this advantage over the reading as written, the reading as written is kept (and warned).</summary>
        internal const int AmbiguityMargin = 15;

        private const int Unreachable = int.MaxValue / 4;

        // The four states after a paragraph: a title open or not, and whether the reading has left the alternation
        // as written yet. The reading as written is the one path that never leaves it; tracking the best reading that
        // did leave it gives the runner-up the ambiguity check needs, in the same single pass.
        private const int Closed = 0, Open = 1, Deviated = 2, StateCount = 4;

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

            // back[i * 4 + state]: the role given to paragraph i to reach the state, and the state before it.
            var back = new byte[count * StateCount];
            var cost = new int[StateCount] { 0, Unreachable, Unreachable, Unreachable };
            var next = new int[StateCount];
            for (int i = 0; i < count; i++)
            {
                if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                Paragraph paragraph = paragraphs[start + i];
                int d = ParagraphEvidence.Abstractness(paragraph.Text, paragraph.LineCount);
                int asTitle = Math.Max(0, d), asAbstract = Math.Max(0, -d);
                int glued = paragraph.LineCount > 1 && ParagraphEvidence.IsClearlyGlued(paragraph, out _, out _) ? GluedCost : Unreachable;
                ParagraphRole asWritten = (i & 1) == 0 ? ParagraphRole.Title : ParagraphRole.Abstract;
                next[0] = next[1] = next[2] = next[3] = Unreachable;
                for (int from = 0; from < StateCount; from++)
                {
                    int before = cost[from];
                    if (before >= Unreachable) continue;

                    // Ties go to the alternation: pairing and a title after a closed paper are tried first.
                    if ((from & Open) == 0)
                    {
                        Step(i, from, Open, ParagraphRole.Title, before + asTitle);
                        Step(i, from, Closed, ParagraphRole.LoneAbstract, before + BreakCost + asAbstract);
                        Step(i, from, Closed, ParagraphRole.Glued, before + glued);
                    }
                    else
                    {
                        Step(i, from, Closed, ParagraphRole.Abstract, before + asAbstract);
                        Step(i, from, Open, ParagraphRole.Title, before + BreakCost + asTitle);
                        Step(i, from, Closed, ParagraphRole.Glued, before + BreakCost + glued);
                    }
                }

                for (int state = 0; state < StateCount; state++) cost[state] = Math.Min(next[state], Unreachable);

                void Step(int index, int from, int to, ParagraphRole role, int total)
                {
                    // Leaving the alternation as written (a role other than the written one, or from an already
                    // broken state) leads to the deviated half of the states.
                    if ((from & Deviated) != 0 || role != asWritten || (from & Open) != (role == ParagraphRole.Title ? Closed : Open)) to |= Deviated;
                    if (total >= next[to]) return;
                    next[to] = total;
                    back[(index * StateCount) + to] = (byte)((int)role | (from << 4));
                }
            }

            bool oddCount = (count & 1) == 1;
            int asWrittenCost = oddCount ? cost[Open] + BreakCost : cost[Closed];
            int deviatedEnd = cost[Deviated | Open] + BreakCost < cost[Deviated | Closed] ? Deviated | Open : Deviated | Closed;
            int deviatedCost = (deviatedEnd & Open) != 0 ? cost[deviatedEnd] + BreakCost : cost[deviatedEnd];

            if (deviatedCost < Unreachable && deviatedCost <= asWrittenCost - AmbiguityMargin)
            {
                Trace(back, deviatedEnd, roles);
            }
            else
            {
                for (int i = 0; i < count; i++) roles[i] = (i & 1) == 0 ? ParagraphRole.Title : ParagraphRole.Abstract;
                if (deviatedCost < asWrittenCost + AmbiguityMargin)
                {
                    // Another reading explains the section almost as well: keep the one as written, say where they part.
                    ambiguousAt = FirstCloseDeparture(paragraphs, start, count, asWrittenCost + AmbiguityMargin);
                }
            }

            MarkLoneTitles(roles);
            return roles;
        }

        // Follows the back pointers from the final state.
        private static void Trace(byte[] back, int state, ParagraphRole[] roles)
        {
            for (int i = roles.Length - 1; i >= 0; i--)
            {
                byte step = back[(i * StateCount) + state];
                roles[i] = (ParagraphRole)(step & 0x0F);
                state = step >> 4;
            }
        }

        /// <summary>
        /// The first paragraph where some reading cheaper than <paramref name="limit"/> leaves the reading as written.
        /// A backward pass gives the cheapest completion from each state; walking the reading as written forward, each
        /// paragraph is tried with the roles that leave it. Only run for ambiguous sections.
        /// </summary>
        private static int FirstCloseDeparture(List<Paragraph> paragraphs, int start, int count, int limit)
        {
            var asTitle = new int[count];
            var asAbstract = new int[count];
            var glued = new int[count];
            var rest = new int[(count + 1) * 2];
            rest[(count * 2) + Closed] = 0;
            rest[(count * 2) + Open] = BreakCost;
            for (int i = count - 1; i >= 0; i--)
            {
                Paragraph paragraph = paragraphs[start + i];
                int d = ParagraphEvidence.Abstractness(paragraph.Text, paragraph.LineCount);
                asTitle[i] = Math.Max(0, d);
                asAbstract[i] = Math.Max(0, -d);
                glued[i] = paragraph.LineCount > 1 && ParagraphEvidence.IsClearlyGlued(paragraph, out _, out _) ? GluedCost : Unreachable;
                int afterClosed = rest[((i + 1) * 2) + Closed], afterOpen = rest[((i + 1) * 2) + Open];
                rest[(i * 2) + Closed] = Math.Min(Unreachable, Math.Min(asTitle[i] + afterOpen, Math.Min(BreakCost + asAbstract[i], glued[i]) + afterClosed));
                rest[(i * 2) + Open] = Math.Min(Unreachable, Math.Min(BreakCost + asTitle[i] + afterOpen, Math.Min(asAbstract[i], BreakCost + glued[i]) + afterClosed));
            }

            int prefix = 0;
            for (int i = 0; i < count; i++)
            {
                int afterClosed = rest[((i + 1) * 2) + Closed], afterOpen = rest[((i + 1) * 2) + Open];
                bool titleExpected = (i & 1) == 0;
                int leaving = titleExpected
                    ? Math.Min(BreakCost + asAbstract[i], glued[i]) + afterClosed
                    : Math.Min(BreakCost + asTitle[i] + afterOpen, BreakCost + glued[i] + afterClosed);
                if (prefix + leaving < limit) return i;
                prefix += titleExpected ? asTitle[i] : asAbstract[i];
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
