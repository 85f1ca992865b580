using System.Globalization;

namespace PaperData
{
    /// <summary>How serious a digest problem is.</summary>
    public enum PaperDiagnosticSeverity
    {
        /// <summary>For information only.</summary>
        Info = 0,

        /// <summary>The catalogue is complete but something looks wrong.</summary>
        Warning = 1,

        /// <summary>Part of the digest could not be read; the diagnostic says which part was left out.</summary>
        Error = 2,
    }

    /// <summary>A problem in a digest, with its place: 1-based line and column.</summary>
    public sealed record PaperDiagnostic
    {
        /// <summary>Creates a diagnostic.</summary>
        public PaperDiagnostic(string id, PaperDiagnosticSeverity severity, string message, string? path, int line, int column, int endLine, int endColumn)
        {
            Id = id;
            Severity = severity;
            Message = message;
            Path = path;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>The PD id, e.g. <c>PD0003</c>; the README lists them all.</summary>
        public string Id { get; }

        /// <summary>How serious it is.</summary>
        public PaperDiagnosticSeverity Severity { get; }

        /// <summary>What is wrong and what happened to the text.</summary>
        public string Message { get; }

        /// <summary>The digest's path, when it was loaded from a file.</summary>
        public string? Path { get; }

        /// <summary>1-based line of the start.</summary>
        public int Line { get; }

        /// <summary>1-based column of the start.</summary>
        public int Column { get; }

        /// <summary>1-based line of the end.</summary>
        public int EndLine { get; }

        /// <summary>1-based column of the end.</summary>
        public int EndColumn { get; }

        /// <summary>True for errors.</summary>
        public bool IsError => Severity == PaperDiagnosticSeverity.Error;

        /// <summary>The MSBuild form: <c>path(line,col): error PD0003: message</c>.</summary>
        public override string ToString()
        {
            string severity = Severity switch
            {
                PaperDiagnosticSeverity.Error => "error",
                PaperDiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            return (Path ?? "digest") + "(" + Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture)
                + "): " + severity + " " + Id + ": " + Message;
        }
    }
}
