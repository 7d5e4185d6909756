namespace Timeline.Render.Views;

/// <summary>An article an event was read from: its page on the site and its original address. HTML-escaped.</summary>
internal sealed record SourceView
{
    public required string Title { get; init; }

    /// <summary>Path from the site root of the article's page; null when it has none.</summary>
    public string? Path { get; init; }

    /// <summary>The article's original http(s) address; null when absent or not a web address.</summary>
    public string? Url { get; init; }
}
