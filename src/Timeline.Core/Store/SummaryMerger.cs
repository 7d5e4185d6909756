using Timeline.Diagnostics;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>
/// Merges a proposed <see cref="KeyTimeline"/> into <c>summary.yaml</c> by the events' rules: untouched entries
/// follow the proposal, edited, pinned and hand-written ones stay, dropped dates and entries never come back,
/// and a date whose entries a person put in another order keeps that order.
/// </summary>
internal sealed class SummaryMerger(string path, IReadOnlyDictionary<string, (int Line, int Column)> positions)
{
    public SummaryFile Merge(SummaryFile? stored, KeyTimeline proposed, DiagnosticBag diagnostics)
    {
        var old = stored ?? new SummaryFile();
        var droppedDates = DroppedDates(old);
        var droppedEntries = DroppedEntries(old);
        var proposal = Proposal(proposed, droppedDates, droppedEntries);
        var proposedAt = proposal.SelectMany(p => p.Value.Entries.Select(e => (e.Id, Day: p.Key))).ToDictionary(e => e.Id, e => e.Day, StringComparer.Ordinal);

        // Entries that stay where a person left them: written by hand, edited, or moved by hand to another date.
        var claimed = old.Dates.SelectMany(d => d.Entries.Where(e => e.Id is not null && Stays(e, d)).Select(e => e.Id!)).ToHashSet(StringComparer.Ordinal);
        var storedByDay = old.Dates.DistinctBy(d => d.Date).ToDictionary(d => d.Date);
        var generatedDays = old.GeneratedDates.ToHashSet();
        var dates = new List<StoredKeyDate>();
        foreach (var day in storedByDay.Keys.Concat(proposal.Keys).Distinct().Order())
        {
            var s = storedByDay.GetValueOrDefault(day);
            var p = proposal.TryGetValue(day, out var found) ? found : ((KeyDate Date, List<(string Id, KeyEntry Entry)> Entries)?)null;
            var (entries, generated) = MergeEntries(s, p, proposedAt, claimed, diagnostics);
            var byHand = s is not null && !generatedDays.Contains(day);
            if (entries.Count == 0 && !(s?.Pinned ?? false) && !byHand)
            {
                continue; // Nothing left to tell on this day.
            }

            dates.Add(new StoredKeyDate
            {
                Date = day,
                Salience = p is { } fresh ? fresh.Date.Salience : s!.Salience,
                Articles = p is { } counted ? counted.Date.Articles : s!.Articles,
                Pinned = s?.Pinned ?? p!.Value.Date.Pinned,
                Entries = entries,
                Note = s?.Note,
                Generated = generated,
            });
        }

        return new SummaryFile
        {
            Dates = dates,
            DroppedDates = [.. droppedDates.Order()],
            DroppedEntries = [.. droppedEntries.Order(StringComparer.Ordinal)],
            GeneratedDates = [.. dates.Where(d => proposal.ContainsKey(d.Date) || generatedDays.Contains(d.Date)).Select(d => d.Date)],
        };
    }

    // An entry the tool put in this date and nobody touched follows the proposal; any other stays where it is.
    private static bool Stays(StoredKeyEntry entry, StoredKeyDate date) =>
        !entry.IsUntouched() || !date.Generated.Contains(entry.Id!, StringComparer.Ordinal);

    private (List<StoredKeyEntry> Entries, List<string> Generated) MergeEntries(
        StoredKeyDate? s, (KeyDate Date, List<(string Id, KeyEntry Entry)> Entries)? p,
        Dictionary<string, DateOnly> proposedAt, HashSet<string> claimed, DiagnosticBag diagnostics)
    {
        var proposedHere = (p?.Entries ?? []).ToDictionary(e => e.Id, e => e.Entry, StringComparer.Ordinal);
        var kept = new List<StoredKeyEntry>();
        foreach (var e in s?.Entries ?? [])
        {
            if (e.Id is null || claimed.Contains(e.Id))
            {
                ReportProposal(e, proposedAt, p, diagnostics);
                kept.Add(e);
            }
            else if (proposedHere.TryGetValue(e.Id, out var fresh))
            {
                kept.Add(StoredKeyEntry.From(fresh, e.Pinned, e.Note));
            }
            else if (!proposedAt.ContainsKey(e.Id) && (e.Pinned || e.Note is not null || (s!.Pinned && p is null)))
            {
                kept.Add(e); // Pinned (or noted) and no longer proposed: kept as it is.
            }
        }

        var keptIds = kept.Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var added = (p?.Entries ?? []).Where(e => !keptIds.Contains(e.Id) && !claimed.Contains(e.Id))
            .Select(e => StoredKeyEntry.From(e.Entry, e.Entry.Pinned, null)).ToList();
        var reordered = s is not null && IsReordered(s);
        var entries = reordered ? [.. kept, .. added] : InProposalOrder(kept, added, p);

        // What the tool put here, in its own order: as written, unless a person's order is kept, then the proposal's.
        var before = (s?.Generated ?? []).ToHashSet(StringComparer.Ordinal);
        var present = entries.Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool IsGenerated(string id) => before.Contains(id) || (proposedHere.ContainsKey(id) && !claimed.Contains(id));
        var toolOrder = reordered
            ? (p?.Entries ?? []).Select(e => e.Id).Concat(s!.Generated)
            : entries.Select(e => e.Id).OfType<string>();
        var generated = toolOrder.Where(id => present.Contains(id) && IsGenerated(id)).Distinct(StringComparer.Ordinal).ToList();
        return (entries, generated);
    }

