namespace Timeline.Model;

/// <summary>A person, organisation, country, place or group, with one id across the timeline.</summary>
public sealed record Actor
{
    /// <summary>Lower-case slug of the canonical name, e.g. <c>li-shangfu</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    /// <summary>Other names the actor goes by in the articles ("Shangfu", "Chinese").</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>Stated role, e.g. <c>Defense Minister</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Canonical name of the country the actor belongs to or represents.</summary>
    public string? Country { get; init; }
}
