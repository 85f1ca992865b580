namespace PaperData.Generator.Diagnostics
{
    /// <summary>
    /// The message formats of the diagnostics the generator itself reports (PD0101 and up), next to the parser's
    /// in <see cref="PaperData.Core.Reading.DiagnosticFormats"/>. Arguments are strings, numbers already formatted.
    /// The first format of an id is its descriptor's.
    /// </summary>
    internal static class GeneratorFormats
    {
        // PD0101: size, limit.
        public const string DigestTooLarge = "digest is {0} bytes, above the PaperDataMaxDigestBytes limit of {1}; raise the property or split the digest";
        public const string DigestTooLong = "digest has {0} characters, above the PaperDataMaxDigestBytes limit of {1}; raise the property or split the digest";

        // PD0102
        public const string UnreadableDigest = "the digest file cannot be read (missing, locked or not text)";
        public const string DigestNotText = "the digest is not text: its start is full of NUL or undecodable bytes (an image, an archive, or UTF-16 without a byte-order mark?)";

        // PD0103: the metadata's value.
        public const string InvalidClassName = "ClassName '{0}' is not a valid C# identifier";
        public const string ContextualKeywordClassName = "ClassName '{0}' is a contextual keyword of C#; choose a PascalCase name";
        public const string InvalidNamespace = "Namespace '{0}' is not a valid C# namespace";
        public const string InvalidVisibility = "Visibility '{0}' must be 'public' or 'internal'";
        public const string InvalidFormat = "Format '{0}' must be 'json' or 'text' (or left out to choose by file extension)";

        // PD0104: the class's full name.
        public const string DuplicateClass = "another digest already generates class '{0}'; give this PaperDigest its own ClassName or Namespace";

        // PD0105
        public const string LanguageVersionTooOld = "PaperData's generated code needs C# 7.3 or newer; set <LangVersion>7.3</LangVersion> or later in the project";
        public const string LiteralsNeedCSharp11 = "this digest needs {0} characters of string literals, more than C# before 11 allows ({1}); set <LangVersion>11</LangVersion> or later so the data is stored as UTF-8 literals";

        // PD0199: the stage, the exception's type and message.
        public const string GeneratorFailure = "PaperData failed while {0} this digest ({1}: {2}); other digests are unaffected; please report this with the digest attached";
    }
}
