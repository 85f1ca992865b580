namespace PaperData.Core.Reading
{
    /// <summary>
    /// Days per month, apart from the date-line reader: <c>PaperDate</c> checks every date it is given, and a
    /// generated catalogue's first access must not pay for the date-line regex.
    /// </summary>
    internal static class MonthDays
    {
        private static readonly int[] DaysInMonth = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

        /// <summary>The days in <paramref name="month"/> (1 to 12); February has 29 unless a year says otherwise.</summary>
        public static int DaysIn(int month, int? year) =>
            year is int y && month == 2 && !IsLeapYear(y) ? 28 : DaysInMonth[month - 1];

        /// <summary>Gregorian leap years.</summary>
        public static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
