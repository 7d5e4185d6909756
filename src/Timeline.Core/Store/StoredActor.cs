using Timeline.Model;

namespace Timeline.Store;

/// <summary>One actor as written in <c>actors.yaml</c>: <see cref="Actor"/> plus the store's own fields.</summary>
public sealed record StoredActor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    public List<string> Aliases { get; init; } = [];

    public string? Role { get; init; }

    public string? Country { get; init; }

    /// <summary>Free text for people; the tool never changes it.</summary>
    public string? Note { get; init; }

    /// <summary>Hash of the actor as generated; absent when a person added the actor.</summary>
    public string? Fingerprint { get; init; }

    public static StoredActor From(Actor actor, string? note = null) => new()
    {
        Id = actor.Id,
        Name = actor.Name,
        Kind = actor.Kind,
        Aliases = [.. actor.Aliases],
        Role = actor.Role,
        Country = actor.Country,
        Note = note,
        Fingerprint = Fingerprints.Of(actor),
    };

    public Actor ToModel() => new()
    {
        Id = Id,
        Name = Name,
        Kind = Kind,
        Aliases = [.. Aliases.Where(a => a is not null)],
        Role = Role,
        Country = Country,
    };
}
