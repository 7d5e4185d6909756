namespace Timeline.Model;

/// <summary>An article's metadata as stored beside its events (the body stays in the source file).</summary>
public sealed record ArticleInfo
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public DateOnly? Date { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>Path of the source file relative to the input folder, with '/' separators.</summary>
    public string? Path { get; init; }

    public List<string> Tags { get; init; } = [];

    public static ArticleInfo From(Article article, string relativePath) => new()
    {
        Id = article.Id,
        Title = article.Title,
        Date = article.Date,
        Source = article.Source,
        Url = article.Url,
        Path = relativePath,
        Tags = [.. article.Tags],
    };
}
