using Timeline.Model;

namespace Timeline.Store;

/// <summary>One entry of a key date as written in <c>summary.yaml</c>: <see cref="KeyEntry"/> plus the store's own fields.</summary>
public sealed record StoredKeyEntry
{
    /// <summary>Written by the tool (see <see cref="SummaryKeys"/>); optional on an entry a person wrote.</summary>
    public string? Id { get; init; }

    public required string Text { get; init; }

    public string? Article { get; init; }

    public int? Offset { get; init; }

    public string? Event { get; init; }

    public List<string> Actors { get; init; } = [];

    /// <summary>Set by a person: the entry stays when the summariser no longer proposes it.</summary>
    public bool Pinned { get; init; }

    /// <summary>Free text for people; the tool never changes it.</summary>
    public string? Note { get; init; }

    /// <summary>Hash of the entry as generated (pin and note aside); absent when a person wrote the entry.</summary>
    public string? Fingerprint { get; init; }

    public static StoredKeyEntry From(KeyEntry entry, bool pinned, string? note) => new()
    {
        Id = SummaryKeys.Of(entry),
        Text = entry.Text,
        Article = entry.Article,
        Offset = entry.Offset,
        Event = entry.Event,
        Actors = [.. entry.Actors],
        Pinned = pinned,
        Note = note,
        Fingerprint = Fingerprints.Of(entry),
    };

    public KeyEntry ToModel() => new()
    {
        Text = Text,
        Article = Article,
        Offset = Offset,
        Event = Event,
        Actors = [.. Actors.Where(a => a is not null)],
        Pinned = Pinned,
    };

    /// <summary>Still what the tool wrote: its content hashes to its fingerprint.</summary>
    public bool IsUntouched() => Fingerprint is { } f && Fingerprints.Of(ToModel()) == f;
}
