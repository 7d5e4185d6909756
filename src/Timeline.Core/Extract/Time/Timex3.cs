namespace Timeline.Extract.Time;

/// <summary>A time expression in TimeML's terms: its extent, TIMEX3 type and normalised value.</summary>
public sealed record Timex3
{
    public required int Start { get; init; }

    public required string Text { get; init; }

    /// <summary>DATE, TIME, DURATION or SET.</summary>
    public required string Type { get; init; }

    /// <summary>TIMEX3 value: <c>2013-03-22</c>, <c>2013-W11</c>, <c>P3D</c>, <c>PAST_REF</c>, <c>XXXX-WXX-5</c>...</summary>
    public required string Value { get; init; }

    /// <summary>TIMEX3 <c>mod</c>: BEFORE, AFTER, ON_OR_BEFORE, START, MID, END, APPROX, LESS_THAN, MORE_THAN...</summary>
    public string? Mod { get; init; }

    public string? Freq { get; init; }

    public string? Quant { get; init; }

    public int Length => Text.Length;

    public int End => Start + Text.Length;
}
