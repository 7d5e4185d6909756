namespace Timeline.Store;

/// <summary>One key date as written in <c>summary.yaml</c>: <see cref="Model.KeyDate"/> plus the store's own fields.</summary>
public sealed record StoredKeyDate
{
    public required DateOnly Date { get; init; }

    public double? Salience { get; init; }

    public int Articles { get; init; }

    /// <summary>Set by a person: the date stays, with its entries, whatever the next proposal says.</summary>
    public bool Pinned { get; init; }

    public List<StoredKeyEntry> Entries { get; init; } = [];

    /// <summary>Free text for people; the tool never changes it.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The ids of the entries the tool put in this date, in its own order. An entry removed from the list is
    /// thereby known as dropped, and entries listed in another order as reordered by a person.
    /// </summary>
    public List<string> Generated { get; init; } = [];
}
