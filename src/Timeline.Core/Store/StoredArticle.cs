using Timeline.Model;

namespace Timeline.Store;

/// <summary>The <c>article:</c> block of an events file: <see cref="ArticleInfo"/> plus the store's own fields.</summary>
public sealed record StoredArticle
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public DateOnly? Date { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Path { get; init; }

    public List<string> Tags { get; init; } = [];

    /// <summary>Free text for people; the tool never changes it.</summary>
    public string? Note { get; init; }

    /// <summary>Hash of the metadata as generated; absent when a person wrote the block.</summary>
    public string? Fingerprint { get; init; }

    public static StoredArticle From(ArticleInfo info, string? note = null) => new()
    {
        Id = info.Id,
        Title = info.Title,
        Date = info.Date,
        Source = info.Source,
        Url = info.Url,
        Path = info.Path,
        Tags = [.. info.Tags],
        Note = note,
        Fingerprint = Fingerprints.Of(info),
    };

    public ArticleInfo ToModel() => new()
    {
        Id = Id,
        Title = Title,
        Date = Date,
        Source = Source,
        Url = Url,
        Path = Path,
        Tags = [.. Tags.Where(t => t is not null)],
    };
}
