namespace Timeline.Evaluation.Tls;

/// <summary>Precision, recall and their F1 (0 when both are 0).</summary>
public sealed record Prf
{
    public static Prf Zero { get; } = new() { Precision = 0, Recall = 0 };

    public required double Precision { get; init; }

    public required double Recall { get; init; }

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>P = hits / system, R = hits / gold, each 0 when its denominator is.</summary>
    public static Prf Of(double precisionHits, double systemCount, double recallHits, double goldCount) => new()
    {
        Precision = systemCount == 0 ? 0 : precisionHits / systemCount,
        Recall = goldCount == 0 ? 0 : recallHits / goldCount,
    };
}
