namespace Timeline.Evaluation;

/// <summary>TIMEX3 counts for a document or a whole corpus (micro-averaged), and the four TempEval-3 measures.</summary>
public sealed record TimexScore
{
    public static TimexScore Zero { get; } = new() { Gold = 0, System = 0, StrictMatches = 0, RelaxedMatches = 0, ValueMatches = 0, TypeMatches = 0 };

    public required int Gold { get; init; }

    public required int System { get; init; }

    /// <summary>Pairs whose extents are identical.</summary>
    public required int StrictMatches { get; init; }

    /// <summary>Pairs, that is overlapping extents.</summary>
    public required int RelaxedMatches { get; init; }

    /// <summary>Pairs whose value strings are equal.</summary>
    public required int ValueMatches { get; init; }

    /// <summary>Pairs whose type strings are equal.</summary>
    public required int TypeMatches { get; init; }

    public TimexMeasure Strict => Measure(StrictMatches);

    public TimexMeasure Relaxed => Measure(RelaxedMatches);

    public TimexMeasure Value => Measure(ValueMatches);

    public TimexMeasure Type => Measure(TypeMatches);

    /// <summary>Adds counts, which is how documents are micro-averaged into a corpus score.</summary>
    public TimexScore Plus(TimexScore other) => new()
    {
        Gold = Gold + other.Gold,
        System = System + other.System,
        StrictMatches = StrictMatches + other.StrictMatches,
        RelaxedMatches = RelaxedMatches + other.RelaxedMatches,
        ValueMatches = ValueMatches + other.ValueMatches,
        TypeMatches = TypeMatches + other.TypeMatches,
    };

    private TimexMeasure Measure(int matches) => new() { Matches = matches, Gold = Gold, System = System };
}
