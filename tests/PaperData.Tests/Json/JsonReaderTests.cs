using System;
using System.Linq;
using System.Text;
using System.Threading;
using PaperData.Core.Reading.Json;
using Xunit;

namespace PaperData.Tests.Json
{
    public class JsonReaderTests
    {
        private static JsonValue ReadOk(string text)
        {
            JsonReadResult result = JsonReader.Read(text, TestContext.Current.CancellationToken);
            Assert.Null(result.Error);
            return Assert.IsType<JsonValue>(result.Value);
        }

        private static JsonError ReadBad(string text)
        {
            JsonReadResult result = JsonReader.Read(text, TestContext.Current.CancellationToken);
            Assert.Null(result.Value);
            return Assert.IsType<JsonError>(result.Error);
        }

        [Fact]
        public void Reads_every_kind_of_value_with_its_line_and_column()
        {
            JsonValue root = ReadOk("{\n  \"a\": [1, -2.5e3, true, false, null],\r\n  \"b\": \"x\\n\\u00e9\\ud83d\\ude00\",\n  \"c\": {}\n}");
            Assert.Equal(JsonKind.Object, root.Kind);
            Assert.Equal(new[] { "a", "b", "c" }, root.Members.Select(m => m.Name));
            JsonValue a = root.Get("a")!;
            Assert.Equal(new[] { JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null }, a.Items.Select(i => i.Kind));
            Assert.Equal("-2.5e3", a.Items[1].Text);
            Assert.Equal((2, 8), (a.Start.Line, a.Start.Column));
            Assert.Equal((2, 12), (a.Items[1].Start.Line, a.Items[1].Start.Column));
            JsonValue b = root.Get("b")!;
            Assert.Equal("x\n\u00e9\U0001F600", b.Text);
            Assert.Equal((3, 8), (b.Start.Line, b.Start.Column)); // CRLF counts as one line break
            Assert.Equal((3, 31), (b.End.Line, b.End.Column));
            Assert.Equal((4, 3), (root.Members[2].NamePosition.Line, root.Members[2].NamePosition.Column));
            Assert.Equal((5, 2), (root.End.Line, root.End.Column));
        }

        [Fact]
        public void A_byte_order_mark_is_skipped_and_columns_count_after_it()
        {
            JsonValue root = ReadOk("\uFEFF[ 7 ]");
            Assert.Equal((1, 3), (root.Items[0].Start.Line, root.Items[0].Start.Column));
        }

        [Fact]
        public void A_repeated_member_name_reads_as_its_last_value()
        {
            Assert.Equal("2", ReadOk("{\"n\": 1, \"n\": 2}").Get("n")!.Text);
        }

