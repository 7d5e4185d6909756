using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Vell's said on Monday", "Ratings agencies Fitch and Vell's cut the rating", "Insurer Vell's of Aarhus": a firm whose name ends
/// in "'s" (a founder's name with its possessive: a ratings agency, an insurance market, a shop) is read as the name before it,
/// the "'s" cut off as a possessive. Where the article writes the name with its "'s" every time, and once where no possessive
/// stands (a verb of saying or rating after it, a clause's or a list's end, "of" and a place), the "'s" is the name's.
/// </summary>
internal static partial class PossessiveFirmNames
{
    /// <summary>The firm's full name with its "'s", or null when the article writes the name as it is.</summary>
    public static string? FullName(string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind != ActorKind.Organisation || mentions.Count == 0 || actor.Name.EndsWith('s') || NameShapes.IsAcronym(actor.Name.Split(' ')[^1])) return null;
        if (!mentions.TrueForAll(m => m.Mention.Text == actor.Name && Possessive().IsMatch(body.AsSpan(m.Mention.End)))) return null;
        return mentions.Exists(m => NoPossessive().IsMatch(body.AsSpan(m.Mention.End))) ? actor.Name + "'s" : null;
    }

    [GeneratedRegex(@"^ ?['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    // A possessive has a noun after it: "Vell's said", "Vell's downgraded", "Vell's, which rates", "Fitch and Vell's." have none.
    [GeneratedRegex(@"^ ?['’]s(?:\s*[,.;:)]|\s+(?:and|or|of(?=\s+[A-Z])|has|had|also|both|on(?=\s+[A-Z])|said|says|told|added|warned|downgraded|lowered|upgraded|raised|rates|rated|cut)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NoPossessive();
}
