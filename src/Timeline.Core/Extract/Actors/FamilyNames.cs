using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Undoes the gazetteer's guess that a given name or a family name many people bear ("Davis", "Valdez") is the one leader
/// so named, where the article neither names that leader in full nor the leader's country: the actor is then the name as
/// written, a person still, and the registry folds it into the one person other articles name so, if there is one.
/// </summary>
internal static class FamilyNames
{
    public static ArticleActors Unlink(string body, ArticleActors article)
    {
        var countries = article.Actors.Where(a => a.Kind == ActorKind.Country).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var byActor = article.Mentions.GroupBy(m => m.ActorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var renamed = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var ids = article.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in article.Actors.Where(a => a.Kind == ActorKind.Person))
        {
            var own = byActor.GetValueOrDefault(actor.Id) ?? [];
            if (own.Count == 0 || !own.TrueForAll(m => m.Mention.IsCommonFamilyName) || own.Select(m => m.Mention.Text).Distinct(StringComparer.Ordinal).Count() != 1) continue;
            if (body.Contains(actor.Name, StringComparison.Ordinal) || (actor.Country is { } country && countries.Contains(country))) continue;
            // "the Valdez", "the Valdez spill": a ship's or a thing's name, as a person's is never written.
            if (own.Exists(m => IsThingsName(body, m.Mention)))
            {
                dropped.Add(actor.Id);
                continue;
            }

            var text = own[0].Mention.Text;
            renamed[actor.Id] = new Actor { Id = Slug.Make(text), Name = text, Kind = ActorKind.Person, Role = actor.Role };
        }

        if (renamed.Count == 0 && dropped.Count == 0) return article;
        var actors = new List<Actor>();
        foreach (var actor in article.Actors.Where(a => !dropped.Contains(a.Id)))
        {
            // "Valdez" may already be an actor of the article (the Alaskan town): the mentions join it, of the kind it has.
            if (!renamed.TryGetValue(actor.Id, out var to)) actors.Add(actor);
            else if (!ids.Contains(to.Id) && !actors.Exists(a => a.Id == to.Id)) actors.Add(to);
        }

        return new ArticleActors
        {
            Actors = actors,
            Mentions = [.. article.Mentions.Where(m => !dropped.Contains(m.ActorId)).Select(m => renamed.TryGetValue(m.ActorId, out var to) ? m with { ActorId = to.Id } : m)],
        };
    }

    private static bool IsThingsName(string body, ActorMention mention) => mention.Start >= 4 && body.AsSpan(mention.Start - 4, 4) is "the " or "The ";
}
