using System.CommandLine;
using PaperData.Cli.Diff;

namespace PaperData.Cli.Commands
{
    /// <summary>
    /// <c>diff OLD NEW [--json]</c>: papers added, removed and changed between two digests (files or directories).
    /// Exit 0 when identical, 1 when different, like diff(1).
    /// </summary>
    internal static class DiffCommand
    {
        public static Command Create(CliContext context)
        {
            var before = new Argument<string>("OLD") { Description = "The old digest: a .txt or .json file, or a directory of them (merged in name order)." };
            var after = new Argument<string>("NEW") { Description = "The new digest, likewise." };
            Option<bool> json = CommonOptions.Json();

            var command = new Command("diff", "Compare two digests: papers added (+), removed (-) and changed (~); exit 1 when they differ.")
            {
                before, after, json,
            };
            command.SetAction(parseResult =>
            {
                PaperCatalog old = DigestSource.Load(parseResult.GetValue(before)!, context.Err);
                PaperCatalog @new = DigestSource.Load(parseResult.GetValue(after)!, context.Err);
                CatalogDiff diff = CatalogDiff.Compare(old.Papers, @new.Papers);
                if (parseResult.GetValue(json)) DiffWriter.WriteJson(context.Out, diff);
                else DiffWriter.WriteText(context.Out, diff, context.Style);
                return diff.IsIdentical ? ExitCodes.Ok : ExitCodes.Different;
            });
            return command;
        }
    }
}
