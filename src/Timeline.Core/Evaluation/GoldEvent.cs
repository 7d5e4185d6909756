namespace Timeline.Evaluation;

/// <summary>A TimeML EVENT read from a document, with its offsets into the document's TEXT string.</summary>
public sealed record GoldEvent
{
    public required string Eid { get; init; }

    public required int Start { get; init; }

    public required string Text { get; init; }

    /// <summary>The TimeML class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION.</summary>
    public required string Class { get; init; }

    public int End => Start + Text.Length;
}
