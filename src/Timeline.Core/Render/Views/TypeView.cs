namespace Timeline.Render.Views;

/// <summary>An event type with a page: its code, reader-facing label and how many events have it. HTML-escaped.</summary>
internal sealed record TypeView
{
    /// <summary>Lower-case key used in file names and filters, e.g. <c>consult</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Reader-facing label, e.g. <c>Consult</c>.</summary>
    public required string Label { get; init; }

    public required string Path { get; init; }

    public int Count { get; init; }
}
