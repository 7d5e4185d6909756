using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "BP's giant new Shah Deniz field", "Baghdad's Abu Ghraib prison", "the Vell Sund refinery": news names a site by writing its
/// name before the lower-case noun that says what kind of site it is, after a determiner, a possessive or a preposition of place.
/// A name written so is the site's, a place, however much its first word looks like a given name; a person is not named before
/// such a noun (their possessive is: "Holm's farm"). A name that has a person's marks anywhere in the article (a title, a
/// person noun in apposition) stays a person: "the Holm farm" where "Lars Holm, a farmer," is named. Pure.
/// </summary>
internal static partial class FacilityNames
{
    /// <summary>Whether a person-kind actor with no office is named before a site's noun in one of its mentions and never marked as a person.</summary>
    public static bool IsSite(Gazetteer gazetteer, string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind != ActorKind.Person || actor.Role is not null || mentions.Count == 0 || gazetteer.Find(actor.Name)?.Kind == ActorKind.Person) return false;
        if (ActorEvidence.HasPersonMarks(body, mentions)) return false;
        return mentions.Exists(m => SiteAfter().IsMatch(ActorEvidence.After(body, m.Mention.End, 20))
            && SiteBefore().IsMatch(ActorEvidence.Before(body, m.Mention.Start, 40)));
    }

    // The kinds of site a name is written before. Left out: "camp" and "base" (a politician's supporters, "the Holm camp"), "estate"
    // (what a dead person leaves), "rig" and "well" (a rig is a vessel, read as a product; "knew Holm well").
    [GeneratedRegex(@"^\s+(?:(?:oil|gas|natural\s+gas|oil\s+and\s+gas|offshore|nuclear|power|chemical|steel|coal|gold|copper|water|treatment|pig|hog|poultry|dairy)\s+)?(?:field|oilfield|gasfield|prison|jail|refinery|plant|mine|pipeline|terminal|reactor|dam|airport|farm|ranch|hospital|clinic|reservoir|smelter|shipyard|prospect)\b(?!['’])", RegexOptions.CultureInvariant)]
    private static partial Regex SiteAfter();

    // A determiner, a possessive or a preposition of place, then at most two lower-case words ("BP's giant new |Shah Deniz").
    [GeneratedRegex(@"(?:\b(?:the|a|an|its|their|our|his|her|at|in|from|near|to|into|outside|inside)|['’]s)\s+(?:[a-z][a-z-]*\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteBefore();
}
