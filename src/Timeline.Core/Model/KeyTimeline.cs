namespace Timeline.Model;

/// <summary>The key events of a corpus: the few dates that matter most, each with its most representative entries.</summary>
public sealed record KeyTimeline
{
    /// <summary>In chronological order.</summary>
    public List<KeyDate> Dates { get; init; } = [];
}
