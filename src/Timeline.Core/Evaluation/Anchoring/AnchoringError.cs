using Timeline.Model;

namespace Timeline.Evaluation.Anchoring;

/// <summary>A gold anchored event the system found but dated differently.</summary>
public sealed record AnchoringError
{
    public required string Document { get; init; }

    public required GoldAnchor Gold { get; init; }

    /// <summary>The system event's trigger word, which may be longer or shorter than the gold EVENT's.</summary>
    public required string SystemTrigger { get; init; }

    /// <summary>The system date: its value, and its words (<see cref="EventDate.Text"/>) or anchor event when it had any.</summary>
    public required EventDate SystemDate { get; init; }

    /// <summary>Text around the event, whitespace collapsed.</summary>
    public required string Context { get; init; }
}
