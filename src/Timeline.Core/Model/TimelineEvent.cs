namespace Timeline.Model;

/// <summary>Something that happened or will happen: what, who, when, where, and where it was read.</summary>
public sealed record TimelineEvent
{
    /// <summary>Stable readable id, unique in the timeline, e.g. <c>li-shangfu-visit-belarus</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Short headline-like title built from the clause.</summary>
    public required string Title { get; init; }

    /// <summary>The evidence, usually the sentence the event was read from.</summary>
    public string? Summary { get; init; }

    public required EventDate Date { get; init; }

    /// <summary>Ids of the actors involved.</summary>
    public List<string> Actors { get; init; } = [];

    /// <summary>Id of the place actor where it happened, when stated.</summary>
    public string? Place { get; init; }

    /// <summary>Event type (PLOVER), <c>other</c> when unsure.</summary>
    public string? Type { get; init; }

    public EventStatus Status { get; init; } = EventStatus.Happened;

    public List<string> Tags { get; init; } = [];

    /// <summary>How sure the extractor is that this is a dated event (0 to 1); absent when a person wrote it.</summary>
    public double? Confidence { get; init; }

    /// <summary>Dates other sources gave for the same event, when they disagree with <see cref="Date"/>.</summary>
    public List<EventDate> OtherDates { get; init; } = [];

    public List<EventSource> Sources { get; init; } = [];
}
