namespace Timeline.Extract.Actors;

/// <summary>An actor mention tied to the id of the actor it refers to.</summary>
public sealed record ResolvedMention
{
    public required ActorMention Mention { get; init; }

    public required string ActorId { get; init; }

    public required int Sentence { get; init; }
}
