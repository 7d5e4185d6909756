using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>A gold and a system TIMEX3 whose extents overlap, paired by the aligner.</summary>
public sealed record TimexPair
{
    public required GoldTimex Gold { get; init; }

    public required Timex3 System { get; init; }

    public bool SameExtent => Gold.Start == System.Start && Gold.End == System.End;

    public bool SameValue => string.Equals(Gold.Value, System.Value, StringComparison.Ordinal);

    public bool SameType => string.Equals(Gold.Type, System.Type, StringComparison.Ordinal);
}
