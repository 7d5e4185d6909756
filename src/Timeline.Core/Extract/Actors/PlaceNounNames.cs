using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "the town of Vellmar", "its ports of Halvik Sund and Orm Bay", "the villages of Aska, Brekke and Lund": news names a place after
/// the lower-case noun that says what kind of place it is, and a plural noun's list names one place of that kind in each of its
/// names; so does one "including" or "such as" brings in after a plural place noun ("its fields in the Gulf, including Thunder
/// Horse and Mad Dog"). Whatever a name's words made of it (a person, a firm), it is a place there. A country stays a country, a person with a
/// title a person, and a body's name its body ("the city of Vell Water Board").
/// </summary>
internal static partial class PlaceNounNames
{
    public static List<ActorMention> Read(string sentence, int offset, List<ActorMention> mentions)
    {
        List<ActorMention>? read = null;
        var listed = false;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var start = mention.Start - offset;
            if (start < 0 || start > sentence.Length) continue;
            var before = sentence[Math.Max(0, start - Reach)..start];
            var named = PlaceNounBefore().Match(before) is { Success: true } of ? of : PlacesIncludingBefore().Match(before);
            var inList = listed && k > 0 && ListJoin().IsMatch(Between(sentence, offset, mentions[k - 1], mention));
            listed = (named.Success && named.Groups["plural"].Success) || (inList && IsRetypable(mention));
            if (!(named.Success || inList) || !IsRetypable(mention)) continue;
            read ??= [.. mentions];
            read[k] = mention with { Kind = ActorKind.Place, Role = null, Country = null, IsPartial = false, StandsAlone = false, IsCommonFamilyName = false };
        }

        return read ?? mentions;
    }

    private const int Reach = 40;

    /// <summary>Whether the text puts a place noun and "of" right before <paramref name="start"/> ("the town of |Vellmar").</summary>
    public static bool FollowsPlaceNoun(string text, int start) =>
        start >= 0 && start <= text.Length && PlaceNounBefore().IsMatch(text.AsSpan(Math.Max(0, start - Reach), Math.Min(Reach, start)));

    private static bool IsRetypable(ActorMention mention) =>
        mention.Kind is ActorKind.Person or ActorKind.Organisation or ActorKind.Place && !mention.IsDemonym && mention.Role is null
        && !mention.Name.Split(' ').Any(NameShapes.IsOrganisationWord);

    private static string Between(string sentence, int offset, ActorMention previous, ActorMention mention)
    {
        var (from, to) = (previous.End - offset, mention.Start - offset);
        return from >= 0 && from <= to && to <= sentence.Length ? sentence[from..to] : "";
    }

    // The noun right before "of" (and an optional "the"), at the end of the text before the name.
    [GeneratedRegex(@"\b(?:(?:town|village|port|island|province|county|region|district|parish|suburb|hamlet|borough|township|prefecture)(?<plural>s)?|cit(?:y|(?<plural>ies))|municipalit(?<plural>ies))\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNounBefore();

    // A plural place noun, a few words that say where ("its fields in the Gulf"), then "including" or "such as": the list names
    // places of that kind ("its fields in the Gulf, including Thunder Horse and Mad Dog", "towns such as Vellmar and Halvik").
    [GeneratedRegex(@"\b(?:fields|oilfields|ports|towns|villages|islands|provinces|counties|regions|districts|suburbs|cities|municipalities)\b(?<plural>)[^.;:!?""“”()]{0,25}?,?\s+(?:including|such\s+as)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacesIncludingBefore();

    // ", ", " and ", ", and ": the words between two names of one list.
    [GeneratedRegex(@"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoin();
}
