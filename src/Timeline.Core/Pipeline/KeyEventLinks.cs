using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>
/// Ties the proposed key events to the stored timeline: an entry whose sentence is the evidence of an event links
/// to it, and an entry names only actors the registry holds (a name left out of actors.yaml, or renamed by hand
/// since extraction, is not linked).
/// </summary>
public static class KeyEventLinks
{
    public static KeyTimeline Link(KeyTimeline proposed, TimelineData stored)
    {
        var actors = stored.Actors.Where(a => a.Kind != ActorKind.NotAnActor).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var bySentence = stored.Events
            .SelectMany(e => e.Sources.Select(s => (Source: s, Event: e)))
            .GroupBy(x => x.Source.Article, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Source.Offset).ThenBy(x => x.Event.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return proposed with
        {
            Dates = [.. proposed.Dates.Select(d => d with
            {
                Entries = [.. d.Entries.Select(e => e with
                {
                    Actors = [.. e.Actors.Where(actors.Contains)],
                    Event = e.Event ?? EventOf(e, bySentence),
                })],
            })],
        };
    }

    /// <summary>The entries' actors under the ids the run's duplicates were folded into ("GM" as "general-motors").</summary>
    public static KeyTimeline Rename(KeyTimeline proposed, IReadOnlyDictionary<string, string> renamed) => renamed.Count == 0 ? proposed : proposed with
    {
        Dates = [.. proposed.Dates.Select(d => d with
        {
            Entries = [.. d.Entries.Select(e => e with { Actors = [.. e.Actors.Select(a => renamed.GetValueOrDefault(a, a)).Distinct(StringComparer.Ordinal)] })],
        })],
    };

    // The entry's sentence starts inside the event's evidence sentence (a dateline cut from it moves its start on).
    private static string? EventOf(KeyEntry entry, Dictionary<string, List<(EventSource Source, TimelineEvent Event)>> bySentence) =>
        entry is { Article: { } article, Offset: { } offset } && bySentence.TryGetValue(article, out var sources)
            ? sources.Where(x => x.Source.Offset <= offset && offset < x.Source.Offset + x.Source.Length).Select(x => x.Event.Id).FirstOrDefault()
            : null;
}
