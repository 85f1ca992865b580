namespace PaperData.Search
{
    /// <summary>Creates a catalogue's search index on its first search (generated catalogues read theirs from their data).</summary>
    internal interface ISearchIndexSource
    {
        SearchIndex CreateSearchIndex();
    }
}
