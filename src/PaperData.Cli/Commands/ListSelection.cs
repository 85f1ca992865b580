using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using PaperData.Cli.Fetch;

namespace PaperData.Cli.Commands
{
    /// <summary>How <c>list</c> orders its papers.</summary>
    internal enum ListOrder
    {
        Rank,
        Upvotes,
        Date,
    }

    /// <summary>
    /// <c>list</c>'s period filters (<c>--week</c>, <c>--month</c>) and <c>--sort</c>. A filter or order on a field
    /// the digest does not carry (upvotes or years of a text digest) is a usage error that says so, never an empty list.
    /// </summary>
    internal static class ListSelection
    {
        public static Option<ListOrder> Sort() => new Option<ListOrder>("--sort")
        {
            Description = "Order: rank (digest order, default), upvotes (most first) or date (newest featured day first).",
            HelpName = "rank|upvotes|date",
            DefaultValueFactory = _ => ListOrder.Rank,
            CustomParser = ParseOrder,
        };

        public static Option<DayRange?> Week() => new Option<DayRange?>("--week")
        {
            Description = "Only papers featured in this ISO week, e.g. 2025-W10 (Monday to Sunday).",
            HelpName = "YYYY-Www",
            CustomParser = result => Parse(result, "--week", DayRange.TryParseWeek),
        };

        public static Option<DayRange?> Month() => new Option<DayRange?>("--month")
        {
            Description = "Only papers featured in this month, e.g. 2025-03.",
            HelpName = "YYYY-MM",
            CustomParser = result => Parse(result, "--month", DayRange.TryParseMonth),
        };

        /// <summary>The papers of <paramref name="range"/> (by the day they were featured), in digest order.</summary>
        public static IEnumerable<Paper> Featured(PaperCatalog catalog, IEnumerable<Paper> papers, DayRange range, string option)
        {
            IReadOnlyList<Paper> inRange;
            try
            {
                inRange = catalog.FeaturedBetween(ToPaperDate(range.First), ToPaperDate(range.Last));
            }
            catch (MissingPaperFieldException)
            {
                throw new CliFailure(ExitCodes.Usage, "this digest's dates have no year, so " + option + " cannot place its papers (text digests have one only when"
                    + " the date line states it, e.g. \"Mar 11, 2025\"; fetch the JSON)");
            }

            var wanted = new HashSet<Paper>(inRange);
            return papers.Where(wanted.Contains);
        }

        /// <summary>Orders the papers; stable, so equal keys keep digest order.</summary>
        public static IEnumerable<Paper> Order(PaperCatalog catalog, IEnumerable<Paper> papers, ListOrder order)
        {
            switch (order)
            {
                case ListOrder.Upvotes:
                    if (catalog.Count > 0 && !catalog.Has(PaperField.Upvotes)) throw MissingField(PaperField.Upvotes);
                    return papers.OrderByDescending(p => p.Upvotes.HasValue).ThenByDescending(p => p.Upvotes ?? 0);
                case ListOrder.Date:
                    return papers.OrderByDescending(p => p.Date);
                default:
                    return papers;
            }
        }

        /// <summary>"this digest has no upvotes (text digests don't; fetch the JSON)", as a usage error.</summary>
        public static CliFailure MissingField(PaperField field) =>
            new CliFailure(ExitCodes.Usage, "this digest has no " + MissingPaperFieldException.Describe(field) + " (text digests don't; fetch the JSON)");

        private static PaperDate ToPaperDate(DateOnly day) => new PaperDate(day.Month, day.Day, day.Year);

        private delegate bool RangeParser(string text, out DayRange range, out string error);

        private static DayRange? Parse(ArgumentResult result, string option, RangeParser parse)
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : string.Empty;
            if (parse(text, out DayRange range, out string error)) return range;
            result.AddError(option + " " + error);
            return null;
        }

        private static ListOrder ParseOrder(ArgumentResult result)
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : string.Empty;
            switch (text.ToLowerInvariant())
            {
                case "rank": return ListOrder.Rank;
                case "upvotes": return ListOrder.Upvotes;
                case "date": return ListOrder.Date;
                default:
                    result.AddError("--sort expects rank, upvotes or date, not \"" + text + "\".");
                    return ListOrder.Rank;
            }
        }
    }
}
