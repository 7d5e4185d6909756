namespace Timeline.Render.Views;

/// <summary>Consecutive events of one month, or of one year when their dates are coarser than a month.</summary>
internal sealed record MonthGroup
{
    /// <summary>Month name, e.g. <c>August</c>; null for events dated only to the year or coarser.</summary>
    public string? Label { get; init; }

    /// <summary>Heading anchor such as <c>month-2023-08</c>; null when unlabelled.</summary>
    public string? Anchor { get; init; }

    /// <summary>A note on the months of the year without events before this one, e.g. <c>No events in May–June</c>; null when none.</summary>
    public string? Gap { get; init; }

    public List<EventView> Events { get; init; } = [];
}
