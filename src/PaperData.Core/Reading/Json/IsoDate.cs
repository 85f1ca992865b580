using System.Globalization;
using PaperData.Core.Parsed;
using PaperData.Core.Reading.Text;

namespace PaperData.Core.Reading.Json
{
    /// <summary>
    /// Reads the calendar date of an ISO 8601 timestamp as the site writes it ("2025-03-11T14:02:33.000Z", or a
    /// bare "2025-03-11"). The date is taken as written (the site writes UTC); no time-zone conversion.
    /// </summary>
    internal static class IsoDate
    {
        /// <summary>Reads <paramref name="text"/>; else <paramref name="problem"/> says what is wrong with it ("has month 13, which does not exist").</summary>
        public static bool TryRead(string text, out DigestDate date, out string problem)
        {
            date = default;
            problem = string.Empty;
            string value = text.Trim();
            bool shape = value.Length >= 10 && Digits(value, 0, 4) && value[4] == '-' && Digits(value, 5, 2) && value[7] == '-'
                && Digits(value, 8, 2) && (value.Length == 10 || value[10] == 'T' || value[10] == 't' || value[10] == ' ');
            if (!shape)
            {
                problem = "is not an ISO 8601 date such as 2025-03-11 or 2025-03-11T09:30:00.000Z";
                return false;
            }

            int year = Number(value, 0, 4), month = Number(value, 5, 2), day = Number(value, 8, 2);
            if (month < 1 || month > 12)
            {
                problem = "has month " + month.ToString(CultureInfo.InvariantCulture) + ", which does not exist";
                return false;
            }

            if (day < 1 || day > DateLine.DaysIn(month, year))
            {
                problem = "names day " + day.ToString(CultureInfo.InvariantCulture) + " of "
                    + DateLine.MonthName(month) + " " + year.ToString(CultureInfo.InvariantCulture) + ", which does not exist";
                return false;
            }

            if (!DateLine.IsPlausibleYear(year))
            {
                problem = "has year " + year.ToString(CultureInfo.InvariantCulture) + ", out of range (1900 to 2999)";
                return false;
            }

            date = new DigestDate(month, day, year);
            return true;
        }

        private static bool Digits(string text, int start, int count)
        {
            for (int i = start; i < start + count; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
            }

            return true;
        }

        private static int Number(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++) value = (value * 10) + (text[i] - '0');
            return value;
        }

        /// <summary>A date value as quoted in a message: at most 40 characters.</summary>
        public static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}
