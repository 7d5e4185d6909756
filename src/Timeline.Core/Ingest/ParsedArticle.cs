namespace Timeline.Ingest;

/// <summary>Metadata and body read from one file, before ids and the reference-date fallback.</summary>
internal sealed record ParsedArticle
{
    public string? Title { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>True when a date was given but could not be read (already reported as TL0102).</summary>
    public bool DateRejected { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public List<string> Tags { get; init; } = [];

    /// <summary>Plain text; straight out of the front-matter parser, the raw text after the closing <c>---</c>.</summary>
    public required string Body { get; init; }

    /// <summary>1-based file line on which <see cref="Body"/> starts.</summary>
    public required int BodyLine { get; init; }
}
