using System;
using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>What a child <c>dotnet</c> printed and how it ended.</summary>
    public sealed record CliResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
    {
        public bool Succeeded => ExitCode == 0;

        /// <summary>For assertion messages: the command, its exit code and the end of its output.</summary>
        public string Describe()
        {
            const int Max = 20000;
            string tail = Output.Length <= Max ? Output : "...\n" + Output.Substring(Output.Length - Max);
            return "`" + Command + "` exited with " + ExitCode + " after " + Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s:\n" + tail;
        }
    }

    /// <summary>Runs the SDK as a child process, isolated from the MSBuild state of the test run that started it.</summary>
    internal static class DotNetCli
    {
        // PAPERDATA_PACKAGE_TESTS_TIMEOUT_MINUTES raises it on a crowded machine, where packing the four
        // ReadyToRun images alone can take longer.
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(
            int.TryParse(Environment.GetEnvironmentVariable("PAPERDATA_PACKAGE_TESTS_TIMEOUT_MINUTES"), System.Globalization.NumberStyles.None,
                CultureInfo.InvariantCulture, out int minutes) && minutes > 0 ? minutes : 6);

        public static async Task<CliResult> RunAsync(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo(DotNetExecutable())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            IsolateEnvironment(start);

            string command = "dotnet " + string.Join(" ", arguments);
            var output = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            Task exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(Timeout)).ConfigureAwait(false) != exited)
            {
                process.Kill(entireProcessTree: true);
                await exited.ConfigureAwait(false);
                return new CliResult(command, -1, Snapshot(output) + "\n(killed after " + Timeout.TotalMinutes + " minutes)", watch.Elapsed);
            }

            process.WaitForExit(); // flushes the asynchronous output readers
            var result = new CliResult(command, process.ExitCode, Snapshot(output), watch.Elapsed);
            Xunit.TestContext.Current.SendDiagnosticMessage("{0} -> exit {1} in {2:0.0} s", command, result.ExitCode, result.Elapsed.TotalSeconds);
            return result;
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output) return output.ToString();
        }

        // `dotnet test` leaves MSBuild variables in the environment that would pin the child to the parent's
        // MSBuild state; node reuse is off so that no build node outlives the test.
        private static void IsolateEnvironment(ProcessStartInfo start)
        {
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                string name = (string)entry.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("MSBuild", StringComparison.Ordinal)
                    || name.Equals("NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        }

        private static string DotNetExecutable()
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }
}
