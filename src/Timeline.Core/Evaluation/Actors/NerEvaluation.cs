namespace Timeline.Evaluation.Actors;

/// <summary>Scores of a CoNLL corpus: one line per scored type and the micro-averaged total, plus the mismatches.</summary>
public sealed record NerEvaluation
{
    public required int Documents { get; init; }

    public required List<NerScore> Types { get; init; }

    public required NerScore Overall { get; init; }

    /// <summary>Gold entities missed and system entities that match no gold one, as readable lines.</summary>
    public required List<string> Errors { get; init; }
}
