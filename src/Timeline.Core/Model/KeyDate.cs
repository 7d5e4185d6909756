namespace Timeline.Model;

/// <summary>One key date of the summary and what happened on it.</summary>
public sealed record KeyDate
{
    /// <summary>The day (key dates are days, as the journalists' timelines are).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>How strongly the corpus points at this day (higher is stronger); absent when a person added it.</summary>
    public double? Salience { get; init; }

    /// <summary>How many articles report or refer to this day.</summary>
    public int Articles { get; init; }

    /// <summary>Kept whatever the corpus says, because a person pinned it.</summary>
    public bool Pinned { get; init; }

    /// <summary>The one to three sentences that tell what happened, most representative first.</summary>
    public List<KeyEntry> Entries { get; init; } = [];
}
