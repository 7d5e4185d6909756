namespace Timeline.Render.Views;

/// <summary>A name that links to a page of the site when it has one. Both values are HTML-escaped.</summary>
internal sealed record LinkView
{
    public required string Text { get; init; }

    /// <summary>Path from the site root (templates prefix <c>root</c>); null when there is no page.</summary>
    public string? Path { get; init; }
}
