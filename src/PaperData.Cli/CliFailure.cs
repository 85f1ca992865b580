using System;

namespace PaperData.Cli
{
    /// <summary>
    /// A failure the user can act on: CliApp prints <see cref="Exception.Message"/> as one stderr line and exits
    /// with <see cref="ExitCode"/>.
    /// </summary>
    internal sealed class CliFailure : Exception
    {
        public CliFailure(int exitCode, string message)
            : base(message)
        {
            ExitCode = exitCode;
        }

        public int ExitCode { get; }
    }
}
