namespace Timeline.Evaluation;

/// <summary>A TimeML document as read: its creation time, the plain TEXT string and the TIMEX3s and EVENTs in it.</summary>
public sealed record TimeMlDocument
{
    /// <summary>The file it was read from, for diagnostics.</summary>
    public required string Path { get; init; }

    /// <summary>The XML exactly as read, so a writer can change TEXT and keep the rest byte for byte.</summary>
    public required string Source { get; init; }

    public string? DocId { get; init; }

    /// <summary>The DCT's TIMEX3 id (usually <c>t0</c>), which system ids must not reuse.</summary>
    public string? DctTid { get; init; }

    /// <summary>The DCT's TIMEX3 value as written (<c>1998-01-08</c>, sometimes with a time).</summary>
    public string? DctValue { get; init; }

    /// <summary>The DCT's calendar date, when its value starts with one.</summary>
    public DateOnly? Dct { get; init; }

    /// <summary>The TEXT element's character data with every tag removed, as the XML parser decodes it.</summary>
    public required string Text { get; init; }

    /// <summary>The TIMEX3s inside TEXT, in document order; the DCT is never among them.</summary>
    public required IReadOnlyList<GoldTimex> Timexes { get; init; }

    /// <summary>The EVENTs inside TEXT, in document order.</summary>
    public IReadOnlyList<GoldEvent> Events { get; init; } = [];
}
