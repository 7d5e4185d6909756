namespace Timeline.Evaluation;

/// <summary>One document's score and errors.</summary>
public sealed record DocumentEvaluation
{
    /// <summary>The path relative to the gold folder, with '/' separators.</summary>
    public required string Document { get; init; }

    public required TimexScore Score { get; init; }

    public required IReadOnlyList<TimexError> Errors { get; init; }
}
