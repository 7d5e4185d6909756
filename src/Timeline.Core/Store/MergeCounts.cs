namespace Timeline.Store;

/// <summary>What a merge did to one kind of item.</summary>
public sealed record MergeCounts
{
    /// <summary>New items from the extractor.</summary>
    public int Added { get; init; }

    /// <summary>Untouched items replaced by a different extraction.</summary>
    public int Updated { get; init; }

    /// <summary>Untouched items the extractor yielded again unchanged.</summary>
    public int Unchanged { get; init; }

    /// <summary>Generated items a person edited, kept as they are.</summary>
    public int KeptAsEdited { get; init; }

    /// <summary>Generated items a person removed this time; now listed under <c>deleted:</c>.</summary>
    public int DeletedByHand { get; init; }

    /// <summary>Items a person added (no fingerprint), kept.</summary>
    public int HandAdded { get; init; }

    /// <summary>Untouched items the extractor no longer yields, removed.</summary>
    public int Removed { get; init; }
}
