using Timeline.Model;

namespace Timeline.Store;

/// <summary>
/// Keeps an event's id still once it is written. The extractor names events after their actors
/// ("li-shangfu-visit-belarus"), so renaming or merging an actor makes it propose another id for the same
/// happening. What does not move is where the happening was read: the article and the offset of its trigger
/// word. A fresh event read where a stored or deleted event was read takes that event's id, so a rename never
/// brings back a deleted event, never duplicates an edited one, and never changes a permalink.
/// </summary>
internal static class EventOrigins
{
    /// <summary>The fresh events under the ids they keep, and where each final id was read.</summary>
    public sealed record Result(List<TimelineEvent> Events, Dictionary<string, string> OriginById);

    /// <summary>Where an event was read, across the timeline: <c>article@trigger-offset</c> of its first source.</summary>
    public static string? Of(TimelineEvent e) => e.Sources.Count == 0 ? null : Key(e.Sources[0].Article, e.Sources[0].TriggerOffset);

    public static Result KeepIds(IReadOnlyList<MergeBucket<StoredEvent>> buckets, IReadOnlyList<TimelineEvent> fresh)
    {
        var known = Known(buckets);
        var used = buckets.SelectMany(b => b.Items.Select(i => i.Id).Concat(b.Deleted).Concat(b.Origins.Keys)).ToHashSet(StringComparer.Ordinal);
        used.UnionWith(fresh.Select(e => e.Id));

        // First every fresh event read where a known event was read takes that event's id.
        var finalIds = new string?[fresh.Count];
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fresh.Count; i++)
        {
            if (Of(fresh[i]) is { } origin && known.TryGetValue(origin, out var id) && claimed.Add(id))
            {
                finalIds[i] = id;
            }
        }

        // The others keep their own id, unless it belongs to a happening read elsewhere (kept above, or stored and
        // not found this time): then the next free one. An id a person deleted stays deleted whatever is proposed
        // under it, as before origins were kept: after an edit of the article it may well be the same happening.
        var deleted = buckets.SelectMany(b => b.Deleted).ToHashSet(StringComparer.Ordinal);
        var elsewhere = known.Values.Where(id => !deleted.Contains(id)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < fresh.Count; i++)
        {
            if (finalIds[i] is not null) continue;
            var id = fresh[i].Id;
            if (claimed.Contains(id) || elsewhere.Contains(id))
            {
                var n = 2;
                while (used.Contains($"{id}-{n}") || claimed.Contains($"{id}-{n}")) n++;
                id = $"{id}-{n}";
                used.Add(id);
            }

            claimed.Add(id);
            finalIds[i] = id;
        }

        var events = EventRenaming.Apply(fresh, [.. finalIds.Select(id => id!)]);
        var originById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (Of(e) is { } origin) originById.TryAdd(e.Id, origin);
        }

        return new Result(events, originById);
    }

    /// <summary>
    /// The next <c>origins:</c> of a bucket, after the merge: every stored and deleted id whose reading place is
    /// known, from this run's extraction first, then the map as read, then a generated event's own first source;
    /// and every entry as read whose event is gone. An event a person took over keeps its entry, so the
    /// happening it was read from stays theirs.
    /// </summary>
    public static Dictionary<string, int> For(MergeBucket<StoredEvent> bucket, IReadOnlyDictionary<string, string> fresh)
    {
        var origins = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in bucket.Items)
        {
            var computed = item.Fingerprint is not null && item.Sources.Count > 0 && item.Sources[0].Article == bucket.Key
                ? item.Sources[0].TriggerOffset
                : (int?)null;
            if ((Find(bucket, item.Id, fresh) ?? computed) is { } offset) origins.TryAdd(item.Id, offset);
        }

        foreach (var id in bucket.Deleted)
        {
            if (Find(bucket, id, fresh) is { } offset) origins.TryAdd(id, offset);
        }

        // An event the extractor no longer finds keeps its entry: if it is found again, under whatever name, it
        // comes back under its old id.
        foreach (var (id, offset) in bucket.Origins)
        {
            origins.TryAdd(id, offset);
        }

        return origins;
    }

    // Live generated events first (where the file recorded them, else their first source: files written before
    // origins were kept), then the other recorded ids: deleted, taken over by a person, or gone for now.
    private static Dictionary<string, string> Known(IReadOnlyList<MergeBucket<StoredEvent>> buckets)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            foreach (var item in bucket.Items.Where(i => i.Fingerprint is not null))
            {
                var origin = bucket.Origins.TryGetValue(item.Id, out var recorded)
                    ? Key(bucket.Key, recorded)
                    : item.Sources.Count > 0 ? Key(item.Sources[0].Article, item.Sources[0].TriggerOffset) : null;
                if (origin is not null) known.TryAdd(origin, item.Id);
            }
        }

        var live = buckets.SelectMany(b => b.Items.Where(i => i.Fingerprint is not null)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            foreach (var (id, offset) in bucket.Origins.Where(o => !live.Contains(o.Key)).OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                known.TryAdd(Key(bucket.Key, offset), id);
            }
        }

        return known;
    }

    private static int? Find(MergeBucket<StoredEvent> bucket, string id, IReadOnlyDictionary<string, string> fresh) =>
        fresh.TryGetValue(id, out var origin) && Offset(bucket.Key, origin) is { } offset ? offset
        : bucket.Origins.TryGetValue(id, out var recorded) ? recorded
        : null;

    private static string Key(string article, int offset) => $"{article}@{offset}";

    private static int? Offset(string article, string origin) =>
        origin.StartsWith(article + "@", StringComparison.Ordinal) && int.TryParse(origin.AsSpan(article.Length + 1), out var offset) ? offset : null;
}
