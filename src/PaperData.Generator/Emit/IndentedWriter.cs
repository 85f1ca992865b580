using System.Text;

namespace PaperData.Generator.Emit
{
    /// <summary>A small text writer that keeps indentation and always writes LF, so output bytes are the same everywhere.</summary>
    internal sealed class IndentedWriter
    {
        private const string Unit = "    ";
        private readonly StringBuilder _builder;
        private int _depth;

        public IndentedWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

        public IndentedWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                for (int i = 0; i < _depth; i++) _builder.Append(Unit);
                _builder.Append(text);
            }

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

        public IndentedWriter Close(string suffix = "")
        {
            _depth--;
            return Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
