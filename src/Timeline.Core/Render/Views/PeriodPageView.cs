namespace Timeline.Render.Views;

/// <summary>The period a period page shows, and its neighbours for the previous and next links. HTML-escaped.</summary>
internal sealed record PeriodPageView
{
    public required string Label { get; init; }

    public int Count { get; init; }

    /// <summary>The page before, in date order; null on the first.</summary>
    public PeriodView? Previous { get; init; }

    /// <summary>The page after, in date order; null on the last.</summary>
    public PeriodView? Next { get; init; }
}
