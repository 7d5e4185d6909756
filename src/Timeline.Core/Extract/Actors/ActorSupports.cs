using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>Counts, for each actor of an article, the sentences naming it, whether an event involves it, whether it speaks and whether it is written as a firm.</summary>
public static partial class ActorSupports
{
    public static List<ActorSupport> Of(string articleId, string body, ArticleActors actors, IReadOnlyList<TimelineEvent> events)
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
        var speaks = actors.Mentions.Where(m => Speaks(body, m.Mention)).Select(m => m.ActorId).ToHashSet(StringComparer.Ordinal);
        var firms = actors.Actors.Where(a => a.Kind == ActorKind.Organisation
            && NameReading.IsFirmByItsContext(body, [.. actors.Mentions.Where(m => m.ActorId == a.Id)])).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var places = actors.Mentions.Where(m => m.Mention.Kind == ActorKind.Place && PlaceNounNames.FollowsPlaceNoun(body, m.Mention.Start)).Select(m => m.ActorId)
            .ToHashSet(StringComparer.Ordinal);
        return [.. actors.Actors.Select(a => new ActorSupport
        {
            ActorId = a.Id,
            Sentences = sentences.GetValueOrDefault(a.Id),
            InEvent = inEvent.Contains(a.Id),
            Speaks = speaks.Contains(a.Id),
            IsFirm = firms.Contains(a.Id),
            IsNamedPlace = places.Contains(a.Id),
        })];
    }

    // "Halvor said", "Halvor, the rig's owner, said", "Halvor's spokesman", "a Halvor spokeswoman", "according to Halvor": a rig, a
    // drug or a storm is never given words.
    private static bool Speaks(string body, ActorMention mention) =>
        mention.End <= body.Length && (SpeechAfter().IsMatch(body.AsSpan(mention.End, Math.Min(80, body.Length - mention.End)))
        || SpeechBefore().IsMatch(body.AsSpan(Math.Max(0, mention.Start - 20), Math.Min(20, mention.Start))));

    [GeneratedRegex(@"^(?:,[^,.;""“”]{1,60},)?(?:['’]s)?\s+(?:(?:has|have|had|also|then|later|previously|earlier)\s+)?(?:said|says|told|announced|reported|confirmed|denied|declined|stated|added|warned|insisted|acknowledged|argued|spokes(?:man|woman|person|people|men|women))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\baccording to\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechBefore();
}
