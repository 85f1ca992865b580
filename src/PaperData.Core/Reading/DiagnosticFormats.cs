using System.Globalization;

namespace PaperData.Core.Reading
{
    /// <summary>
    /// The message format of every PD diagnostic the parser reports, one per kind of problem (composite format,
    /// invariant culture, every argument a string). The parser formats its messages with these and the generator's
    /// descriptors carry the very same formats, so a problem reads the same in the build, in
    /// <c>PaperCatalog.Diagnostics</c> and in <c>paperdata check</c>. The first format of an id is its descriptor's.
    /// </summary>
    internal static class DiagnosticFormats
    {
        // PD0001
        public const string EmptyTextDigest = "the digest holds no papers: expected a date line such as 'Mar 11' followed by title and abstract paragraphs";
        public const string EmptyJsonArray = "the JSON array holds no papers";

        // PD0002
        public const string PaperBeforeDateLine = "the paper '{0}' comes before the first date line, so it has no date; it is not part of the catalogue: put a date line such as 'Mar 11' above it";
        public const string AbstractBeforeDateLine = "this paragraph reads like an abstract but comes before the first date line; it is not part of the catalogue";
        public const string NoDateLine = "no date line such as 'Mar 11' comes before this text, so no paper can be read from it; {0} paragraph(s) are left out";

        // PD0003
        public const string TitleWithoutAbstract = "title '{0}' has no abstract paragraph after it; it is not part of the catalogue";
        public const string TitleWithoutAbstractMaybeGlued = TitleWithoutAbstract + "; if its first line is the title, " + GlueFix;

        // PD0004 (text and JSON digests)
        public const string DuplicateTitle = "duplicate title, first seen on line {0}; both papers are kept, this one with a numbered id";

        // PD0005: the date line, what is wrong with it, what is left out.
        public const string UnreadableDate = "unreadable date '{0}': {1}; {2}";

        // PD0006: what is wrong with the link.
        public const string UnrepairableLink = "link {0}; it stays in the abstract but is not in Links";
        public const string UnrepairableSummaryLink = "link in the summary {0}; it stays in the abstract but is not in Links";
        public const string UnrepairableLinkField = "'{0}' {1}; it is not in Links";

        // PD0007
        public const string IgnoredPreamble = "text before the first date line is not part of any paper and is left out of the catalogue";

        // PD0008
        public const string EmptyDateSection = "date line '{0}' has no papers under it";

        // PD0009
        public const string AbstractWithoutTitle = "this paragraph reads like an abstract but no title comes before it; it is not part of the catalogue: add its title above it";
        public const string AbstractWithoutTitleMaybeGlued = AbstractWithoutTitle + "; if its first line is the title, " + GlueFix;

        // PD0010: the reader's error.
        public const string InvalidJson = "not JSON: {0}; no paper is read from this digest";

        // PD0011: what was found instead.
        public const string UnexpectedJsonRoot = "the JSON is {0}; expected the array of /api/daily_papers, a paper object of /api/papers/{{id}}, or an array of paper objects";
        public const string UnexpectedJsonElement = "element {0} of the array is {1}, not a daily-papers item or paper object; it is left out";

        // PD0012: " 'its title'" or nothing, and what it lacks.
        public const string IncompleteJsonPaper = "the record{0} has {1}; it is not part of the catalogue";

        // PD0013
        public const string DuplicateArxivId = "arXiv id {0} was first seen on line {1}; both records are kept, this one with a numbered id";

        // PD0014: what is wrong with the date, and which date is used instead.
        public const string UnreadableJsonDate = "the date '{0}' {1}; {2}";
        public const string JsonDateNotString = "the date is {0}, not an ISO 8601 string; {1}";

        // PD0015: which field, what it is, what it should be, what happens instead.
        public const string IgnoredJsonField = "{0} is {1}, not {2}; {3}";

        // Any id of a JSON digest past the cap of listed diagnostics: how many more, and the id.
        public const string Unlisted = "{0} more {1} problems from here on are not listed; fix the ones above and build again to see them";

        // PD0016: the title as read from the first line.
        public const string GluedTitleAndAbstract = "title '{0}' runs straight into its abstract; read its first line as the title and the lines below as the abstract: " + GlueFix;

        // PD0017: what the paragraph was read as ("a title", or "the abstract of '...'").
        public const string AmbiguousPairing = "titles and abstracts are hard to tell apart from here on; the section is read as written, title then abstract, "
            + "so this paragraph is {0}: if that is wrong, a title or an abstract is missing around here; add it, or keep every title and abstract in its own paragraph";

        // The fix for a title run into its abstract, in every message that may be about one.
        private const string GlueFix = "put a blank line between title and abstract";

        // PD0020: what the file is, how many papers are left out.
        public const string NotDailyPapersArray = "this file of an archive is {0}, not a daily_papers array (the JSON of /api/daily_papers); its {1} papers are left out of the catalogue";

        // PD0021: the day, the file that had it first.
        public const string DuplicateDay = "the day {0} is also in '{1}'; both files' papers are merged, a paper in both counted once";

        // PD0104: this file's format, the first file, its format, how many papers are left out.
        public const string MixedArchiveFormats = "this digest is {0} but '{1}', the first digest of the same catalogue, is {2}; one catalogue takes one format, so this digest's {3} papers are left out (give it its own ClassName, or convert it)";

        /// <summary>The message text of <paramref name="format"/> with <paramref name="arguments"/>.</summary>
        public static string Format(string format, string[] arguments) =>
            string.Format(CultureInfo.InvariantCulture, format, arguments);
    }
}
