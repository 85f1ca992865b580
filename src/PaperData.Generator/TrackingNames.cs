namespace PaperData.Generator
{
    /// <summary>Names of the incremental steps, so tests can assert what was cached.</summary>
    internal static class TrackingNames
    {
        public const string Settings = nameof(Settings);
        public const string LanguageVersion = nameof(LanguageVersion);
        public const string Inputs = nameof(Inputs);
        public const string Digests = nameof(Digests);
        public const string Parse = nameof(Parse);
        public const string Model = nameof(Model);
        public const string ClassNames = nameof(ClassNames);
        public const string DuplicateClasses = nameof(DuplicateClasses);
        public const string EmitInput = nameof(EmitInput);
        public const string Diagnostics = nameof(Diagnostics);
    }
}
