using System.Collections.Generic;
using System.Text;

namespace PaperData.Cli.Tests
{
    /// <summary>An independent RFC 4180 reader, so the CSV tests do not trust the writer they check.</summary>
    internal static class Rfc4180
    {
        public static List<string[]> Parse(string text)
        {
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            int i = 0;
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    i++;
                    while (!(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')))
                    {
                        if (text[i] == '"') i++;
                        field.Append(text[i++]);
                    }

                    i++;
                }
                else if (text[i] == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                }
                else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(fields.ToArray());
                    fields.Clear();
                    i += 2;
                }
                else
                {
                    field.Append(text[i++]);
                }
            }

            return records;
        }
    }
}
