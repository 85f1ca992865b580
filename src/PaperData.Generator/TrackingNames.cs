namespace PaperData.Generator
{
    /// <summary>Names of the incremental steps, so tests can assert what was cached.</summary>
    internal static class TrackingNames
    {
        public const string Settings = nameof(Settings);
        public const string LanguageVersion = nameof(LanguageVersion);
        public const string Inputs = nameof(Inputs);
        public const string Digests = nameof(Digests);
        public const string Texts = nameof(Texts);
        public const string Contents = nameof(Contents);
        public const string Resources = nameof(Resources);
        public const string Parse = nameof(Parse);
        public const string Model = nameof(Model);
        public const string Groups = nameof(Groups);
        public const string Catalogs = nameof(Catalogs);
        public const string Merge = nameof(Merge);
        public const string Diagnostics = nameof(Diagnostics);
    }
}
