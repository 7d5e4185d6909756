using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// The person an office stands for: "the prime minister", "the chief executive", "the president" after the article has named
/// "Prime Minister Lars Holm" or "Ida Berg, Maersk's chief executive". News names a person once with the office and then often
/// by the office alone. The phrase means that person only when the article names exactly one person with that office: "the
/// president" in a story that names two presidents is no one the timeline can follow, and "the minister" is not the health
/// minister's name unless the article writes it so. Pure.
/// </summary>
internal static class RoleHolder
{
    /// <summary>
    /// The id of the one person of <paramref name="actors"/> whose office is <paramref name="words"/> from
    /// <paramref name="start"/> to <paramref name="end"/> ("the" and the office's words), or null.
    /// </summary>
    public static string? Find(IReadOnlyList<string> words, int start, int end, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(actors);
        if (end - start is < 2 or > 4 || start < 0 || end > words.Count || !words[start].Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        // Words of letters only: "the prime minister", "the Prime Minister", "the vice-president"; a figure or a quotation mark
        // makes another phrase.
        if (words.Skip(start + 1).Take(end - start - 1).Any(w => w.Length == 0 || !w.All(c => char.IsLetter(c) || c == '-'))) return null;
        var officeWords = words.Skip(start + 1).Take(end - start - 1).ToList();
        // "the US president", "the Danish prime minister": a country's name or demonym before the office says whose office it is;
        // the holder must be of that country when the article gives theirs.
        string? country = null;
        if (officeWords.Count >= 2 && Gazetteer.Default.Find(officeWords[0]) is { Kind: ActorKind.Country } nation)
        {
            country = nation.Name;
            officeWords.RemoveAt(0);
        }

        return Holder(country, officeWords, actors);
    }

    /// <summary>
    /// The id of the one person of <paramref name="actors"/> who holds the office <paramref name="officeWords"/> of
    /// <paramref name="country"/> ("the US president", with the country's registry name), or null.
    /// </summary>
    public static string? OfCountry(string country, IReadOnlyList<string> officeWords, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(officeWords);
        ArgumentNullException.ThrowIfNull(actors);
        return officeWords.Count is >= 1 and <= 2 && officeWords.All(w => w.Length > 0 && w.All(c => char.IsLetter(c) || c == '-'))
            ? Holder(country, officeWords, actors)
            : null;
    }

    /// <summary>Whether <paramref name="word"/> ends the name of an office one person holds ("president", "minister").</summary>
    public static bool IsOfficeHead(string word) => OfficeHeads.Contains(word);

    private static string? Holder(string? country, IReadOnlyList<string> officeWords, IReadOnlyDictionary<string, Actor> actors)
    {
        var office = Office(string.Join(' ', officeWords));
        if (office is null) return null;
        var holders = actors.Values.Where(a => a.Kind == ActorKind.Person && a.Role is { } role && Office(role) == office
            && (country is null || a.Country is null || a.Country == country)).Take(2).ToList();
        return holders.Count == 1 ? holders[0].Id : null;
    }

    /// <summary>
    /// The people named by an office between <paramref name="from"/> and <paramref name="to"/>: "presented the prime minister
    /// with a box set". An office of another body or thing ("the president of the club", "the chief executive's pay") is not
    /// read, nor one a name goes on to give ("the prime minister, Lars Holm", "the prime minister Lars Holm"), which the name says.
    /// </summary>
    public static IEnumerable<string> Within(IReadOnlyList<string> words, int from, int to, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var k = Math.Max(0, from); k < Math.Min(to, words.Count); k++)
        {
            if (!words[k].Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            for (var end = Math.Min(k + 4, to); end >= k + 2; end--)
            {
                if (!OfficeHeads.Contains(words[end - 1]) || (end < words.Count && Continues(words[end]))) continue;
                if (Find(words, k, end, actors) is { } id) yield return id;
                break;
            }
        }
    }

    // What after an office makes it another's or a name's: "'s", "of", a capitalised word, a comma before a name.
    internal static bool Continues(string next) => next is "'s" or "’s" or "of" or "," || (next.Length > 0 && char.IsUpper(next[0]));

    // One spelling for the ways news writes an office: "CEO" and "chief executive officer" are the chief executive, "PM" the
    // prime minister.
    private static string? Office(string text)
    {
        var lower = text.Trim().ToLowerInvariant().Replace('-', ' ');
        lower = lower switch
        {
            "ceo" or "chief executive officer" => "chief executive",
            "pm" => "prime minister",
            _ => lower,
        };
        return lower.Length > 0 && OfficeHeads.Contains(lower.Split(' ')[^1]) ? lower : null;
    }

    // Heads of the offices one person holds. Plural or group words ("officials", "board") never name one person.
    private static readonly HashSet<string> OfficeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "executive", "ceo", "pm", "chairman", "chairwoman", "chair", "secretary", "governor", "mayor",
        "premier", "chancellor", "ambassador", "envoy", "general", "commissioner", "director", "spokesman", "spokeswoman",
        "senator", "congressman", "congresswoman", "admiral", "commander", "judge", "king", "queen", "prince", "princess", "pope",
        "speaker", "leader", "officer", "administrator", "coroner", "sheriff", "attorney",
    };
}
