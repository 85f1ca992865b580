using System.Globalization;
using System.Text;

namespace PaperData.Generator.Emit
{
    /// <summary>
    /// A small text writer that keeps indentation and always writes LF, so output bytes are the same everywhere.
    /// A line is written whole (<see cref="Line"/>) or in pieces (<see cref="Start"/>, <see cref="Text"/>, escapers,
    /// <see cref="End"/>): pieces go straight to the output, with no string built per line.
    /// </summary>
    internal sealed class IndentedWriter
    {
        private const int UnitWidth = 4;
        private readonly StringBuilder _builder;
        private char[]? _buffer;
        private int _depth;

        public IndentedWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

        public IndentedWriter Line(string text = "")
        {
            if (text.Length > 0) Start().Text(text);
            return End();
        }

        /// <summary>Begins a non-empty line: writes the indentation.</summary>
        public IndentedWriter Start()
        {
            if (_depth > 0) _builder.Append(' ', _depth * UnitWidth);
            return this;
        }

        public IndentedWriter Text(string text)
        {
            _builder.Append(text);
            return this;
        }

        public IndentedWriter Number(int value)
        {
            _builder.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        /// <summary>Text for an XML doc comment (<see cref="Escaping.AppendXmlText"/>).</summary>
        public IndentedWriter Xml(string text)
        {
            Escaping.AppendXmlText(_builder, text);
            return this;
        }

        /// <summary>A quoted string literal (<see cref="Escaping.AppendLiteral"/>).</summary>
        public IndentedWriter Literal(string text)
        {
            Escaping.AppendLiteral(_builder, text);
            return this;
        }

        /// <summary>A quoted string literal of UTF-8 text (<see cref="Escaping.AppendUtf8Literal"/>).</summary>
        public IndentedWriter Literal(byte[] utf8)
        {
            _buffer ??= new char[1 << 14];
            Escaping.AppendUtf8Literal(_builder, utf8, _buffer);
            return this;
        }

        /// <summary>Ends the line.</summary>
        public IndentedWriter End()
        {
            _builder.Append('\n');
            return this;
        }

        public IndentedWriter Open(string header)
        {
            Line(header);
            Line("{");
            _depth++;
            return this;
        }

        public IndentedWriter Close()
        {
            _depth--;
            return Line("}");
        }

        public override string ToString() => _builder.ToString();
    }
}
