namespace Timeline.Ingest;

/// <summary>Settings for <see cref="ArticleReader"/>; make variants with <c>with { ... }</c>.</summary>
public sealed record ArticleReaderOptions
{
    public static ArticleReaderOptions Default { get; } = new();

    /// <summary>Publication date given to articles that carry none (the <c>--reference-date</c> option).</summary>
    public DateOnly? ReferenceDate { get; init; }
}
