using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperData.Cli.Output.Columns
{
    /// <summary>
    /// One field of a paper as the table exports (CSV, Parquet, Markdown) and <c>diff</c> see it: a snake_case name,
    /// a kind and a getter. <see cref="PaperColumns.All"/> lists them once; everything else reads that list.
    /// </summary>
    internal sealed class PaperColumn
    {
        /// <summary>What CSV and Markdown write between the items of a list ("; ", because titles and names hold commas).</summary>
        public const string ListSeparator = "; ";

        private readonly Func<Paper, object?> _value;

        private PaperColumn(string name, ColumnKind kind, bool isNullable, string? diffField, Func<Paper, object?> value)
        {
            Name = name;
            Kind = kind;
            IsNullable = isNullable;
            DiffField = diffField;
            _value = value;
        }

        /// <summary>The column name in CSV and Parquet (snake_case).</summary>
        public string Name { get; }

        /// <summary>The same name in camelCase, as JSON spells its properties (<c>short_name</c> → <c>shortName</c>).</summary>
        public string JsonName => CamelCase(Name);

        public ColumnKind Kind { get; }

        /// <summary>False for columns every paper has a value for (Parquet marks them required).</summary>
        public bool IsNullable { get; }

        /// <summary>
        /// The field <c>diff</c> reports when this column differs (several columns can share one, e.g. date, month,
        /// day and year are all "date"); null when a difference here is not a change of the paper.
        /// </summary>
        public string? DiffField { get; }

        /// <summary>
        /// The typed value: <c>int?</c>, <c>string?</c>, <c>DateOnly?</c>, <c>bool</c>,
        /// <c>IReadOnlyList&lt;string&gt;</c> or <c>IReadOnlyList&lt;DateOnly&gt;</c> by <see cref="Kind"/>.
        /// </summary>
        public object? Value(Paper paper) => _value(paper);

        /// <summary>
        /// The value as text for CSV and Markdown: invariant numbers, ISO dates (yyyy-MM-dd), <c>true</c>/<c>false</c>,
        /// lists joined with <see cref="ListSeparator"/>, and the empty string for null.
        /// </summary>
        public string Text(Paper paper) => _value(paper) switch
        {
            null => string.Empty,
            int number => number.ToString(CultureInfo.InvariantCulture),
            string text => text,
            DateOnly date => IsoDate(date),
            bool flag => flag ? "true" : "false",
            IEnumerable<string> texts => string.Join(ListSeparator, texts),
            IEnumerable<DateOnly> dates => string.Join(ListSeparator, dates.Select(IsoDate)),
            object other => throw new InvalidOperationException("Column " + Name + " holds an unexpected " + other.GetType().Name + "."),
        };

        /// <summary>The same column with another diff field (or null: never reported as a change).</summary>
        public PaperColumn ComparedAs(string? diffField) => new PaperColumn(Name, Kind, IsNullable, diffField, _value);

        public static PaperColumn Int(string name, Func<Paper, int> get) =>
            new PaperColumn(name, ColumnKind.Int32, false, name, p => get(p));

        public static PaperColumn OptionalInt(string name, Func<Paper, int?> get) =>
            new PaperColumn(name, ColumnKind.Int32, true, name, p => get(p));

        public static PaperColumn Text(string name, Func<Paper, string> get) =>
            new PaperColumn(name, ColumnKind.String, false, name, get);

        public static PaperColumn OptionalText(string name, Func<Paper, string?> get) =>
            new PaperColumn(name, ColumnKind.String, true, name, get);

        public static PaperColumn Date(string name, Func<Paper, DateOnly?> get) =>
            new PaperColumn(name, ColumnKind.Date, true, name, p => get(p));

        public static PaperColumn Flag(string name, Func<Paper, bool> get) =>
            new PaperColumn(name, ColumnKind.Boolean, false, name, p => get(p));

        public static PaperColumn Texts(string name, Func<Paper, IEnumerable<string>> get) =>
            new PaperColumn(name, ColumnKind.StringList, false, name, p => get(p).ToArray());

        public static PaperColumn Dates(string name, Func<Paper, IEnumerable<DateOnly>> get) =>
            new PaperColumn(name, ColumnKind.DateList, false, name, p => get(p).ToArray());

        public override string ToString() => Name;

        private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string CamelCase(string snake)
        {
            var builder = new StringBuilder(snake.Length);
            bool upper = false;
            foreach (char c in snake)
            {
                if (c == '_')
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return builder.ToString();
        }
    }
}
