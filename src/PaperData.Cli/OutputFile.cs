using System;
using System.IO;
using System.Security;

namespace PaperData.Cli
{
    /// <summary>Turns trouble writing <c>-o FILE</c> into one clear line with exit code 4 (the I/O code).</summary>
    internal static class OutputFile
    {
        public static void Write(string path, Action write)
        {
            try
            {
                write();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is SecurityException || e is NotSupportedException || e is ArgumentException)
            {
                throw new CliFailure(ExitCodes.IoError, "cannot write '" + path + "': " + Describe(e));
            }
        }

        private static string Describe(Exception e) => e switch
        {
            DirectoryNotFoundException => "no such directory",
            UnauthorizedAccessException => "access denied (or it is a directory)",
            ArgumentException => "not a valid path",
            _ => e.Message,
        };
    }
}
