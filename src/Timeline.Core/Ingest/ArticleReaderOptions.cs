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

    /// <summary>Largest file read, in bytes (HTML pages carry much markup around their text); the rest is left out with a warning.</summary>
    public int MaxArticleBytes { get; init; } = 4 << 20;

    /// <summary>
    /// Longest article text extracted, in characters (about 15,000 words, longer than nearly any news article); the
    /// rest is left out with a warning. Extraction time grows faster than the text: measured here, 100 KB of one
    /// repeated sentence took 20 s and 250 KB 62 s, and 1 MB did not finish in 10 minutes.
    /// </summary>
    public int MaxTextChars { get; init; } = 100_000;

    /// <summary>What earlier builds parsed of the same texts (<c>articles.memo</c>); null to parse every file.</summary>
    internal IO.ParseMemo? Memo { get; init; }
}
