namespace Timeline.Store;

/// <summary>Everything usable that was read from an output folder, ready to be merged into.</summary>
internal sealed class StoreSnapshot
{
    /// <summary>Usable events files by article id (the file name without <c>.yaml</c>), in ordinal order.</summary>
    public SortedDictionary<string, EventFileState> EventFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Article ids of events files that could not be used; a save leaves them alone.</summary>
    public HashSet<string> SkippedArticles { get; } = new(StringComparer.Ordinal);

    public List<string> SkippedFiles { get; } = [];

    public required MergeBucket<StoredActor> Actors { get; init; }

    public ActorsFile? OriginalActors { get; set; }

    /// <summary>The text of actors.yaml as read, when it was usable.</summary>
    public string? ActorsText { get; set; }

    /// <summary>True when actors.yaml exists but could not be used; a save leaves it alone.</summary>
    public bool ActorsSkipped { get; set; }
}
