namespace Timeline.Ingest;

/// <summary>One paragraph of plain text and the 0-based line, relative to the parsed text, where it starts.</summary>
internal sealed record TextBlock
{
    public required string Text { get; init; }

    public required int Line { get; init; }

    public bool IsHeading { get; init; }
}
