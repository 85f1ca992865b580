using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using PaperData.Core.Reading.Text;
using System.Runtime.CompilerServices;

namespace PaperData.Core.Reading.Json
{
    /// <summary>Why a text is not JSON, and where.</summary>
    internal sealed record JsonError(string Message, TextPosition Position);

    /// <summary>The tree of a well-formed JSON text, or the first error in it.</summary>
    internal readonly record struct JsonReadResult(JsonValue? Value, JsonError? Error);

    /// <summary>
    /// A small, strict RFC 8259 reader into a <see cref="JsonValue"/> tree with line and column of every value.
    /// Our own on purpose: it runs inside the compiler (the generator), where loading System.Text.Json could
    /// clash with the host's copy; it is also the same code at run time. No comments, no trailing commas, no
    /// single quotes, no NaN; escapes and surrogate pairs are checked; nesting deeper than <see cref="MaxDepth"/>
    /// is an error (so hostile input cannot overflow the stack). Never throws, except on cancellation.
    /// </summary>
    internal sealed partial class JsonReader
    {
        /// <summary>The deepest nesting accepted; the site's records need 4.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private readonly Action<int, JsonValue>? _topLevelElements;
        private readonly CancellationToken _cancellationToken;
        private readonly StringBuilder _scratch = new StringBuilder();
        private int _pos;
        private int _line = 1;
        private int _lineStart;
        private int _values;
        private JsonError? _error;

