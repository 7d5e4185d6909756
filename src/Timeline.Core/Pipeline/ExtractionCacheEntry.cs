namespace Timeline.Pipeline;

/// <summary>One cache file: the key it was written under (checked on reading) and the extraction.</summary>
internal sealed record ExtractionCacheEntry
{
    public required string Key { get; init; }

    public required ExtractedArticle Extraction { get; init; }
}
