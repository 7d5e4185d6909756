using Timeline.Extract.Events;

namespace Timeline.Evaluation.Events;

/// <summary>How many titles break one headline rule, with the first few of them.</summary>
public sealed record ViolationTally
{
    public required HeadlineViolation Kind { get; init; }

    public required int Count { get; init; }

    public List<string> Examples { get; init; } = [];
}
