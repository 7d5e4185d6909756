namespace Timeline.Render.Views;

/// <summary>One sentence of a key date, with links to its article, its event and its actors. HTML-escaped.</summary>
internal sealed record KeyEntryView
{
    public required string Text { get; init; }

    /// <summary>The source article (its outlet, else its title); null when a person wrote the entry or the article has no page.</summary>
    public LinkView? Article { get; init; }

    /// <summary>The event's page; null when the entry tells no event that has one.</summary>
    public string? EventPath { get; init; }

    public List<LinkView> Actors { get; init; } = [];
}
