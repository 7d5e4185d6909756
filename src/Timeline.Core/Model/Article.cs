namespace Timeline.Model;

/// <summary>One ingested source article: its metadata and its plain-text body.</summary>
public sealed record Article
{
    /// <summary>Stable id derived from the file name (lower-case slug), unique in a batch.</summary>
    public required string Id { get; init; }

    /// <summary>Path of the source file as given to the reader (for diagnostics and links).</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    /// <summary>Publication date: from the article, else the reference date, else unknown.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// The date the article's own stamp bears when extraction counts from another day: a story stamped in the small hours was
    /// written the evening before, which <see cref="Date"/> then holds. Null otherwise.
    /// </summary>
    public DateOnly? Stamped { get; init; }

    /// <summary>True when <see cref="Date"/> came from <c>--reference-date</c>, not from the article.</summary>
    public bool DateFromReference { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public List<string> Tags { get; init; } = [];

    /// <summary>The plain text every offset in the timeline points into.</summary>
    public required string Body { get; init; }

    /// <summary>1-based line of the source file on which <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>
    /// Lines of <see cref="Body"/> that are page furniture, in body order: extraction reads past them, while the body
    /// stays whole so that every offset still points into the article as written.
    /// </summary>
    public List<SkippedRange> Skipped { get; init; } = [];
}
