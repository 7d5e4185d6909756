namespace Timeline.Store;

/// <summary>One file's list of stored items while a merge rewrites it.</summary>
internal sealed class MergeBucket<TStored>
{
    public required string Key { get; init; }

    public required string Path { get; init; }

    public List<TStored> Items { get; init; } = [];

    public List<string> Deleted { get; init; } = [];

    /// <summary>The <c>generated:</c> list as read, i.e. what the tool wrote last time.</summary>
    public List<string> Generated { get; init; } = [];

    /// <summary>The <c>origins:</c> map as read (events only): id to the offset of its trigger word.</summary>
    public Dictionary<string, int> Origins { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Where each item id was in the file, for diagnostics.</summary>
    public Dictionary<string, (int Line, int Column)> Positions { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True when this run extracted the file's source, so an untouched item it no longer yields can go.
    /// Files of articles absent from the input are left as they are.
    /// </summary>
    public bool Active { get; set; }

    public (int Line, int Column) PositionOf(string id) => Positions.TryGetValue(id, out var p) ? p : (0, 0);
}
