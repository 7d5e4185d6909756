using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>One document's gold and system TIMEX3s, paired where they overlap.</summary>
public sealed record TimexAlignment
{
    public required IReadOnlyList<TimexPair> Pairs { get; init; }

    /// <summary>Gold TIMEX3s that no system TIMEX3 overlaps.</summary>
    public required IReadOnlyList<GoldTimex> Missed { get; init; }

    /// <summary>System TIMEX3s that overlap no gold TIMEX3 left unpaired.</summary>
    public required IReadOnlyList<Timex3> Spurious { get; init; }
}
