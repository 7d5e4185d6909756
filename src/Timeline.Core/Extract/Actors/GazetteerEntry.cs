using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>A known name: what actor it refers to, of which kind, and the country it belongs to.</summary>
public sealed record GazetteerEntry
{
    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    /// <summary>Canonical name of the country a place or demonym belongs to.</summary>
    public string? Country { get; init; }

    /// <summary>True for a demonym ("Chinese"): it names the country as an attribute, not as a noun.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>True for a town or city that is no country's capital: its name speaks for no government ("Washington said" does).</summary>
    public bool IsTown { get; init; }
}
