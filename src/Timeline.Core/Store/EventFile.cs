namespace Timeline.Store;

/// <summary>The content of <c>events/&lt;article-id&gt;.yaml</c>: one article's metadata and its events.</summary>
public sealed record EventFile
{
    public required StoredArticle Article { get; init; }

    public List<StoredEvent> Events { get; init; } = [];

    /// <summary>Ids a person deleted; the extractor never adds them again.</summary>
    public List<string> Deleted { get; init; } = [];

    /// <summary>Ids the tool wrote last time, so an event a person removed can be told from a new one.</summary>
    public List<string> Generated { get; init; } = [];

    /// <summary>
    /// Where each generated or deleted event was read: the offset of its trigger word in the article. A re-run
    /// that finds the same happening there under another id (an actor was renamed or merged) keeps the id.
    /// </summary>
    public Dictionary<string, int> Origins { get; init; } = [];
}
