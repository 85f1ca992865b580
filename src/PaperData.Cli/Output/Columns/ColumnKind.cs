namespace PaperData.Cli.Output.Columns
{
    /// <summary>
    /// The value types a column can hold; each export maps them once (CSV text, Parquet types), so a new column never
    /// needs new export code.
    /// </summary>
    internal enum ColumnKind
    {
        /// <summary>A 32-bit integer (<c>int</c> or <c>int?</c>).</summary>
        Int32,

        /// <summary>A string, possibly null.</summary>
        String,

        /// <summary>A calendar date (<see cref="System.DateOnly"/>?); null when unknown.</summary>
        Date,

        /// <summary>True or false.</summary>
        Boolean,

        /// <summary>A list of strings, never null (empty when there are none).</summary>
        StringList,

        /// <summary>A list of calendar dates, never null.</summary>
        DateList,
    }
}
