using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "US$75m", "US $75m", "HK$5bn": a country's initials against a dollar sign say which dollar a sum is in; the country takes
/// no part in what the sentence tells. Pure.
/// </summary>
internal static partial class CurrencyPrefixes
{
    /// <summary>The mentions without those that only qualify a sum's currency.</summary>
    public static List<ActorMention> Drop(string sentence, int offset, List<ActorMention> mentions) =>
        mentions.FindAll(m => !IsCurrencyPrefix(sentence, offset, m));

    private static bool IsCurrencyPrefix(string sentence, int offset, ActorMention mention)
    {
        var end = mention.End - offset;
        return mention.Kind == ActorKind.Country && NameShapes.IsAcronym(mention.Text) && end >= 0 && end < sentence.Length
            && DollarAfterRegex().IsMatch(sentence.AsSpan(end));
    }

    [GeneratedRegex(@"^ ?\$\s?\d")]
    private static partial Regex DollarAfterRegex();
}
