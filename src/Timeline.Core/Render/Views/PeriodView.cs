namespace Timeline.Render.Views;

/// <summary>A period as the front page lists it: a year, or a month of a year split into months. HTML-escaped.</summary>
internal sealed record PeriodView
{
    /// <summary>E.g. <c>2016</c> or <c>March 2016</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Path of the period's page from the site root; null for a year split into months (its months have the pages).</summary>
    public string? Path { get; init; }

    public int Count { get; init; }

    /// <summary>The pages of a year split into months, in date order; empty otherwise.</summary>
    public List<PeriodView> Months { get; init; } = [];
}
