using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using PaperData.Cli.Matching;

namespace PaperData.Cli
{
    /// <summary>
    /// Turns a failed parse into the one stderr line users see, as dotnet, gh and git do: an unknown command or option
    /// with its closest spelling ("did you mean 'search'?"), and a pointer to the help of the command being used.
    /// </summary>
    internal static class UsageErrors
    {
        public static string Describe(ParseResult parseResult)
        {
            CommandResult commandResult = parseResult.CommandResult;
            string unknown = parseResult.UnmatchedTokens.FirstOrDefault() ?? string.Empty;
            string message = unknown.Length > 0
                ? Unknown(commandResult.Command, CommandPath(commandResult), unknown)
                : OneLine(parseResult.Errors.Select(e => e.Message));
            return message + HelpHint(commandResult);
        }

        /// <summary>" (see paperdata search --help)": the help of the command the user is in.</summary>
        public static string HelpHint(CommandResult commandResult) => " (see " + CommandPath(commandResult) + " --help)";

        private static string Unknown(Command command, string path, string token)
        {
            if (token.StartsWith("-", StringComparison.Ordinal) && token.Length > 1 && !char.IsDigit(token[1]))
            {
                return "unknown option '" + token + "' for '" + path + "'" + DidYouMean(token, OptionNames(command));
            }

            if (command.Subcommands.Count > 0)
            {
                return "unknown command '" + token + "'" + DidYouMean(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            }

            return "unexpected argument '" + token + "' for '" + path + "'";
        }

        // The options this command accepts: its own, and the recursive ones of its parents (--help).
        private static IEnumerable<string> OptionNames(Command command)
        {
            var options = new List<Option>(command.Options);
            var parents = new Stack<Symbol>(command.Parents);
            while (parents.Count > 0)
            {
                if (parents.Pop() is Command parent)
                {
                    options.AddRange(parent.Options.Where(o => o.Recursive));
                    foreach (Symbol grandparent in parent.Parents) parents.Push(grandparent);
                }
            }

            return options.Where(o => !o.Hidden).SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        }

        private static string DidYouMean(string typed, IEnumerable<string> names)
        {
            IReadOnlyList<string> closest = Suggestions.ClosestNames(names, typed);
            return closest.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", closest.Select(n => "'" + n + "'")) + "?";
        }

        private static string CommandPath(CommandResult commandResult)
        {
            var names = new List<string>();
            for (SymbolResult? result = commandResult; result is not null; result = result.Parent)
            {
                if (result is CommandResult command) names.Insert(0, command.Command.Name);
            }

            return string.Join(" ", names);
        }

        // Parse errors can span lines ("Must be one of:\n\t'json'..."); the contract is one stderr line.
        private static string OneLine(IEnumerable<string> messages) =>
            string.Join(" ", string.Join(" ", messages).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
