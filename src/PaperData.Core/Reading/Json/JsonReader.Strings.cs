using System.Runtime.CompilerServices;

namespace PaperData.Core.Reading.Json
{
    /// <summary>String values: plain runs copied at once, escapes and surrogate pairs checked.</summary>
    internal sealed partial class JsonReader
    {
        [MethodImpl(HotPath.Optimized)]
        private JsonValue? ReadString()
        {
            TextPosition start = Here();
            _pos++;
            int runStart = _pos;
            _scratch.Clear();
            bool escaped = false;
            while (true)
            {
                _pos = SkipPlain(_text, _pos);
                if (_pos >= _text.Length) return ErrorAt(start, "the string starting here is not closed");
                char c = _text[_pos];
                if (c == '"') break;
                if (c < ' ')
                {
                    return Error(c == '\n' || c == '\r'
                        ? "a line break inside a string must be written as \\n (the string is not closed on its line)"
                        : "control character " + CodePoint(c) + " inside a string must be escaped");
                }

                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]))
                    {
                        _pos += 2;
                        continue;
                    }

                    return Error("lone surrogate " + CodePoint(c) + " in a string (the text is not valid Unicode)");
                }

                if (c != '\\')
                {
                    _pos++;
                    continue;
                }

                // Escapes: copy the plain run so far, then the decoded character(s).
                escaped = true;
                _scratch.Append(_text, runStart, _pos - runStart);
                if (!ReadEscape()) return null;
                runStart = _pos;
            }

            // Strings without escapes are cut straight from the text: one allocation.
            string value = escaped
                ? _scratch.Append(_text, runStart, _pos - runStart).ToString()
                : _text.Substring(runStart, _pos - runStart);
            _pos++;
            return JsonValue.Scalar(JsonKind.String, start, Here(), value);
        }

        // The hot loop: the first character at or after `at` that is not plain string content (quote, backslash,
        // control character or surrogate), in locals so the JIT keeps them in registers.
        [MethodImpl(HotPath.Optimized)]
        private static int SkipPlain(string text, int at)
        {
            int i = at;
            while (i < text.Length)
            {
                char c = text[i];
                if (c < ' ' || c == '"' || c == '\\' || (c >= '\uD800' && c <= '\uDFFF')) break;
                i++;
            }

            return i;
        }

        private bool ReadEscape()
        {
            int escapeStart = _pos;
            _pos++;
            if (_pos >= _text.Length) return Reject("the text ends inside an escape sequence");
            char e = _text[_pos++];
            switch (e)
            {
                case '"': _scratch.Append('"'); return true;
                case '\\': _scratch.Append('\\'); return true;
                case '/': _scratch.Append('/'); return true;
                case 'b': _scratch.Append('\b'); return true;
                case 'f': _scratch.Append('\f'); return true;
                case 'n': _scratch.Append('\n'); return true;
                case 'r': _scratch.Append('\r'); return true;
                case 't': _scratch.Append('\t'); return true;
                case 'u': break;
                default:
                    _pos = escapeStart;
                    return Reject("invalid escape '\\" + Printable(e) + "' in a string");
            }

            if (!TryHex(_pos, out char unit))
            {
                _pos = escapeStart;
                return Reject("'\\u' must be followed by four hexadecimal digits");
            }

            _pos += 4;
            if (char.IsLowSurrogate(unit))
            {
                _pos = escapeStart;
                return Reject("lone surrogate escape \\u" + Hex(unit) + ": a low surrogate without a high one before it");
            }

            if (char.IsHighSurrogate(unit))
            {
                if (_pos + 6 > _text.Length || _text[_pos] != '\\' || _text[_pos + 1] != 'u'
                    || !TryHex(_pos + 2, out char low) || !char.IsLowSurrogate(low))
                {
                    _pos = escapeStart;
                    return Reject("lone surrogate escape \\u" + Hex(unit) + ": a high surrogate must be followed by a \\u low surrogate");
                }

                _pos += 6;
                _scratch.Append(unit).Append(low);
                return true;
            }

            _scratch.Append(unit);
            return true;
        }

        private bool TryHex(int at, out char unit)
        {
            unit = '\0';
            if (at + 4 > _text.Length) return false;
            int value = 0;
            for (int i = at; i < at + 4; i++)
            {
                char h = _text[i];
                int digit = h >= '0' && h <= '9' ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                    : -1;
                if (digit < 0) return false;
                value = (value << 4) | digit;
            }

            unit = (char)value;
            return true;
        }
    }
}