        [Theory]
        [InlineData("", 1, 1, "empty")]
        [InlineData("  \n  ", 2, 3, "empty")]
        [InlineData("[1, 2,]", 1, 7, "trailing comma before ']'")]
        [InlineData("{\"a\": 1,\n}", 2, 1, "trailing comma before '}'")]
        [InlineData("// note\n[]", 1, 1, "comments are not allowed")]
        [InlineData("[1 /* c */]", 1, 4, "expected ',' or ']'")]
        [InlineData("['a']", 1, 2, "double quotes")]
        [InlineData("{a: 1}", 1, 2, "member name in double quotes")]
        [InlineData("{\"a\" 1}", 1, 6, "expected ':'")]
        [InlineData("[01]", 1, 3, "leading zero")]
        [InlineData("[-]", 1, 3, "digit must follow '-'")]
        [InlineData("[1.]", 1, 4, "decimal point")]
        [InlineData("[1e+]", 1, 5, "exponent")]
        [InlineData("[NaN]", 1, 2, "where a value was expected")]
        [InlineData("[tru]", 1, 2, "where a value was expected")]
        [InlineData("[tr", 1, 2, "where a value was expected")]
        [InlineData("[\"abc", 1, 2, "not closed")]
        [InlineData("[\"ab\ncd\"]", 1, 5, "line break inside a string")]
        [InlineData("[\"a\tb\"]", 1, 4, "control character U+0009")]
        [InlineData("[\"a\\x\"]", 1, 4, "invalid escape '\\x'")]
        [InlineData("[\"\\u12G4\"]", 1, 3, "four hexadecimal digits")]
        [InlineData("[\"\\ud83d\"]", 1, 3, "lone surrogate escape \\uD83D")]
        [InlineData("[\"\\ud83d\\u0041\"]", 1, 3, "lone surrogate escape \\uD83D")]
        [InlineData("[\"\\ude00\"]", 1, 3, "lone surrogate escape \\uDE00")]
        [InlineData("[1] [2]", 1, 5, "after the end of the JSON value")]
        [InlineData("[1,\n  2\n  3]", 3, 3, "expected ',' or ']'")]
        [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'")]
        public void Rejects_what_RFC_8259_rejects_at_the_right_place(string text, int line, int column, string message)
        {
            JsonError error = ReadBad(text);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
            Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
        }

        [Fact]
        public void A_raw_lone_surrogate_in_a_string_is_an_error()
        {
            JsonError error = ReadBad("[\"ok \uD800 no\"]");
            Assert.Contains("lone surrogate U+D800", error.Message, StringComparison.Ordinal);
            Assert.Equal(6, error.Position.Column);
        }

        [Fact]
        public void Ten_thousand_levels_of_nesting_give_an_error_at_level_65_not_a_stack_overflow()
        {
            JsonError arrays = ReadBad(new string('[', 10_000) + new string(']', 10_000));
            Assert.Contains("deeper than 64 levels", arrays.Message, StringComparison.Ordinal);
            Assert.Equal(65, arrays.Position.Column);

            var objects = new StringBuilder();
            for (int i = 0; i < 10_000; i++) objects.Append("{\"a\":");
            JsonError nestedObjects = ReadBad(objects.ToString());
            Assert.Contains("deeper than 64 levels", nestedObjects.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Sixty_four_levels_are_accepted()
        {
            JsonValue value = ReadOk(new string('[', 64) + new string(']', 64));
            int depth = 1;
            while (value.Items.Count > 0)
            {
                value = value.Items[0];
                depth++;
            }

            Assert.Equal(64, depth);
        }

        [Fact]
        public void Huge_strings_are_read_whole()
        {
            string big = new string('x', 8 * 1024 * 1024);
            Assert.Equal(big.Length, ReadOk("[\"" + big + "\"]").Items[0].Text!.Length);
            string escaped = string.Concat(Enumerable.Repeat("a\\\"", 500_000));
            Assert.Equal(1_000_000, ReadOk("[\"" + escaped + "\"]").Items[0].Text!.Length);
        }

        [Fact]
        public void Replacement_characters_from_invalid_UTF8_are_ordinary_text()
        {
            string text = Encoding.UTF8.GetString(new byte[] { (byte)'[', (byte)'"', 0x41, 0xC3, 0x28, 0xFF, (byte)'"', (byte)']' });
            Assert.Equal("A\uFFFD(\uFFFD", ReadOk(text).Items[0].Text);
        }

        [Theory]
        [InlineData("1e999", false, 0)]
        [InlineData("99999999999999999999", false, 0)]
        [InlineData("2147483648", false, 0)]
        [InlineData("12.0", false, 0)]
        [InlineData("2147483647", true, 2147483647)]
        [InlineData("-7", true, -7)]
        [InlineData("0", true, 0)]
        public void Numbers_keep_their_text_and_convert_only_when_whole_and_in_range(string number, bool fits, int expected)
        {
            JsonValue value = ReadOk("[" + number + "]").Items[0];
            Assert.Equal(number, value.Text);
            Assert.Equal(fits, value.TryGetInt32(out int converted));
            Assert.Equal(expected, converted);
        }

        [Fact]
        public void Top_level_elements_can_be_streamed_one_at_a_time()
        {
            var seen = new System.Collections.Generic.List<(int, string)>();
            JsonReadResult result = JsonReader.Read("[{\"a\": [1]}, \"x\",\n 3]", (i, v) => seen.Add((i, v.Kind + "@" + v.Start.Line + ":" + v.Start.Column)),
                TestContext.Current.CancellationToken);
            Assert.Equal(new[] { (0, "Object@1:2"), (1, "String@1:14"), (2, "Number@2:2") }, seen);
            Assert.Empty(Assert.IsType<JsonValue>(result.Value).Items);

            seen.Clear();
            JsonReadResult broken = JsonReader.Read("[1, 2, }", (i, v) => seen.Add((i, v.Text!)), TestContext.Current.CancellationToken);
            Assert.Equal(new[] { (0, "1"), (1, "2") }, seen);
            Assert.Equal(8, broken.Error!.Position.Column);
        }

        [Fact]
        public void Cancellation_propagates()
        {
            string many = "[" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "]";
            Assert.Throws<OperationCanceledException>(() => JsonReader.Read(many, new CancellationToken(canceled: true)));
        }
    }
}
