using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "GM, Chrysler, Toyota, Goldman Sachs and Citibank": a list joins names of one kind, so a name listed among organisations (two or
/// more, with commas, "and" or "or" between and nothing else; no place, no country) is an organisation too, though it looks like a
/// town's ("Toyota") or a person's ("Goldman Sachs"). A name opening with a given name is a person's, whatever the commas around it
/// ("his grandfather, John Vell, Police Constable"; "Exxon, Shell or Chevron, Alex Vell said"): the caller leaves it be.
/// </summary>
internal sealed partial class FirmLists(ArticleActors article)
{
    // Built once an article, on the first name asked about: every mention in reading order, and each actor's kind.
    private readonly Lazy<List<ResolvedMention>> _ordered = new(() => [.. article.Mentions.OrderBy(m => m.Mention.Start)]);
    private readonly Lazy<Dictionary<string, ActorKind>> _kinds = new(() => article.Actors.ToDictionary(a => a.Id, a => a.Kind, StringComparer.Ordinal));

    /// <summary>Whether a mention of the actor stands in a list whose other names are all organisations, at least two of them.</summary>
    public bool IsListedAmongFirms(string body, Actor actor, IReadOnlyList<ResolvedMention> own)
    {
        var (all, kinds) = (_ordered.Value, _kinds.Value);
        foreach (var m in own)
        {
            var at = all.FindIndex(x => x.Mention.Start == m.Mention.Start && x.ActorId == m.ActorId);
            if (at < 0) continue;
            var others = new List<ResolvedMention>();
            for (var k = at - 1; k >= 0 && Joined(body, all[k].Mention.End, all[k + 1].Mention.Start); k--) others.Add(all[k]);
            for (var k = at + 1; k < all.Count && Joined(body, all[k - 1].Mention.End, all[k].Mention.Start); k++) others.Add(all[k]);
            // One other name may be read as a person's as this one is ("Toyota, Goldman Sachs and Citibank"); a place or a country never.
            var firms = others.Count(o => o.ActorId != actor.Id && kinds.GetValueOrDefault(o.ActorId) == ActorKind.Organisation);
            var people = others.Count(o => o.ActorId != actor.Id && kinds.GetValueOrDefault(o.ActorId) == ActorKind.Person && o.Mention.Role is null);
            if (firms >= 2 && people <= 1 && firms + people == others.Count) return true;
        }

        return false;
    }

    private static bool Joined(string body, int end, int start) =>
        end <= start && start - end <= 6 && ListJoint().IsMatch(body.AsSpan(end, start - end));

    [GeneratedRegex(@"^(?:,\s*|,?\s+(?:and|or)\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoint();
}
