namespace Timeline.Extract.Events;

/// <summary>
/// A disaster or an attack told with no one named as its agent: "A magnitude 7.0 earthquake struck Haiti", "A car bomb exploded in
/// central Baghdad", "Gunmen killed 12 people in Aarhus", "Hurricane Ada battered Aarhus". The noun phrase is headed by a noun of a
/// natural disaster, a fire, an explosion or an unnamed attacker, or opens with one before a storm's name; its verb is one of
/// impact (strike, kill, destroy, explode, shoot). What such a
/// thing did is a happening of the places it struck; said of the future ("is expected to hit") it is a forecast, and with no
/// place named it has no one a reader can follow. Pure.
/// </summary>
public static class Hazard
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock", "aftershocks", "tsunami", "hurricane", "typhoon", "cyclone",
        "storm", "storms", "tornado", "tornadoes", "flood", "floods", "flooding", "landslide", "landslides", "mudslide", "mudslides",
        "avalanche", "wildfire", "wildfires", "fire", "fires", "blaze", "eruption", "explosion", "explosions", "blast", "blasts",
        "bomb", "bombs", "bombing", "bombings", "bomber", "bombers", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
    };

    // A storm's name follows these: "Hurricane Ada", "Tropical Storm Ada", "Cyclone Ada".
    private static readonly HashSet<string> NamedStorms = new(StringComparer.Ordinal) { "Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical" };

    // Verbs of impact, their base forms and irregular past forms: what a disaster or a blast does to a place.
    private static readonly HashSet<string> ImpactVerbs = new(StringComparer.Ordinal)
    {
        "strike", "hit", "kill", "destroy", "devastate", "flatten", "damage", "flood", "sweep", "rock", "shake", "batter", "ravage",
        "explode", "erupt", "slam", "level", "engulf", "wreck", "injure", "wound", "inundate", "pound", "lash", "bury", "claim",
        "topple", "burn", "tear", "rip", "struck", "swept", "shook", "shaken", "tore", "torn", "burnt", "levelled", "blow", "blew", "blown", "shoot", "shot", "attack", "storm",
    };

    /// <summary>Whether the noun phrase's words name a disaster or an attack: its head, or the word before a storm's name.</summary>
    public static bool Heads(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        if (words.Count == 0) return false;
        if (Nouns.Contains(words[^1]) && tags[^1] is "NN" or "NNS" or "NNP") return true;
        var first = words[0] is "A" or "a" or "The" or "the" ? 1 : 0;
        return words.Count - first >= 2 && NamedStorms.Contains(words[first]) && tags[^1] == "NNP"
            && Enumerable.Range(first + 1, words.Count - first - 1).All(k => words[k] == "Storm" || (char.IsUpper(words[k][0]) && tags[k] == "NNP"));
    }

    /// <summary>
    /// Whether the phrase opening with this word refers to a disaster the reader knows already: a definite or possessive
    /// determiner ("The quake", "its blast") or a storm's name ("Hurricane Ada"), unlike "A quake", "Floods", "Two bombs".
    /// </summary>
    public static bool Known(string first, string tag) =>
        first.ToLowerInvariant() is "the" or "this" or "that" or "these" or "those" or "its" or "their" || tag is "PRP$" or "NNP";

    /// <summary>
    /// Whether the verb form ("struck", "exploded", "killing") tells what a disaster or a blast did to a place, or the event noun it
    /// takes does ("made landfall near Atlantic City": a storm reaching the coast).
    /// </summary>
    public static bool Strikes(string form, string? eventNoun = null) => VerbLemma.Candidates(form).Any(ImpactVerbs.Contains) || eventNoun is "landfall";
}
