namespace Timeline.Render.Views;

/// <summary>An article's details for its page and the index; strings HTML-escaped.</summary>
internal sealed record ArticleView
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Publication date as a <c>&lt;time&gt;</c> element; null when unknown.</summary>
    public string? DateHtml { get; init; }

    public string? Source { get; init; }

    /// <summary>Original http(s) address; null when absent or not a web address.</summary>
    public string? Url { get; init; }

    public required string Path { get; init; }
}
