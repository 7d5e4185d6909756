using Timeline.Model;

namespace Timeline.Store;

/// <summary>The merge descriptions of events and actors.</summary>
internal static class StoreItemKinds
{
    public static ItemKind<TimelineEvent, StoredEvent> Events { get; } = new()
    {
        Name = "event",
        ModelId = e => e.Id,
        StoredId = e => e.Id,
        Fingerprint = e => e.Fingerprint,
        Note = e => e.Note,
        ToModel = e => e.ToModel(),
        FromModel = StoredEvent.From,
        Hash = Fingerprints.Of,
        StoredHash = Fingerprints.Of,
        KeepWhenNotExtracted = e => e.Note is not null, // Dropping it would drop the person's note with it.
    };

    /// <summary>Actors, keeping an untouched actor the extractor dropped while a stored event still names it.</summary>
    public static ItemKind<Actor, StoredActor> Actors(IReadOnlySet<string> referenced) => new()
    {
        Name = "actor",
        ModelId = a => a.Id,
        StoredId = a => a.Id,
        Fingerprint = a => a.Fingerprint,
        Note = a => a.Note,
        ToModel = a => a.ToModel(),
        FromModel = StoredActor.From,
        Hash = Fingerprints.Of,
        StoredHash = Fingerprints.Of,
        KeepWhenNotExtracted = a => referenced.Contains(a.Id) || a.Note is not null,
    };
}
