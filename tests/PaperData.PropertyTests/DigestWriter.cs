using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// Writes papers back as a text digest in the shape the parser reads: a date line whenever the date changes,
    /// then each title and abstract as its own paragraph.
    /// </summary>
    internal static class DigestWriter
    {
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        public static string Write(IEnumerable<Paper> papers, string lineBreak = "\n")
        {
            var text = new StringBuilder();
            PaperDate? date = null;
            foreach (Paper paper in papers)
            {
                if (date is not PaperDate current || !current.Equals(paper.Date))
                {
                    date = paper.Date;
                    Paragraph(text, DateLine(paper.Date), lineBreak);
                }

                Paragraph(text, paper.Title, lineBreak);
                Paragraph(text, paper.Abstract, lineBreak);
            }

            return text.ToString();
        }

        public static string DateLine(PaperDate date) =>
            Months[date.Month - 1] + " " + date.Day.ToString(CultureInfo.InvariantCulture)
            + (date.Year is int year ? ", " + year.ToString(CultureInfo.InvariantCulture) : string.Empty);

        private static void Paragraph(StringBuilder text, string paragraph, string lineBreak) =>
            text.Append(paragraph).Append(lineBreak).Append(lineBreak);
    }
}
