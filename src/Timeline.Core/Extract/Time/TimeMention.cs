namespace Timeline.Extract.Time;

/// <summary>A time expression found in text: where it is and what the recogniser made of it, not yet resolved.</summary>
public sealed record TimeMention
{
    public required int Start { get; init; }

    /// <summary>The words as written in the article.</summary>
    public required string Text { get; init; }

    /// <summary>Recogniser type: date, daterange, datetime, datetimerange, time, timerange, duration or set.</summary>
    public required string Kind { get; init; }

    /// <summary>Candidate readings; two when the words alone leave past or future open ("Friday").</summary>
    public List<TimexCandidate> Candidates { get; init; } = [];

    public int Length => Text.Length;

    public int End => Start + Text.Length;
}
