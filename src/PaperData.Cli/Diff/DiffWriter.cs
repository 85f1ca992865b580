using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using PaperData.Cli.Output;

namespace PaperData.Cli.Diff
{
    /// <summary>Writes a <see cref="CatalogDiff"/> as lines for people or as one JSON object.</summary>
    internal static class DiffWriter
    {
        /// <summary>
        /// <c>+ title</c> added, <c>- title</c> removed, <c>~ title (fields: abstract, upvotes)</c> changed, then
        /// <c>^ title (moved: rank 5 -> 2)</c> for moves, and a summary line ("identical" when nothing but order differs).
        /// </summary>
        public static void WriteText(TextWriter output, CatalogDiff diff, Style style)
        {
            foreach (Paper paper in diff.Removed) output.WriteLine(style.Bold("- ") + paper.Title);
            foreach (Paper paper in diff.Added) output.WriteLine(style.Bold("+ ") + paper.Title);
            foreach (ChangedPaper change in diff.Changed)
            {
                output.WriteLine(style.Bold("~ ") + change.After.Title + " (fields: " + string.Join(", ", change.Fields) + ")");
            }

            foreach ((Paper before, Paper after) in diff.Reordered)
            {
                output.WriteLine("^ " + after.Title + " (moved: rank " + Number(before.Rank) + " -> " + Number(after.Rank) + ")");
            }

            string reordered = Number(diff.Reordered.Count) + " reordered";
            if (diff.IsIdentical)
            {
                output.WriteLine(diff.Reordered.Count == 0 ? "identical" : "identical (" + reordered + "; order alone is no difference)");
                return;
            }

            output.WriteLine(Number(diff.Added.Count) + " added, " + Number(diff.Removed.Count) + " removed, " + Number(diff.Changed.Count) + " changed, " + reordered);
        }

        /// <summary>
        /// <c>{"added":[paper…],"removed":[paper…],"changed":[{"before":paper,"after":paper,"fields":[…]}]}</c>, each
        /// paper as <c>export --format json</c> writes it.
        /// </summary>
        public static void WriteJson(TextWriter output, CatalogDiff diff) =>
            PaperJson.Write(output, writer =>
            {
                writer.WriteStartObject();
                WritePapers(writer, "added", diff.Added);
                WritePapers(writer, "removed", diff.Removed);
                writer.WriteStartArray("changed");
                foreach (ChangedPaper change in diff.Changed)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("before");
                    PaperJson.WritePaper(writer, change.Before);
                    writer.WritePropertyName("after");
                    PaperJson.WritePaper(writer, change.After);
                    writer.WriteStartArray("fields");
                    foreach (string field in change.Fields) writer.WriteStringValue(field);
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });

        private static void WritePapers(Utf8JsonWriter writer, string name, IReadOnlyList<Paper> papers)
        {
            writer.WriteStartArray(name);
            foreach (Paper paper in papers) PaperJson.WritePaper(writer, paper);
            writer.WriteEndArray();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
