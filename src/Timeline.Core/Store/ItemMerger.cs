using Timeline.Diagnostics;

namespace Timeline.Store;

/// <summary>
/// Merges freshly extracted items into the stored ones by id, so that no hand edit is lost:
/// untouched items (still hashing to their fingerprint) follow the extractor, edited and
/// hand-added items stay as people left them, and deleted ids never come back.
/// </summary>
internal sealed class ItemMerger<TModel, TStored>(ItemKind<TModel, TStored> kind)
    where TStored : class
{
    private readonly ItemKind<TModel, TStored> _kind = kind;

    /// <summary>Rewrites the buckets' items and deleted lists in place.</summary>
    public MergeCounts Merge(
        IReadOnlyList<MergeBucket<TStored>> buckets,
        IReadOnlyList<(TModel Item, MergeBucket<TStored> Target)> extracted,
        DiagnosticBag diagnostics)
    {
        var deletedByHand = RecordHandDeletions(buckets);
        var deleted = buckets.SelectMany(b => b.Deleted).ToHashSet(StringComparer.Ordinal);
        var stored = new Dictionary<string, (MergeBucket<TStored> Bucket, TStored Item)>(StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            foreach (var item in bucket.Items)
            {
                stored.TryAdd(_kind.StoredId(item), (bucket, item));
            }
        }

        int added = 0, updated = 0, unchanged = 0, edited = 0, handAdded = 0, removed = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, target) in extracted)
        {
            var id = _kind.ModelId(item);
            if (!seen.Add(id))
            {
                continue;
            }

            if (!stored.TryGetValue(id, out var old))
            {
                if (!deleted.Contains(id))
                {
                    target.Items.Add(_kind.FromModel(item, null));
                    added++;
                }

                continue;
            }

            if (_kind.Fingerprint(old.Item) is not { } fingerprint)
            {
                continue; // A person wrote this item; theirs wins. Counted with the leftovers below.
            }

            var freshHash = _kind.Hash(item);
            if (IsUntouched(old.Item, fingerprint))
            {
                old.Bucket.Items.Remove(old.Item);
                target.Items.Add(_kind.FromModel(item, _kind.Note(old.Item)));
                if (freshHash == fingerprint) unchanged++; else updated++;
            }
            else
            {
                edited++;
                if (freshHash != fingerprint)
                {
                    ReportProposal(old.Bucket, id, diagnostics);
                }
            }
        }

        foreach (var bucket in buckets)
        {
            foreach (var item in bucket.Items.ToList())
            {
                if (seen.Contains(_kind.StoredId(item)))
                {
                    continue;
                }

                if (_kind.Fingerprint(item) is not { } fingerprint)
                {
                    handAdded++;
                }
                else if (!IsUntouched(item, fingerprint))
                {
                    edited++;
                }
                else if (bucket.Active && !_kind.KeepWhenNotExtracted(item))
                {
                    bucket.Items.Remove(item);
                    removed++;
                }
            }
        }

        // Hand-added items that share an id with an extraction were skipped above; count them once.
        handAdded += seen.Count(id => stored.TryGetValue(id, out var s) && _kind.Fingerprint(s.Item) is null);
        return new MergeCounts
        {
            Added = added, Updated = updated, Unchanged = unchanged, KeptAsEdited = edited,
            DeletedByHand = deletedByHand, HandAdded = handAdded, Removed = removed,
        };
    }

    /// <summary>Sorted, distinct ids of the generated items in a bucket: its next <c>generated:</c> list.</summary>
    public List<string> GeneratedIds(MergeBucket<TStored> bucket) =>
        [.. bucket.Items.Where(i => _kind.Fingerprint(i) is not null).Select(_kind.StoredId)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // An id the tool wrote last time that is now in no list was removed by a person.
    private int RecordHandDeletions(IReadOnlyList<MergeBucket<TStored>> buckets)
    {
        var present = buckets.SelectMany(b => b.Items).Select(_kind.StoredId).ToHashSet(StringComparer.Ordinal);
        var deleted = buckets.SelectMany(b => b.Deleted).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        foreach (var bucket in buckets)
        {
            foreach (var id in bucket.Generated)
            {
                if (!present.Contains(id) && deleted.Add(id))
                {
                    bucket.Deleted.Add(id);
                    count++;
                }
            }
        }

        return count;
    }

    private bool IsUntouched(TStored item, string fingerprint) => _kind.StoredHash(item) == fingerprint;

    private void ReportProposal(MergeBucket<TStored> bucket, string id, DiagnosticBag diagnostics)
    {
        var (line, column) = bucket.PositionOf(id);
        diagnostics.Add(new Diagnostic
        {
            Code = StoreCodes.EditedByHand,
            Path = bucket.Path,
            Line = line,
            Column = column,
            Severity = Severity.Info,
            Message = $"{_kind.Name} {id} was edited by hand; the extractor now proposes a change that was not applied",
        });
    }
}
