using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>Runs <see cref="ActorEvidence"/> over a body whose every occurrence of each name is a mention of it, as the resolver would give them.</summary>
internal static class EvidenceCheck
{
    private static readonly ActorEvidence Evidence = new(Gazetteer.Default);

    /// <param name="oneSentence">Count every mention in the first sentence, whatever its full stops.</param>
    public static List<Actor> Kept(string body, IEnumerable<Actor> actors, bool oneSentence = false)
    {
        var list = actors.ToList();
        var article = new ArticleActors
        {
            Actors = list,
            Mentions = [.. list.SelectMany(a => Occurrences(body, a.Name).Select(start => new ResolvedMention
            {
                Mention = new ActorMention { Start = start, Text = a.Name, Kind = a.Kind, Name = a.Name },
                ActorId = a.Id,
                Sentence = oneSentence ? 0 : body[..start].Count(c => c == '.'),
            }))],
        };
        return Evidence.Check(body, article).Actors;
    }

    public static List<(string Name, ActorKind Kind)> Kept(string body, params (string Name, ActorKind Kind)[] actors) =>
        [.. Kept(body, actors.Select(a => new Actor { Id = a.Name, Name = a.Name, Kind = a.Kind })).Select(a => (a.Name, a.Kind))];

    private static IEnumerable<int> Occurrences(string body, string name)
    {
        for (var i = body.IndexOf(name, StringComparison.Ordinal); i >= 0; i = body.IndexOf(name, i + 1, StringComparison.Ordinal)) yield return i;
    }
}
