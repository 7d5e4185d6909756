namespace Timeline.Render.Views;

/// <summary>Consecutive events of one year (or of no known date), split by month.</summary>
internal sealed record YearGroup
{
    /// <summary><c>2023</c>, or <c>Date unknown</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Heading anchor such as <c>year-2023</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>A note on the years without events before this one, e.g. <c>No events in 2020–2021</c>; null when none.</summary>
    public string? Gap { get; init; }

    public List<MonthGroup> Months { get; init; } = [];
}
