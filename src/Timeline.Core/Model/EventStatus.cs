namespace Timeline.Model;

/// <summary>Whether an event has happened, is still going on, or is planned.</summary>
public enum EventStatus
{
    Happened,
    Ongoing,
    Planned,
}
