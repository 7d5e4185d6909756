using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Finds a website named only as the place where things are put: "a video posted on Vidstream", "clips uploaded to Vidstream",
/// "the charity's Picbox page", "the photo-sharing site Picbox". A site so named is a medium, not an actor; what its owner does
/// ("Vidstream said", "Vidstream removed the clip") names it as a firm, and then it stays.
/// </summary>
internal static partial class WebsiteVenues
{
    /// <summary>Whether every mention of the organisation names a website as where something is posted, watched or followed.</summary>
    public static bool IsVenue(string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind != ActorKind.Organisation || mentions.Count == 0) return false;
        return mentions.TrueForAll(m => VenueBefore().IsMatch(ActorEvidence.Before(body, m.Mention.Start, 60)) || VenueAfter().IsMatch(ActorEvidence.After(body, m.Mention.End, 30)));
    }

    // "posted on", "a video circulating on", "uploaded to", "submissions via", "available on its", "hits on": putting or finding
    // something on a site, the site after a preposition (and perhaps its owner's possessive); "the video-sharing site", "the network".
    [GeneratedRegex(@"(?:\b(?:posted|uploaded|put|shared|published|circulating|circulated|streamed|available|shown|viewed|watched|seen|hits|views|followers|submissions|videos?|clips?|photos?|pictures?|footage)\b[^.!?\n]{0,30}?\b(?:on|onto|to|via)\s+(?:(?:its|their|our|his|her|the|[\w.-]+['’]s?)\s+)?|\b(?:site|website|network)\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VenueBefore();

    // "Vidstream channel", "Picbox page", "Picbox group", "Chirper account": a site's page, group or account, named by the site.
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:channel|page|account|feed|group|site|photostream|profile|video|videos|clip|clips|users?|followers|fans)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VenueAfter();
}
