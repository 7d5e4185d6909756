namespace Timeline.Model;

/// <summary>Whether an event has happened, is still going on, or is planned.</summary>
public enum EventStatus
{
    Happened,
    Ongoing,
    Planned,

    /// <summary>The text says it did not happen ("did not sign"): kept, never dated as a fact.</summary>
    Negated,

    /// <summary>The text only considers it ("could meet", "if they sign").</summary>
    Hypothetical,
}
