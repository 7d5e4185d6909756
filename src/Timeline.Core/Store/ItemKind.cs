namespace Timeline.Store;

/// <summary>How the merge sees one kind of stored item (events, actors): its id, hash, note and mapping.</summary>
internal sealed record ItemKind<TModel, TStored>
{
    /// <summary>The word used in messages: <c>event</c>, <c>actor</c>.</summary>
    public required string Name { get; init; }

    public required Func<TModel, string> ModelId { get; init; }

    public required Func<TStored, string> StoredId { get; init; }

    public required Func<TStored, string?> Fingerprint { get; init; }

    public required Func<TStored, string?> Note { get; init; }

    public required Func<TStored, TModel> ToModel { get; init; }

    /// <summary>Builds the stored form of a fresh extraction, carrying over a person's note.</summary>
    public required Func<TModel, string?, TStored> FromModel { get; init; }

    public required Func<TModel, string> Hash { get; init; }

    /// <summary>The hash of what a stored item says now (<see cref="Hash"/> of its model).</summary>
    public required Func<TStored, string> StoredHash { get; init; }

    /// <summary>Keeps an untouched item the extractor no longer yields (e.g. an actor still referenced).</summary>
    public Func<TStored, bool> KeepWhenNotExtracted { get; init; } = _ => false;
}
