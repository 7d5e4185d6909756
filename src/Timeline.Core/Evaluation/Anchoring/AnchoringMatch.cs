using Timeline.Model;

namespace Timeline.Evaluation.Anchoring;

/// <summary>A gold anchored event and the system event whose trigger overlaps it, if any.</summary>
public sealed record AnchoringMatch
{
    public required GoldAnchor Gold { get; init; }

    public TimelineEvent? System { get; init; }

    /// <summary>The system date, cut to the gold value's length, equals the gold value: a day found for a month is right, a month for a day is not.</summary>
    public bool DatedRight => System is { } s && Cut(s.Date.Value, Gold.Value.Length) == Gold.Value;

    private static string Cut(string value, int length) => value.Length > length ? value[..length] : value;
}
