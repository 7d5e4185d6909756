namespace Timeline.Evaluation.Timelines;

/// <summary>Temporal-awareness counts for one or more timelines: links the system made that hold in the gold timeline, and the reverse.</summary>
public sealed record TimelineScore
{
    public static TimelineScore Zero { get; } = new();

    public int SystemLinks { get; init; }

    /// <summary>System links that hold in the gold timeline's closure.</summary>
    public int SystemCorrect { get; init; }

    public int GoldLinks { get; init; }

    /// <summary>Gold links that hold in the system timeline's closure.</summary>
    public int GoldFound { get; init; }

    public double Precision => SystemLinks == 0 ? 0 : (double)SystemCorrect / SystemLinks;

    public double Recall => GoldLinks == 0 ? 0 : (double)GoldFound / GoldLinks;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public TimelineScore Plus(TimelineScore other) => new()
    {
        SystemLinks = SystemLinks + other.SystemLinks,
        SystemCorrect = SystemCorrect + other.SystemCorrect,
        GoldLinks = GoldLinks + other.GoldLinks,
        GoldFound = GoldFound + other.GoldFound,
    };
}
