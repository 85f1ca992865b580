namespace PaperData.Cli
{
    /// <summary>The process exit codes; the README's CLI reference lists the same table.</summary>
    internal static class ExitCodes
    {
        /// <summary>Success; for <c>check</c>, no errors and no warnings.</summary>
        public const int Ok = 0;

        /// <summary><c>check</c> found errors or warnings in a digest.</summary>
        public const int ProblemsFound = 1;

        /// <summary><c>diff</c>: the digests differ (as diff(1) exits 1).</summary>
        public const int Different = 1;

        /// <summary>Bad command line: unknown command or option, missing or malformed value.</summary>
        public const int Usage = 2;

        /// <summary><c>show</c> found no paper with that id, short name or title.</summary>
        public const int NotFound = 3;

        /// <summary>A digest file is missing or cannot be read.</summary>
        public const int IoError = 4;

        /// <summary><c>fetch</c>: a day could not be fetched (unreachable, timed out, or an HTTP error) after every retry.</summary>
        public const int NetworkError = 5;

        /// <summary><c>fetch</c>: the server answered 200 with a body that is not a JSON array (malformed or another API).</summary>
        public const int BadResponse = 6;

        /// <summary>A bug: an unexpected exception, reported as one line instead of a stack trace.</summary>
        public const int InternalError = 70;
    }
}
