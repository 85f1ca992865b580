namespace PaperData.Generator.Diagnostics
{
    /// <summary>
    /// The message formats of the diagnostics the generator itself reports (PD0101 and up), next to the parser's
    /// in <see cref="Core.Reading.DiagnosticFormats"/>. Arguments are strings, numbers already formatted.
    /// The first format of an id is its descriptor's.
    /// </summary>
    internal static class GeneratorFormats
    {
        // PD0101: size, limit.
        public const string DigestTooLarge = "digest is {0} bytes, above the PaperDataMaxDigestBytes limit of {1}; raise the property or split the digest";
        public const string DigestTooLong = "digest has {0} characters, above the PaperDataMaxDigestBytes limit of {1}; raise the property or split the digest";

        // PD0102
        public const string UnreadableDigest = "the digest file exists but cannot be read (no read permission, or locked by another program); give the build read access or close the program holding it";
        public const string DigestNotFound = "digest file not found; correct the PaperDigest Include path or remove the item";
        public const string DigestNotText = "the digest is binary, not text: its start is full of NUL or undecodable bytes (an image, an archive, or UTF-16 without a byte-order mark?); point the PaperDigest at the .txt or .json digest, or save it as UTF-8";

        // PD0103: the metadata's value, then (for class names) a name that would work.
        public const string InvalidClassName = "ClassName '{0}' is not a valid C# identifier; write letters, digits and _ only, not starting with a digit (such as ClassName=\"{1}\"), or leave ClassName out to name the class after the file";
        public const string KeywordClassName = "ClassName '{0}' is a C# keyword; write a PascalCase name instead, e.g. ClassName=\"{1}\"";
        public const string ContextualKeywordClassName = "ClassName '{0}' is a contextual keyword of C#; write a PascalCase name instead, e.g. ClassName=\"{1}\"";
        public const string InvalidNamespace = "Namespace '{0}' is not a valid C# namespace; write dot-separated identifiers that are not keywords (e.g. Namespace=\"MyApp.Papers\") or leave Namespace out to use the root namespace";
        public const string InvalidVisibility = "Visibility '{0}' is not a C# accessibility the catalogue can have; write Visibility=\"public\" or Visibility=\"internal\" (on the item, or PaperDataVisibility for the project)";
        public const string InvalidMaxMembers = "PaperDataMaxMembers '{0}' is not a whole number; write a number of papers such as <PaperDataMaxMembers>20000</PaperDataMaxMembers> (the default, used until then), or -1 for no limit";
        public const string InvalidFormat = "Format '{0}' is not a digest format; write Format=\"text\" or Format=\"json\", or leave Format out to choose by file extension";

        // PD0110: the resource's key, the digest's key (both shortened).
        public const string StaleCatalogResource = "the catalogue resource the build wrote for this digest is from other content (hash {0}, the digest now has {1}); the data is compiled into the code instead, which is slower for large digests: build again to refresh the resource";

        // PD0111: the class, its number of papers, the limit.
        public const string NoPerPaperMembers = "{0} has {1} papers, more than PaperDataMaxMembers ({2}): no property, Key or Titles member per paper is generated; query {0}.Catalog (Find, Search, ...), or raise PaperDataMaxMembers";

        // PD0105
        public const string LanguageVersionTooOld = "PaperData's generated code needs C# 7.3 or newer; set <LangVersion>7.3</LangVersion> or later in the project";
        public const string LiteralsNeedCSharp11 = "this digest needs {0} characters of string literals, more than C# before 11 allows ({1}); set <LangVersion>11</LangVersion> or later so the data is stored as UTF-8 literals";

        // PD0199: the stage, the exception's type and message.
        public const string GeneratorFailure = "PaperData failed while {0} this digest ({1}: {2}); other digests are unaffected; please report this with the digest attached";
    }
}
