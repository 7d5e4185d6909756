namespace Timeline.Evaluation.Anchoring;

/// <summary>Counts of one document or a sum of them: how many gold anchored events the system found, and how many it dated right.</summary>
public sealed record AnchoringScore
{
    public static readonly AnchoringScore Zero = new();

    public int Documents { get; init; }

    /// <summary>Gold EVENTs with a calendar date anchor.</summary>
    public int Gold { get; init; }

    /// <summary>Events the pipeline extracted.</summary>
    public int System { get; init; }

    /// <summary>Gold anchored events with an overlapping system event.</summary>
    public int Matched { get; init; }

    /// <summary>Matched events whose system date agrees with the gold one.</summary>
    public int Right { get; init; }

    /// <summary>System events that overlap no gold anchored event: not errors, the gold dates few events.</summary>
    public int Unmatched { get; init; }

    /// <summary>Of <see cref="Unmatched"/>, those whose trigger overlaps a gold EVENT that has no date anchor.</summary>
    public int UnmatchedOnGoldEvent { get; init; }

    public double Coverage => Gold == 0 ? 0 : (double)Matched / Gold;

    public double Accuracy => Matched == 0 ? 0 : (double)Right / Matched;

    public AnchoringScore Plus(AnchoringScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AnchoringScore
        {
            Documents = Documents + other.Documents,
            Gold = Gold + other.Gold,
            System = System + other.System,
            Matched = Matched + other.Matched,
            Right = Right + other.Right,
            Unmatched = Unmatched + other.Unmatched,
            UnmatchedOnGoldEvent = UnmatchedOnGoldEvent + other.UnmatchedOnGoldEvent,
        };
    }

    public static AnchoringScore Sum(IEnumerable<AnchoringScore> scores) => scores.Aggregate(Zero, (a, b) => a.Plus(b));
}