    /// <summary>A person put the tool's entries of this date in another order than the tool wrote them.</summary>
    private static bool IsReordered(StoredKeyDate date)
    {
        var inFile = date.Entries.Select(e => e.Id).OfType<string>().Where(id => date.Generated.Contains(id, StringComparer.Ordinal)).ToList();
        var written = date.Generated.Where(id => inFile.Contains(id, StringComparer.Ordinal)).ToList();
        return !inFile.SequenceEqual(written, StringComparer.Ordinal);
    }

    // Proposed entries in the proposal's order; every other kept entry follows the entry it followed in the file.
    private static List<StoredKeyEntry> InProposalOrder(List<StoredKeyEntry> kept, List<StoredKeyEntry> added, (KeyDate Date, List<(string Id, KeyEntry Entry)> Entries)? p)
    {
        var order = (p?.Entries ?? []).Select(e => e.Id).ToList();
        var proposedIds = order.ToHashSet(StringComparer.Ordinal);
        var leading = new List<StoredKeyEntry>();
        var following = new Dictionary<string, List<StoredKeyEntry>>(StringComparer.Ordinal);
        string? anchor = null;
        foreach (var e in kept)
        {
            if (e.Id is not null && proposedIds.Contains(e.Id))
            {
                anchor = e.Id;
            }
            else if (anchor is null)
            {
                leading.Add(e);
            }
            else
            {
                (following.TryGetValue(anchor, out var list) ? list : following[anchor] = []).Add(e);
            }
        }

        var byId = kept.Concat(added).Where(e => e.Id is not null && proposedIds.Contains(e.Id)).DistinctBy(e => e.Id).ToDictionary(e => e.Id!, StringComparer.Ordinal);
        var result = new List<StoredKeyEntry>(leading);
        foreach (var id in order)
        {
            if (byId.TryGetValue(id, out var e))
            {
                result.Add(e);
            }

            result.AddRange(following.GetValueOrDefault(id) ?? []);
        }

        return result;
    }

    private void ReportProposal(StoredKeyEntry e, Dictionary<string, DateOnly> proposedAt, (KeyDate Date, List<(string Id, KeyEntry Entry)> Entries)? p, DiagnosticBag diagnostics)
    {
        if (e.Id is null || e.Fingerprint is not { } fingerprint || !proposedAt.ContainsKey(e.Id) || e.IsUntouched())
        {
            return;
        }

        var fresh = p?.Entries.FirstOrDefault(x => x.Id == e.Id).Entry;
        if (fresh is null || Fingerprints.Of(fresh) != fingerprint)
        {
            var (line, column) = positions.TryGetValue(e.Id, out var at) ? at : (0, 0);
            diagnostics.Add(new Diagnostic
            {
                Code = StoreCodes.EditedByHand, Path = path, Line = line, Column = column, Severity = Severity.Info,
                Message = $"key entry {e.Id} was edited by hand; the summariser now proposes a change that was not applied",
            });
        }
    }

    private static HashSet<DateOnly> DroppedDates(SummaryFile old)
    {
        var present = old.Dates.Select(d => d.Date).ToHashSet();
        return [.. old.DroppedDates, .. old.GeneratedDates.Where(d => !present.Contains(d))];
    }

    // An id the tool wrote in a date that is still there, now in no date's list, was removed by a person.
    private static HashSet<string> DroppedEntries(SummaryFile old)
    {
        var present = old.Dates.SelectMany(d => d.Entries).Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new HashSet<string>([.. old.DroppedEntries, .. old.Dates.SelectMany(d => d.Generated).Where(id => !present.Contains(id))], StringComparer.Ordinal);
    }

    private static Dictionary<DateOnly, (KeyDate Date, List<(string Id, KeyEntry Entry)> Entries)> Proposal(
        KeyTimeline proposed, HashSet<DateOnly> droppedDates, HashSet<string> droppedEntries)
    {
        var result = new Dictionary<DateOnly, (KeyDate, List<(string, KeyEntry)>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in proposed.Dates.Where(d => !droppedDates.Contains(d.Date)))
        {
            if (result.ContainsKey(date.Date))
            {
                continue;
            }

            var entries = date.Entries.Select(e => (Id: SummaryKeys.Of(e), Entry: e))
                .Where(e => !droppedEntries.Contains(e.Id) && seen.Add(e.Id)).ToList();
            result[date.Date] = (date, entries);
        }

        return result;
    }
}
