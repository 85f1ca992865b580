using System;
using System.Collections.Generic;
using PaperData.Core.Reading;
using PaperData.Core.Reading.Json;

namespace PaperData
{
    // Queries over the fields that JSON digests fill (arXiv id, authors, dates with years, upvotes). Papers from
    // text digests lack them and simply never match.
    public sealed partial class PaperCatalog
    {
        /// <summary>Papers with an author named <paramref name="name"/> (whole name, ignoring case and runs of white space).</summary>
        public IReadOnlyList<Paper> ByAuthor(string name)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            string wanted = TitleRules.Normalize(name);
            return Where(p =>
            {
                foreach (string author in p.Authors)
                {
                    if (TitleRules.Normalize(author) == wanted) return true;
                }

                return false;
            });
        }

        /// <summary>
        /// The first paper with the arXiv id, given bare ("2502.12345"), prefixed ("arXiv:2502.12345"), versioned
        /// ("2502.12345v2") or as an abs, pdf or Hugging Face paper URL; null when none matches or it is no arXiv id.
        /// </summary>
        public Paper? FindByArxivId(string idOrUrl)
        {
            if (idOrUrl is null) throw new ArgumentNullException(nameof(idOrUrl));
            string? wanted = ArxivIds.Normalize(idOrUrl);
            if (wanted is null) return null;
            foreach (Paper paper in Papers)
            {
                if (paper.ArxivId is not null
                    && string.Equals(ArxivIds.Normalize(paper.ArxivId) ?? paper.ArxivId, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return paper;
                }
            }

            return null;
        }

        /// <summary>
        /// Papers published in <paramref name="year"/> (and <paramref name="month"/>, when given), by
        /// <see cref="Paper.PublishedOn"/>, else by <see cref="Paper.Date"/> when it has a year.
        /// </summary>
        [Obsolete("Published mixes two dates (arXiv date, else the featured day). Use PublishedBetween (arXiv date) or InMonth / FeaturedBetween (the day Daily Papers featured it).")]
        public IReadOnlyList<Paper> Published(int year, int? month = null)
        {
            if (month is int m && (m < 1 || m > 12)) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1 to 12.");
            return Where(p => DatedOn(p) is PaperDate d && d.Year == year && (month is null || d.Month == month));
        }

        /// <summary>
        /// Papers dated from <paramref name="from"/> to <paramref name="to"/>, both included, by
        /// <see cref="Paper.PublishedOn"/>, else by <see cref="Paper.Date"/> when it has a year.
        /// </summary>
        /// <exception cref="ArgumentException">A bound has no year.</exception>
        [Obsolete("Between mixes two dates (arXiv date, else the featured day). Use PublishedBetween (arXiv date) or FeaturedBetween (the day Daily Papers featured it).")]
        public IReadOnlyList<Paper> Between(PaperDate from, PaperDate to)
        {
            if (from.Year is null) throw new ArgumentException("The start date needs a year.", nameof(from));
            if (to.Year is null) throw new ArgumentException("The end date needs a year.", nameof(to));
            return Where(p => DatedOn(p) is PaperDate d && d.CompareTo(from) >= 0 && d.CompareTo(to) <= 0);
        }

        /// <summary>
        /// The papers with the most upvotes, most first (ties keep digest order); papers without upvotes are left out,
        /// so a catalogue without upvotes answers empty. <see cref="TopByUpvotes(int)"/> says so instead.
        /// </summary>
        [Obsolete("MostUpvoted answers empty for a catalogue without upvotes (a text digest). Use TopByUpvotes, which throws MissingPaperFieldException then, or Has(PaperField.Upvotes).")]
        public IReadOnlyList<Paper> MostUpvoted(int limit = 10)
        {
            if (limit < 0) throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit cannot be negative.");
            return PaperQueries.TopByUpvotes(Papers, limit);
        }

        // The date with a year a paper is known by: its arXiv date, else a digest date that states its year.
        private static PaperDate? DatedOn(Paper paper) =>
            paper.PublishedOn ?? (paper.Date.Year is null ? null : paper.Date);
    }
}
