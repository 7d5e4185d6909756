namespace Timeline.Extract.Time;

/// <summary>One reading of a time expression: its TIMEX value and the calendar range the recogniser gave.</summary>
public sealed record TimexCandidate
{
    public required string Timex { get; init; }

    /// <summary>Modifier such as <c>before</c>, <c>after</c>, <c>since</c>, <c>approx</c>.</summary>
    public string? Mod { get; init; }

    public DateOnly? Start { get; init; }

    /// <summary>Exclusive end of a range, as the recogniser gives it.</summary>
    public DateOnly? End { get; init; }

    public DateOnly? Value { get; init; }
}
