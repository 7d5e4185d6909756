using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>One scoring error: a missed, spurious or wrongly annotated TIMEX3, with a few words around it.</summary>
public sealed record TimexError
{
    public required TimexErrorKind Kind { get; init; }

    /// <summary>The document's path relative to the gold folder.</summary>
    public required string Document { get; init; }

    public GoldTimex? Gold { get; init; }

    public Timex3? System { get; init; }

    /// <summary>The surrounding words on one line, the expression in [brackets].</summary>
    public required string Context { get; init; }

    public int Start => Gold?.Start ?? System!.Start;
}
