namespace Timeline.Render.Views;

/// <summary>One choice of a filter list: the value events carry in their data attributes and its label. HTML-escaped.</summary>
internal sealed record FilterOption
{
    public required string Value { get; init; }

    public required string Label { get; init; }
}
