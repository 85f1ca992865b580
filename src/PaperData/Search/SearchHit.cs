using System.Globalization;

namespace PaperData
{
    /// <summary>A search result: the paper and its BM25 score (higher is better).</summary>
    public sealed record SearchHit
    {
        /// <summary>Creates a hit.</summary>
        public SearchHit(Paper paper, double score)
        {
            Paper = paper;
            Score = score;
        }

        /// <summary>The paper found.</summary>
        public Paper Paper { get; }

        /// <summary>The BM25 score; title terms count twice.</summary>
        public double Score { get; }

        /// <inheritdoc />
        public override string ToString() => Paper.Title + " (" + Score.ToString("0.###", CultureInfo.InvariantCulture) + ")";
    }
}
