namespace Timeline.Model;

/// <summary>Where an event was read: the article, its evidence sentence and its trigger word.</summary>
public sealed record EventSource
{
    public required string Article { get; init; }

    /// <summary>Offset of the evidence sentence in the article body.</summary>
    public required int Offset { get; init; }

    public required int Length { get; init; }

    /// <summary>Offset of the trigger word (the verb or event noun) in the article body.</summary>
    public required int TriggerOffset { get; init; }

    public required int TriggerLength { get; init; }

    public required string Trigger { get; init; }
}
