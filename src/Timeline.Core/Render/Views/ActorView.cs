namespace Timeline.Render.Views;

/// <summary>An actor's details for its page; strings HTML-escaped.</summary>
internal sealed record ActorView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Lower-case kind: <c>person</c>, <c>organisation</c>, ...</summary>
    public required string Kind { get; init; }

    public string? Role { get; init; }

    public string? Country { get; init; }

    public List<string> Aliases { get; init; } = [];

    public required string Path { get; init; }
}
