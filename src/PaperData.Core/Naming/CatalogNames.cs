using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperData.Core.Naming
{
    /// <summary>
    /// The class a digest generates (namespace + class name), computed the same way by the generator and by the
    /// build task that writes one resource per class: digests that share it are one catalogue. Roslyn-free; the
    /// character classes follow C#'s identifier rules as Roslyn's <c>SyntaxFacts</c> implements them (the generator
    /// tests compare them over every UTF-16 unit), and the generator still validates the final names with
    /// <c>SyntaxFacts</c>.
    /// </summary>
    internal static class CatalogNames
    {
        /// <summary>The name used when a file name holds no letter or digit at all.</summary>
        public const string FallbackClassName = "Papers";

        private const int MaxWords = 6;
        private const int MaxLength = 60;

        // One huge word is cut here: metadata names longer than 1,024 bytes are CS7013.
        private const int MaxWordRunLength = 120;

        // C#'s keywords and contextual keywords as Roslyn's SyntaxFacts knows them: PaperData.targets' PD0103 lists,
        // the __ keywords and the attribute targets.
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
            "add", "alias", "allows", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic", "equals",
            "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof",
            "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
            "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
            "assembly", "module", "type", "method", "param", "property", "typevar",
        };

        /// <summary>A metadata or property value as both readers take it: trimmed, and null when missing or blank.</summary>
        public static string? Value(string? raw) => raw is null || raw.Trim().Length == 0 ? null : raw.Trim();

        /// <summary>The <c>ClassName</c> metadata, else the name made from the file name (<see cref="DefaultClassName"/>).</summary>
        public static string ClassNameOf(string path, string? className) => Value(className) ?? DefaultClassName(path);

        /// <summary>The <c>Namespace</c> metadata, else <c>PaperDataNamespace</c>, else <c>RootNamespace</c>, else none.</summary>
        public static string NamespaceOf(string? itemNamespace, string? defaultNamespace, string? rootNamespace) =>
            Value(itemNamespace) ?? Value(defaultNamespace) ?? Value(rootNamespace) ?? string.Empty;

        /// <summary>The full name of the class a digest generates; digests with equal full names (ordinal) are one catalogue.</summary>
        public static string FullNameOf(string path, string? className, string? itemNamespace, string? defaultNamespace, string? rootNamespace)
        {
            string ns = NamespaceOf(itemNamespace, defaultNamespace, rootNamespace);
            string name = ClassNameOf(path, className);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>The documented default: the file name before its first dot, in PascalCase ("daily-papers-mar-11.txt" gives DailyPapersMar11, "3d.txt" Digest3d).</summary>
        public static string DefaultClassName(string path)
        {
            string file = path.Replace('\\', '/');
            file = file.Substring(file.LastIndexOf('/') + 1);
            int dot = file.IndexOf('.');
            if (dot > 0) file = file.Substring(0, dot);
            string name = FromText(file, FallbackClassName).TrimStart('_');
            return name.Length > 0 && IsIdentifierStartCharacter(name[0]) ? name : "Digest" + name;
        }

        /// <summary>A PascalCase identifier from free text: "Soft-NMS" gives SoftNMS, "3D scenes" gives _3DScenes.</summary>
        public static string FromText(string text, string fallback)
        {
            var name = new StringBuilder();
            int words = 0;
            bool startOfWord = true;
            foreach (char c in text)
            {
                if (IsNamePart(c))
                {
                    if (startOfWord)
                    {
                        if (++words > MaxWords || name.Length >= MaxLength) break;
                        name.Append(char.ToUpperInvariant(c));
                    }
                    else if (name.Length < MaxWordRunLength)
                    {
                        name.Append(c);
                    }

                    startOfWord = false;
                }
                else
                {
                    startOfWord = true;
                }
            }

            string result = name.ToString();
            if (result.Length == 0) result = fallback;
            if (!IsIdentifierStartCharacter(result[0])) result = "_" + result;
            return IsKeyword(result) ? "_" + result : result;
        }

        /// <summary>C#'s identifier-start characters: a letter (Lu, Ll, Lt, Lm, Lo, Nl) or '_'.</summary>
        public static bool IsIdentifierStartCharacter(char c)
        {
            if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A keyword or contextual keyword of C#.</summary>
        public static bool IsKeyword(string name) => Keywords.Contains(name);

        // Letters and digits only (all of them C# identifier-part characters): connectors and formatting characters
        // would make names hard to type; nothing from U+3000 on.
        private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) && c < 0x3000;
    }
}
