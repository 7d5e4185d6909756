using Timeline.Model;

namespace Timeline.Store;

/// <summary>One event as written in an events file: <see cref="TimelineEvent"/> plus the store's own fields.</summary>
public sealed record StoredEvent
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required EventDate Date { get; init; }

    public List<string> Actors { get; init; } = [];

    public string? Place { get; init; }

    public string? Type { get; init; }

    public EventStatus Status { get; init; } = EventStatus.Happened;

    public List<string> Tags { get; init; } = [];

    public List<EventSource> Sources { get; init; } = [];

    public double? Confidence { get; init; }

    public List<EventDate> OtherDates { get; init; } = [];

    /// <summary>Free text for people; the tool never changes it.</summary>
    public string? Note { get; init; }

    /// <summary>Hash of the event as generated; absent when a person added the event.</summary>
    public string? Fingerprint { get; init; }

    public static StoredEvent From(TimelineEvent e, string? note = null) => new()
    {
        Id = e.Id,
        Title = e.Title,
        Summary = e.Summary,
        Date = e.Date,
        Actors = [.. e.Actors],
        Place = e.Place,
        Type = e.Type,
        Status = e.Status,
        Tags = [.. e.Tags],
        Sources = [.. e.Sources],
        Confidence = e.Confidence,
        OtherDates = [.. e.OtherDates],
        Note = note,
        Fingerprint = Fingerprints.Of(e),
    };

    // A person may leave an empty "- " item in a list; it carries nothing, so it is dropped.
    public TimelineEvent ToModel() => new()
    {
        Id = Id,
        Title = Title,
        Summary = Summary,
        Date = Date,
        Actors = [.. Actors.Where(a => a is not null)],
        Place = Place,
        Type = Type,
        Status = Status,
        Tags = [.. Tags.Where(t => t is not null)],
        Sources = [.. Sources.Where(s => s is not null)],
        Confidence = Confidence,
        OtherDates = [.. OtherDates.Where(d => d is not null)],
    };
}
