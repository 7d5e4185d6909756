namespace Timeline.Evaluation;

/// <summary>Precision, recall and F1 for one matching criterion (strict, relaxed, value or type).</summary>
public sealed record TimexMeasure
{
    public required int Matches { get; init; }

    public required int Gold { get; init; }

    public required int System { get; init; }

    /// <summary>Matches over system TIMEX3s; 0 when the system found none.</summary>
    public double Precision => System == 0 ? 0 : (double)Matches / System;

    /// <summary>Matches over gold TIMEX3s; 0 when there is no gold one.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matches / Gold;

    /// <summary>2m / (|gold| + |system|), TempEval-3's F1; 0 when both are empty.</summary>
    public double F1 => Gold + System == 0 ? 0 : 2.0 * Matches / (Gold + System);
}
