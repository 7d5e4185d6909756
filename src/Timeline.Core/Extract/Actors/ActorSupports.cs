using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>Counts, for each actor of an article, the sentences naming it and whether an event involves it.</summary>
public static class ActorSupports
{
    public static List<ActorSupport> Of(string articleId, ArticleActors actors, IReadOnlyList<TimelineEvent> events)
    {
        var inEvent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            inEvent.UnionWith(e.Actors);
            if (e.Place is { } place) inEvent.Add(place);
        }

        // An event keeps only its main actors, but the others its sentence names take part in the story it tells
        // ("sanctions for its involvement in Russia's invasion of Ukraine").
        var spans = events.SelectMany(e => e.Sources).Where(s => s.Article == articleId).Select(s => (s.Offset, End: s.Offset + s.Length)).ToList();
        foreach (var m in actors.Mentions)
        {
            if (spans.Exists(s => m.Mention.Start >= s.Offset && m.Mention.End <= s.End)) inEvent.Add(m.ActorId);
        }

        var sentences = actors.Mentions.GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Sentence).Distinct().Count(), StringComparer.Ordinal);
        return [.. actors.Actors.Select(a => new ActorSupport
        {
            ActorId = a.Id,
            Sentences = sentences.GetValueOrDefault(a.Id),
            InEvent = inEvent.Contains(a.Id),
        })];
    }
}
