using System;
using System.Text;
using System.Threading.Tasks;
using PaperData.Cli;

// The whole tool lives in CliApp so that tests can run it in process; this file only binds it to the console.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApp.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromConsole());
