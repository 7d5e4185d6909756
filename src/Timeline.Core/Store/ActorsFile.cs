namespace Timeline.Store;

/// <summary>The content of <c>actors.yaml</c>: the actor registry.</summary>
public sealed record ActorsFile
{
    public List<StoredActor> Actors { get; init; } = [];

    /// <summary>Ids a person deleted; the extractor never adds them again.</summary>
    public List<string> Deleted { get; init; } = [];

    /// <summary>Ids the tool wrote last time, so an actor a person removed can be told from a new one.</summary>
    public List<string> Generated { get; init; } = [];
}
