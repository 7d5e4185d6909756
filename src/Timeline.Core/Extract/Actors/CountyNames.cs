using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "a girl in Oxfordshire", "Eton College in Berkshire", "cases in Newcastle, Oxfordshire, Devon": a name ending in "-shire" is a
/// county of Britain (or one named after it, "New Hampshire"), and where the text puts it as a place, after a preposition of place
/// or among places, it is one, whatever an entity model made of it. Elsewhere it may be a county's team ("Yorkshire beat
/// Lancashire by six wickets") and is left as read; so is a longer name that goes on past the county ("Oxfordshire County
/// Council", "Berkshire Hathaway") and a person.
/// </summary>
internal static partial class CountyNames
{
    // Words a county's name may open with: "North Yorkshire", "South Gloucestershire", "New Hampshire".
    private static readonly HashSet<string> Quarters = new(StringComparer.Ordinal) { "North", "South", "East", "West", "New" };

    public static List<ActorMention> Read(string sentence, int offset, List<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        List<ActorMention>? read = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Kind is ActorKind.Place or ActorKind.Country or ActorKind.Person || mention.IsDemonym || !IsCounty(mention.Text)) continue;
            var start = mention.Start - offset;
            if (start < 0 || start > sentence.Length) continue;
            if (!PlacePrepositionBefore().IsMatch(sentence.AsSpan(0, start)) && !AmongPlaces(sentence, offset, mentions, k)) continue;
            read ??= [.. mentions];
            read[k] = mention with { Kind = ActorKind.Place, Role = null, IsPartial = false, StandsAlone = false, IsCommonFamilyName = false };
        }

        return read ?? mentions;
    }

    /// <summary>Whether a name is a county's: one word ending in "-shire" ("Berkshire"), or that word after a quarter ("North Yorkshire").</summary>
    public static bool IsCounty(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ');
        var county = words[^1];
        return words.Length <= 2 && (words.Length == 1 || Quarters.Contains(words[0]))
            && county.Length > 5 && char.IsUpper(county[0]) && county.EndsWith("shire", StringComparison.Ordinal) && county[1..].All(char.IsLower);
    }

    // "Newcastle, Oxfordshire, Devon": a place right before or after it, a comma or "and" between.
    private static bool AmongPlaces(string sentence, int offset, List<ActorMention> mentions, int k)
    {
        bool Joined(ActorMention left, ActorMention right)
        {
            var (from, to) = (left.End - offset, right.Start - offset);
            return from >= 0 && to <= sentence.Length && from <= to && ListJoinRegex().IsMatch(sentence.AsSpan(from, to - from));
        }

        return (k > 0 && mentions[k - 1].Kind == ActorKind.Place && Joined(mentions[k - 1], mentions[k]))
            || (k + 1 < mentions.Count && mentions[k + 1].Kind == ActorKind.Place && Joined(mentions[k], mentions[k + 1]));
    }

    [GeneratedRegex(@"\b(?:in|from|near|across|throughout|around|outside)\s+$")]
    private static partial Regex PlacePrepositionBefore();

    [GeneratedRegex(@"^\s*(?:,|,?\s+and|,?\s+or)\s*$")]
    private static partial Regex ListJoinRegex();
}
