using System;
using System.IO;
using SharpFuzz;

namespace PaperData.Fuzz
{
    /// <summary>
    /// The SharpFuzz entry point. Under afl-fuzz: <c>dotnet PaperData.Fuzz.dll [parse|emit|json]</c> (run.sh starts it).
    /// Without afl-fuzz: <c>dotnet PaperData.Fuzz.dll [parse|emit|json] --replay FILE|DIR...</c> runs saved inputs
    /// (the corpus, or crashes from findings/) and prints the failure of each, exiting 1 when any fails.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string target = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "emit";
            Action<string>? run = target switch
            {
                "parse" => FuzzTargets.Parse,
                "emit" => FuzzTargets.ParseAndEmit,
                "json" => FuzzTargets.Json,
                _ => null,
            };
            if (run is null)
            {
                Console.Error.WriteLine("unknown target '" + target + "': use parse, emit or json");
                return 2;
            }

            int replay = Array.IndexOf(args, "--replay");
            if (replay >= 0) return Replay(run, args, replay + 1);

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                run(FuzzTargets.Decode(buffer.ToArray()));
            });
            return 0;
        }

        private static int Replay(Action<string> run, string[] args, int first)
        {
            int failures = 0;
            int count = 0;
            for (int i = first; i < args.Length; i++)
            {
                string[] files = Directory.Exists(args[i]) ? Directory.GetFiles(args[i]) : new[] { args[i] };
                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    if (Path.GetFileName(file) == "README.txt") continue;
                    count++;
                    try
                    {
                        run(FuzzTargets.Decode(File.ReadAllBytes(file)));
                    }
                    catch (Exception e)
                    {
                        failures++;
                        Console.WriteLine("FAIL " + file + ": " + e);
                    }
                }
            }

            Console.WriteLine(count + " inputs replayed, " + failures + " failed");
            return failures == 0 ? 0 : 1;
        }
    }
}
