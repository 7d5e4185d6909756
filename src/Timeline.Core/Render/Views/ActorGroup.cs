namespace Timeline.Render.Views;

/// <summary>The actors of one kind, for the index; strings HTML-escaped.</summary>
internal sealed record ActorGroup
{
    /// <summary>Plural heading, e.g. <c>People</c>.</summary>
    public required string Label { get; init; }

    public List<LinkView> Actors { get; init; } = [];
}
