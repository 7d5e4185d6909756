using Timeline.Model;

namespace Timeline.Render.Paging;

/// <summary>The events of one period page: a year, a month, the undated part of a year, or the events of no known date.</summary>
internal sealed record Period
{
    /// <summary>Reader-facing name, plain text, e.g. <c>2016</c>, <c>March 2016</c>, <c>2016, month not given</c>, <c>Date unknown</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The year the period lies in; null for the events of no known date.</summary>
    public int? Year { get; init; }

    /// <summary>The month, for a page of one month; null for a whole year or a year's events without a month.</summary>
    public int? Month { get; init; }

    /// <summary>Path of the page from the site root, e.g. <c>periods/2016-03.html</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The period's events in <see cref="ChronologicalOrder"/>.</summary>
    public List<TimelineEvent> Events { get; init; } = [];
}
