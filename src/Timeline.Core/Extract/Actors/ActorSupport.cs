namespace Timeline.Extract.Actors;

/// <summary>What one article offers for an actor's place in the registry: how many of its sentences name it, and whether it takes part in an event.</summary>
public sealed record ActorSupport
{
    public required string ActorId { get; init; }

    /// <summary>Sentences of the article that name the actor, however it is written.</summary>
    public required int Sentences { get; init; }

    /// <summary>The actor is one of an event's actors or its place, or is named in the sentence an event was read from.</summary>
    public required bool InEvent { get; init; }

    /// <summary>The article has the actor speak ("Halvor said", "according to the FBI", "a Halvor spokesman"): only an actor does.</summary>
    public bool Speaks { get; init; }

    /// <summary>The article writes the organisation as a firm's ("analysts at Halvor", "stockbroker Halvor", "shares of Halvor"): only an actor is one.</summary>
    public bool IsFirm { get; init; }

    /// <summary>The article writes the actor after a place noun ("the town of Halvor", "the ports of Halvor and Vell"): a place.</summary>
    public bool IsNamedPlace { get; init; }
}
