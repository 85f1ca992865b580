using System;
using System.IO;
using System.Text;
using PaperData.Cli;

// The whole tool lives in CliApp so that tests can run it in process; this file only binds it to the console.
try
{
    Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false); // JSON and titles are UTF-8 text.
}
catch (IOException)
{
    // No console to configure (a detached process on Windows): keep the default encoding rather than fail.
}

using Stream standardOutput = Console.OpenStandardOutput();
return await CliApp.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromConsole(), binaryStdout: standardOutput);
