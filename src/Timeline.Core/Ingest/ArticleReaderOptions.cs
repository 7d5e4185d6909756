namespace Timeline.Ingest;

/// <summary>Settings for <see cref="ArticleReader"/>; make variants with <c>with { ... }</c>.</summary>
public sealed record ArticleReaderOptions
{
    public static ArticleReaderOptions Default { get; } = new();

    /// <summary>Publication date given to articles that carry none (the <c>--reference-date</c> option).</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Whether a linked file whose target lies outside the input folder is read (the <c>--follow-links</c> option).</summary>
    public bool FollowLinks { get; init; }

    /// <summary>A folder under the input that is never read: the output folder, whose pages would come back as articles.</summary>
    public string? SkipFolder { get; init; }

    /// <summary>
    /// Largest article read, in bytes; text past it is left out with a warning. A news article is rarely above
    /// 100 KB, and extraction time grows with the text, so 1 MB keeps one runaway file from holding up the run.
    /// </summary>
    public int MaxArticleBytes { get; init; } = 1 << 20;
}