        private JsonReader(string text, Action<int, JsonValue>? topLevelElements, CancellationToken cancellationToken)
        {
            _text = text;
            _topLevelElements = topLevelElements;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Reads the whole text into one tree.</summary>
        public static JsonReadResult Read(string text, CancellationToken cancellationToken = default) =>
            new JsonReader(text, null, cancellationToken).ReadDocument();

        /// <summary>
        /// Reads the text, handing each element of a top-level array to <paramref name="topLevelElements"/> (with
        /// its 0-based index) as soon as it is read instead of keeping it: the returned array is empty, and memory
        /// holds one element's tree at a time, not the document's. A top-level object is returned whole.
        /// When the result has an error, elements before it have been handed over already.
        /// </summary>
        public static JsonReadResult Read(string text, Action<int, JsonValue> topLevelElements, CancellationToken cancellationToken = default) =>
            new JsonReader(text, topLevelElements, cancellationToken).ReadDocument();

        private JsonReadResult ReadDocument()
        {
            // A byte-order mark is not part of the text (columns count from after it, as in text digests).
            if (_text.Length > 0 && _text[0] == TextLines.ByteOrderMark) _pos = _lineStart = 1;
            SkipWhitespace();
            if (_pos >= _text.Length) return Failed("the text is empty, not JSON");
            JsonValue? value = ReadValue(0);
            if (value is null) return new JsonReadResult(null, _error);
            SkipWhitespace();
            if (_pos < _text.Length) return Failed("unexpected " + Describe(_pos) + " after the end of the JSON value");
            return new JsonReadResult(value, null);
        }

        private JsonValue? ReadValue(int depth)
        {
            if ((++_values & 1023) == 0) _cancellationToken.ThrowIfCancellationRequested();
            if (_pos >= _text.Length) return Error("the text ends where a value was expected");
            char c = _text[_pos];
            switch (c)
            {
                case '{': return ReadObject(depth + 1);
                case '[': return ReadArray(depth + 1);
                case '"': return ReadString();
                case 't': return ReadLiteral("true", JsonKind.True);
                case 'f': return ReadLiteral("false", JsonKind.False);
                case 'n': return ReadLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                    if (c == '/') return Error("comments are not allowed in JSON");
                    if (c == '\'') return Error("strings must use double quotes in JSON");
                    return Error("unexpected " + Describe(_pos) + " where a value was expected");
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private JsonValue? ReadObject(int depth)
        {
            if (depth > MaxDepth) return Error("nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            TextPosition start = Here();
            _pos++;
            var members = new List<JsonMember>();
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                return JsonValue.NewObject(start, Here(), members);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    return Error(Peek() == '}' && members.Count > 0
                        ? "a trailing comma before '}' is not allowed in JSON"
                        : "expected a member name in double quotes, found " + Describe(_pos));
                }

                TextPosition namePosition = Here();
                JsonValue? name = ReadString();
                if (name is null) return null;
                SkipWhitespace();
                if (Peek() != ':') return Error("expected ':' after the member name, found " + Describe(_pos));
                _pos++;
                SkipWhitespace();
                JsonValue? value = ReadValue(depth);
                if (value is null) return null;
                members.Add(new JsonMember(name.Text!, namePosition, value));
                SkipWhitespace();
                char next = Peek();
                _pos++;
                if (next == '}') return JsonValue.NewObject(start, Here(), members);
                if (next != ',')
                {
                    _pos--;
                    return Error("expected ',' or '}' after an object member, found " + Describe(_pos));
                }
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private JsonValue? ReadArray(int depth)
        {
            if (depth > MaxDepth) return Error("nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            TextPosition start = Here();
            _pos++;
            var items = new List<JsonValue>();
            Action<int, JsonValue>? sink = depth == 1 ? _topLevelElements : null;
            int count = 0;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                return JsonValue.NewArray(start, Here(), items);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']' && count > 0) return Error("a trailing comma before ']' is not allowed in JSON");
                JsonValue? item = ReadValue(depth);
                if (item is null) return null;
                if (sink is null) items.Add(item);
                else sink(count, item);
                count++;
                SkipWhitespace();
                char next = Peek();
                _pos++;
                if (next == ']') return JsonValue.NewArray(start, Here(), items);
                if (next != ',')
                {
                    _pos--;
                    return Error("expected ',' or ']' after an array element, found " + Describe(_pos));
                }
            }
        }

        private JsonValue? ReadLiteral(string word, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                return Error("unexpected " + Describe(_pos) + " where a value was expected");
            }

            TextPosition start = Here();
            _pos += word.Length;
            return JsonValue.Scalar(kind, start, Here(), null);
        }

        // RFC 8259: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?  The text is kept; range is the caller's concern.
        [MethodImpl(HotPath.Optimized)]
        private JsonValue? ReadNumber()
        {
            TextPosition start = Here();
            if (Peek() == '-') _pos++;
            if (Peek() == '0')
            {
                _pos++;
                if (IsDigit(Peek())) return Error("a number cannot have a leading zero in JSON");
            }
            else if (!Digits())
            {
                return Error("a digit must follow '-' in a number");
            }

            if (Peek() == '.')
            {
                _pos++;
                if (!Digits()) return Error("a digit must follow the decimal point in a number");
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (Peek() == '+' || Peek() == '-') _pos++;
                if (!Digits()) return Error("a digit must follow the exponent in a number");
            }

            return JsonValue.Scalar(JsonKind.Number, start, Here(), _text.Substring(start.Offset, _pos - start.Offset));
        }

        [MethodImpl(HotPath.Optimized)]
        private bool Digits()
        {
            int begin = _pos;
            while (IsDigit(Peek())) _pos++;
            return _pos > begin;
        }

        // Only space, tab, LF and CR are JSON white space. Line breaks occur nowhere else (strings cannot hold
        // them raw), so line counting lives here alone: CRLF, LF and CR each end a line, as in text digests.
        [MethodImpl(HotPath.Optimized)]
        private void SkipWhitespace()
        {
            string text = _text;
            int pos = _pos;
            while (pos < text.Length)
            {
                char c = text[pos];
                if (c == ' ' || c == '\t')
                {
                    pos++;
                }
                else if (c == '\n' || c == '\r')
                {
                    pos += c == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = pos;
                }
                else
                {
                    break;
                }
            }

            _pos = pos;
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private TextPosition Here() => new TextPosition(_line, _pos - _lineStart + 1, _pos);

        private JsonValue? Error(string message) => ErrorAt(Here(), message);

        private JsonValue? ErrorAt(TextPosition at, string message)
        {
            _error ??= new JsonError(message, at);
            return null;
        }

        private bool Reject(string message)
        {
            Error(message);
            return false;
        }

        private JsonReadResult Failed(string message)
        {
            Error(message);
            return new JsonReadResult(null, _error);
        }

        private string Describe(int at)
        {
            if (at >= _text.Length) return "the end of the text";
            char c = _text[at];
            return c < ' ' || char.IsSurrogate(c) || c == '\u007F' ? CodePoint(c) : "'" + c + "'";
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static string Printable(char c) => c < ' ' || char.IsSurrogate(c) ? CodePoint(c) : c.ToString();

        private static string Hex(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        private static string CodePoint(char c) => "U+" + Hex(c);
    }
}
