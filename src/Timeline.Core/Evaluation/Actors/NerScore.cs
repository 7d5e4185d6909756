namespace Timeline.Evaluation.Actors;

/// <summary>Exact-span counts and precision, recall and F1 for one entity type, or for all scored types together.</summary>
public sealed record NerScore
{
    public required string Type { get; init; }

    public required int Correct { get; init; }

    public required int Gold { get; init; }

    public required int System { get; init; }

    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);
}
