namespace Timeline.Render.Views;

/// <summary>One key date on the key events page or an actor page: its day and its entries. HTML-escaped.</summary>
internal sealed record KeyDateView
{
    /// <summary>Fragment id of the date, e.g. <c>key-2023-08-16</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>The day as a <c>&lt;time&gt;</c> element, e.g. 16 August 2023.</summary>
    public required string DateHtml { get; init; }

    public bool Pinned { get; init; }

    public List<KeyEntryView> Entries { get; init; } = [];
}
