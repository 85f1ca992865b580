namespace PaperData.Core.Reading
{
    /// <summary>
    /// Every PD diagnostic id, in one place: the parser, the generator's descriptors, the CLI and the README's
    /// table all use these. Ids are never reused for another meaning.
    /// </summary>
    internal static class DiagnosticIds
    {
        /// <summary>The digest holds no papers.</summary>
        public const string EmptyDigest = "PD0001";

        /// <summary>Papers appear before any date line (or the digest has none at all).</summary>
        public const string MissingDateLine = "PD0002";

        /// <summary>A title paragraph has no abstract after it.</summary>
        public const string TitleWithoutAbstract = "PD0003";

        /// <summary>Two papers share a title (compared ignoring case and spacing).</summary>
        public const string DuplicateTitle = "PD0004";

        /// <summary>A date line names a day that does not exist.</summary>
        public const string UnreadableDate = "PD0005";

        /// <summary>A link in an abstract could not be repaired into an absolute URL.</summary>
        public const string UnrepairableLink = "PD0006";

        /// <summary>Text before the first date line that is neither known page chrome nor a paper.</summary>
        public const string IgnoredPreamble = "PD0007";

        /// <summary>A date line with no papers under it.</summary>
        public const string EmptyDateSection = "PD0008";

        /// <summary>A paragraph that reads like an abstract stands where a title was expected.</summary>
        public const string AbstractWithoutTitle = "PD0009";

        /// <summary>A JSON digest is not well-formed JSON (syntax, escapes, surrogates, nesting deeper than 64).</summary>
        public const string InvalidJson = "PD0010";

        /// <summary>A JSON value is not one of the accepted shapes (daily-papers item or paper object).</summary>
        public const string UnexpectedJsonShape = "PD0011";

        /// <summary>A JSON record lacks its title, summary or every readable date.</summary>
        public const string IncompleteJsonPaper = "PD0012";

        /// <summary>Two JSON records share an arXiv id.</summary>
        public const string DuplicateArxivId = "PD0013";

        /// <summary>A JSON date field is not an ISO 8601 date that exists.</summary>
        public const string UnreadableJsonDate = "PD0014";

        /// <summary>An optional JSON field has the wrong type or an out-of-range value.</summary>
        public const string IgnoredJsonField = "PD0015";

        /// <summary>A title and its abstract on consecutive lines (no blank line between): split and read as one paper.</summary>
        public const string GluedTitleAndAbstract = "PD0016";

        /// <summary>Titles and abstracts are hard to tell apart here: the section is read as written (strict alternation).</summary>
        public const string AmbiguousPairing = "PD0017";

        /// <summary>A file of an archive (several digests, one catalogue) is JSON but not a daily_papers array.</summary>
        public const string NotDailyPapersArray = "PD0020";

        /// <summary>A day of an archive is in more than one file.</summary>
        public const string DuplicateDay = "PD0021";

        /// <summary>The digest is larger than the configured cap.</summary>
        public const string DigestTooLarge = "PD0101";

        /// <summary>The digest file could not be read or is not text.</summary>
        public const string UnreadableDigest = "PD0102";

        /// <summary>ClassName or Namespace metadata is not a valid C# name.</summary>
        public const string InvalidName = "PD0103";

        /// <summary>Two digests of one class cannot be merged (they are in different formats).</summary>
        public const string DuplicateClass = "PD0104";

        /// <summary>The consumer's C# language version is too old for the generated code.</summary>
        public const string LanguageVersionTooOld = "PD0105";

        /// <summary>The catalogue resource the build task wrote does not match the digest the generator reads.</summary>
        public const string StaleCatalogResource = "PD0110";

        /// <summary>A catalogue has more papers than PaperDataMaxMembers: no member per paper is generated (information).</summary>
        public const string NoPerPaperMembers = "PD0111";

        /// <summary>The generator failed unexpectedly on one digest; the others are unaffected.</summary>
        public const string GeneratorFailure = "PD0199";
    }
}
