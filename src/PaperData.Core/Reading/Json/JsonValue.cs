using System.Collections.Generic;
using System.Globalization;

namespace PaperData.Core.Reading.Json
{
    /// <summary>The kinds of JSON value (RFC 8259).</summary>
    internal enum JsonKind
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    }

    /// <summary>A member of a JSON object: its name, where the name stands, and its value.</summary>
    internal sealed class JsonMember
    {
        public JsonMember(string name, TextPosition namePosition, JsonValue value)
        {
            Name = name;
            NamePosition = namePosition;
            Value = value;
        }

        public string Name { get; }

        public TextPosition NamePosition { get; }

        public JsonValue Value { get; }
    }

    /// <summary>
    /// One value of a light, read-only JSON tree with the place of every value in the text. Numbers keep their
    /// exact text: converting is the caller's choice, so an out-of-range number is a diagnostic there, not an
    /// exception here.
    /// </summary>
    internal sealed class JsonValue
    {
        private static readonly List<JsonValue> NoItems = new List<JsonValue>(0);
        private static readonly List<JsonMember> NoMembers = new List<JsonMember>(0);

        private readonly List<JsonValue>? _items;
        private readonly List<JsonMember>? _members;

        private JsonValue(JsonKind kind, TextPosition start, TextPosition end, string? text, List<JsonValue>? items, List<JsonMember>? members)
        {
            Kind = kind;
            Start = start;
            End = end;
            Text = text;
            _items = items;
            _members = members;
        }

        public JsonKind Kind { get; }

        /// <summary>Where the value starts (its first character).</summary>
        public TextPosition Start { get; }

        /// <summary>Just after the value's last character.</summary>
        public TextPosition End { get; }

        /// <summary>The decoded string of a string, the exact text of a number, else null.</summary>
        public string? Text { get; }

        /// <summary>The elements of an array; empty for anything else.</summary>
        public IReadOnlyList<JsonValue> Items => _items ?? NoItems;

        /// <summary>The members of an object in text order; empty for anything else.</summary>
        public IReadOnlyList<JsonMember> Members => _members ?? NoMembers;

        public bool IsNull => Kind == JsonKind.Null;

        public static JsonValue Scalar(JsonKind kind, TextPosition start, TextPosition end, string? text) =>
            new JsonValue(kind, start, end, text, null, null);

        public static JsonValue NewArray(TextPosition start, TextPosition end, List<JsonValue> items) =>
            new JsonValue(JsonKind.Array, start, end, null, items, null);

        public static JsonValue NewObject(TextPosition start, TextPosition end, List<JsonMember> members) =>
            new JsonValue(JsonKind.Object, start, end, null, null, members);

        /// <summary>
        /// The value of member <paramref name="name"/> (ordinal), null when absent. A repeated name resolves to
        /// its last occurrence, as JavaScript's <c>JSON.parse</c> (the site's own client) reads it.
        /// </summary>
        public JsonValue? Get(string name)
        {
            if (_members is null) return null;
            for (int i = _members.Count - 1; i >= 0; i--)
            {
                if (_members[i].Name == name) return _members[i].Value;
            }

            return null;
        }

        /// <summary>
        /// The number as an <see cref="int"/> when it is written as a whole number (no fraction, no exponent)
        /// that fits; false for anything else, including <c>1e999</c> and <c>99999999999999999999</c>.
        /// </summary>
        public bool TryGetInt32(out int value)
        {
            value = 0;
            if (Kind != JsonKind.Number || Text is null || Text.Length > 11) return false;
            foreach (char c in Text)
            {
                if (c == '.' || c == 'e' || c == 'E') return false;
            }

            return int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>A short description for messages: "a string", "the number 1e999", "an object".</summary>
        public string Describe() => Kind switch
        {
            JsonKind.Null => "null",
            JsonKind.False => "false",
            JsonKind.True => "true",
            JsonKind.Number => "the number " + Shorten(Text ?? string.Empty),
            JsonKind.String => "a string",
            JsonKind.Array => "an array",
            _ => "an object",
        };

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}
