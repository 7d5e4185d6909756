namespace Timeline.Evaluation.Events;

/// <summary>How far an event's date lies from the publication date of the nearest article it was read in.</summary>
public sealed record DateDistance
{
    public required string EventId { get; init; }

    /// <summary>The event's date value (<c>2009-04</c>, <c>1998</c>).</summary>
    public required string Date { get; init; }

    public required DateOnly ArticleDate { get; init; }

    /// <summary>The words that gave the date, when there were any.</summary>
    public string? Text { get; init; }

    /// <summary>Days between the article date and the nearest day the event's date covers; 0 when it covers it.</summary>
    public required int Days { get; init; }
}
