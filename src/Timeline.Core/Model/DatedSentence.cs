namespace Timeline.Model;

/// <summary>
/// One sentence of an article as the key-events summary needs it: where it is in the body, the days it refers to
/// (day-precision dates, anchored on the publication date) and the actors it names. Kept without its text, so that
/// a corpus of extractions stays small; the text is cut from the article body when it is wanted.
/// </summary>
public sealed record DatedSentence
{
    /// <summary>Offset of the sentence in the article body.</summary>
    public required int Offset { get; init; }

    public required int Length { get; init; }

    /// <summary>The days the sentence's time expressions resolve to, in order of first mention, each once.</summary>
    public List<DateOnly> Dates { get; init; } = [];

    /// <summary>Ids of the actors the sentence names, in order of first mention, each once.</summary>
    public List<string> Actors { get; init; } = [];
}
