using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Who a family name alone stands for where the article names several of a family. News names a relative by the kinship
/// that ties them to the one the story is about ("his father, Joe Vang", "Vang's father Joe", "Joe Vang, the singer's father")
/// and names that one by the relatives it mentions ("Erik Vang's father"); the bare "Vang" of such a story is the one it is
/// about, not the relative.
/// </summary>
internal sealed partial class Relatives
{
    private readonly HashSet<string> _relatives;
    private readonly HashSet<string> _centres;

    private Relatives(HashSet<string> relatives, HashSet<string> centres)
    {
        _relatives = relatives;
        _centres = centres;
    }

    public static Relatives None { get; } = new([], []);

    /// <summary>Reads the kinship around each person's name in <paramref name="body"/>; <paramref name="fullNames"/> are the article's full names of people.</summary>
    public static Relatives Find(string body, IReadOnlyList<List<ActorMention>> sentences, IReadOnlyCollection<string> fullNames)
    {
        var relatives = new HashSet<string>(StringComparer.Ordinal);
        var centres = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in sentences.SelectMany(s => s).Where(m => m.Kind == ActorKind.Person && m.End <= body.Length))
        {
            var before = body.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start));
            var after = body.AsSpan(mention.End, Math.Min(60, body.Length - mention.End));
            if (!mention.IsPartial)
            {
                if (KinBefore().IsMatch(before) || KinAfter().IsMatch(after)) relatives.Add(mention.Name);
                else if (OwnKin().IsMatch(after)) centres.Add(mention.Name);
            }
            else if (KinBefore().IsMatch(before))
            {
                // "Vang's father Joe": the given name, of the one full name it opens.
                var opened = fullNames.Where(f => f.StartsWith(mention.Text + " ", StringComparison.Ordinal)).Take(2).ToList();
                if (opened.Count == 1) relatives.Add(opened[0]);
            }
        }

        // Named both ways ("Erik Vang's father" and "his son, Erik Vang"), a person is neither.
        relatives.IntersectWith(fullNames);
        var both = relatives.Intersect(centres, StringComparer.Ordinal).ToList();
        relatives.ExceptWith(both);
        centres.ExceptWith(both);
        return relatives.Count == 0 && centres.Count == 0 ? None : new Relatives(relatives, centres);
    }

    /// <summary>
    /// Of the people a family name fits, those it can stand for: the relatives go where someone else fits, and where one of the
    /// rest is named by their relatives, that one, unless the article named another of the rest before it: "a tribute to Michael
    /// Jackson ... 3T, which consists of Tito Jackson's three sons ... Jackson died in June 2009" is about the one named first, and
    /// names Tito's sons by him only to say whose they are. <paramref name="introduced"/> gives the sentence each full name is first written in.
    /// </summary>
    public List<string> Narrow(List<string> fits, IReadOnlyDictionary<string, int> introduced)
    {
        if (fits.Count < 2) return fits;
        var kept = fits.Where(f => !_relatives.Contains(f)).ToList();
        if (kept.Count == 0) return fits;
        var centres = kept.Where(_centres.Contains).ToList();
        return centres.Count == 1 && !kept.Exists(f => introduced[f] < introduced[centres[0]]) ? centres : kept;
    }

    private const string Possessive = @"(?:['’]s|['’])";

    private const string Kin = @"(?:father|mother|son|daughter|brother|sister|wife|husband|widow|widower|cousin|uncle|aunt|nephew|niece|"
        + @"grandfather|grandmother|grandson|granddaughter|stepfather|stepmother|stepson|stepdaughter|half-brother|half-sister|ex-wife|ex-husband|"
        + @"fiancée?|twin|sons|daughters|brothers|sisters|parents|children)";

    // "his father Joe Vang", "Vang's father, Joe Vang", "her late husband Erik Vang": the kinship right before the name.
    [GeneratedRegex(@"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*" + Possessive + @"|[Tt]he\s+(?:\w+\s+)?\w+" + Possessive + @")\s+(?:late\s+|elder\s+|older\s+|younger\s+|eldest\s+|youngest\s+)?" + Kin + @",?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex KinBefore();

    // "Joe Vang, the singer's father,", "Ida Vang, his widow": the kinship in apposition after the name.
    [GeneratedRegex(@"^,\s+(?:his|her|their|the\s+(?:\w+\s+)?\w+" + Possessive + @"|[A-Z][\w.-]*" + Possessive + @")\s+(?:late\s+|elder\s+|older\s+|younger\s+|eldest\s+|youngest\s+)?" + Kin + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex KinAfter();

    // "Erik Vang's father", "Erik Vang's three children": the one the relatives are named by.
    [GeneratedRegex(@"^" + Possessive + @"\s+(?:(?:late|elder|older|younger|eldest|youngest|two|three|four|five|six|seven|eight|nine|ten)\s+)?" + Kin + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnKin();
}
