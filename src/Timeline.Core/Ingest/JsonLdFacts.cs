using AngleSharp.Dom;

namespace Timeline.Ingest;

/// <summary>The article facts one JSON-LD object states, and the script element it came from.</summary>
internal sealed record JsonLdFacts
{
    public required IElement Script { get; init; }

    public string? DatePublished { get; init; }

    public string? Headline { get; init; }

    public string? Publisher { get; init; }

    public string? Url { get; init; }
}
