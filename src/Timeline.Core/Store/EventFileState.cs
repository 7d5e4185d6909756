namespace Timeline.Store;

/// <summary>One events file during a save: as read (if it existed) and as it is being merged.</summary>
internal sealed class EventFileState
{
    public required MergeBucket<StoredEvent> Bucket { get; init; }

    public required StoredArticle Article { get; set; }

    /// <summary>The file as read, normalised; null for a file this save creates.</summary>
    public EventFile? Original { get; init; }

    /// <summary>The file's text as read; null for a file this save creates.</summary>
    public string? Text { get; init; }
}
