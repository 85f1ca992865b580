using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using PaperData.Cli.Matching;
using PaperData.Cli.Output;

namespace PaperData.Cli.Commands
{
    /// <summary><c>search &lt;query&gt;</c>: BM25-ranked hits with their score and a snippet of the abstract, matches marked.</summary>
    internal static class SearchCommand
    {
        public static Command Create(CliContext context)
        {
            var query = new Argument<string>("query") { Description = "Words to look for in titles and abstracts." };
            Option<int?> limit = CommonOptions.Limit(10);
            Option<bool> json = CommonOptions.Json();

            var command = new Command("search", "Search titles and abstracts; best hits first.") { query, limit, json };
            command.SetAction(parseResult =>
            {
                PaperCatalog catalog = context.LoadCatalog(parseResult);
                string text = parseResult.GetValue(query) ?? string.Empty;
                IReadOnlyList<SearchHit> hits = catalog.Search(text, parseResult.GetValue(limit) ?? 10);
                if (parseResult.GetValue(json)) WriteJson(context, hits, text);
                else WriteText(context, hits, text);
                return ExitCodes.Ok;
            });
            return command;
        }

        private static void WriteJson(CliContext context, IReadOnlyList<SearchHit> hits, string query)
        {
            PaperJson.Write(context.Out, writer =>
            {
                writer.WriteStartArray();
                foreach (SearchHit hit in hits)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("score", Math.Round(hit.Score, 4));
                    writer.WriteString("snippet", Snippet.Build(hit.Paper.Abstract, query, Style.None));
                    writer.WritePropertyName("paper");
                    PaperJson.WritePaper(writer, hit.Paper);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
        }

        private static void WriteText(CliContext context, IReadOnlyList<SearchHit> hits, string query)
        {
            if (hits.Count == 0)
            {
                context.Out.WriteLine("No paper matches \"" + query + "\".");
                return;
            }

            Style style = context.Style;
            for (int i = 0; i < hits.Count; i++)
            {
                Paper paper = hits[i].Paper;
                if (i > 0) context.Out.WriteLine();
                string place = (i + 1).ToString(CultureInfo.InvariantCulture) + ". ";
                string indent = new string(' ', place.Length);
                TextWrapper.WriteHanging(context.Out, place, style.Bold(paper.Title), context.Width);
                string score = hits[i].Score.ToString("0.00", CultureInfo.InvariantCulture);
                context.Out.WriteLine(indent + style.Dim("score " + score + " · #" + paper.Rank.ToString(CultureInfo.InvariantCulture) + " · " + paper.Id));
                TextWrapper.WriteIndented(context.Out, Snippet.Build(paper.Abstract, query, style), context.Width, indent);
            }
        }
    }
}
