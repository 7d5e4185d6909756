using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// A product (a drug, a rig, an aircraft, a phone, software, a stock index) does nothing in a story: it is no actor. News names
/// one by its model number ("Boeing 787"), by a head noun of its kind in the name ("the Vell Flu Vaccine") or after it ("the
/// Deepwater Horizon rig", "the Halden operating system"), by a noun of its kind before it ("the drug Tamiflu"), as a version of
/// another ("Lion, the new version of Mac OS X"), after a maker's intercapped brand ("the iPod Nano"), or by a name that goes on
/// from another product's ("Mac OS X Lion" where "Mac OS X" is one). Pure.
/// </summary>
internal static partial class ProductNames
{
    /// <summary>Whether the article names the actor as a product: by its name, or in at least a third of its mentions.</summary>
    public static bool IsProduct(string body, Actor actor, List<ResolvedMention> mentions)
    {
        if (actor.Kind is ActorKind.Country or ActorKind.Place) return false;
        var words = actor.Name.Split(' ');
        // "Boeing 787", "Corexit EC9527A": a maker's name and a model number.
        if (words.Length > 1 && ModelNumber().IsMatch(words[^1]) && !words.Any(NameShapes.IsOrganisationWord)) return true;
        // "the Vell Rapid Influenza Test", "the Nordic Flu Vaccine", "the Komatsu Home Test Kit": a name whose head is the kind of
        // thing it is names a product; a maker's name ends in its own word ("Vell Diagnostics").
        if (words.Length > 1 && ProductHeads.Contains(words[^1]) && !words.Any(NameShapes.IsOrganisationWord)) return true;
        if (mentions.Count == 0) return false;
        var person = actor.Kind == ActorKind.Person;
        var cued = mentions.Count(m => IsCued(body, m, person));
        // An owner is named before what it owns now and then ("the Transocean rig"); a product is named so time and again.
        return cued * 3 >= mentions.Count;
    }

    /// <summary>
    /// Whether the actor's name is another product's name and more words: "Mac OS X Lion" where "Mac OS X" is a product, "Vell 9
    /// Pro" where "Vell 9" is. A person's name never goes on from a product's.
    /// </summary>
    public static bool ExtendsProduct(Actor actor, IEnumerable<Actor> others, Func<Actor, bool> isProduct) =>
        actor.Kind is not (ActorKind.Country or ActorKind.Place) && actor.Role is null
        && others.Any(o => o.Id != actor.Id && actor.Name.Length > o.Name.Length + 1 && actor.Name.StartsWith(o.Name + " ", StringComparison.Ordinal) && isProduct(o));

    private static bool IsCued(string body, ResolvedMention m, bool person)
    {
        var before = ActorEvidence.Before(body, m.Mention.Start, 40);
        var after = ActorEvidence.After(body, m.Mention.End, 60);
        return ProductBefore().IsMatch(before) || ProductAfter().IsMatch(after) || VersionApposition().IsMatch(after)
            || (DeterminerBefore().IsMatch(before) && KindAfter().IsMatch(after))
            || IntercappedBrandBefore().IsMatch(before)
            || (!person && WorkApposition().IsMatch(after));
    }

    // "the sitcom The Office", "the documentary Coastlines", "a substance called Greenfix": a work or a material, which does nothing in a
    // story. Only before the name: after a person's name the noun is the person's ("a Lars Holm film").
    private const string WorkNouns = "sitcoms?|documentar(?:y|ies)|films?|movies?|novels?|albums?|songs?|musicals?|substances?|compounds?";

    // The head nouns of products named by their maker or their use, capitalised as a word of the name.
    private static readonly HashSet<string> ProductHeads = new(StringComparer.Ordinal)
    {
        "Test", "Tests", "Kit", "Kits", "Vaccine", "Vaccines", "Inhaler", "Tablets", "Capsules", "Preventer", "Analyzer", "Analyser",
    };

    private const string ProductNouns = "drugs?|medicines?|medications?|treatments?|antivirals?|vaccines?|pills?|tablets?|inhalers?|dispersants?|rigs?|vessels?|ships?|drillships?|tankers?|barges?|"
        + "aircraft|airliners?|jets?|planes?|helicopters?|cars?|trucks?|vehicles?|(?:smart)?phones?|handsets?|software|apps?|browsers?|consoles?|devices?";

    // Kinds of product a maker's name may also stand before ("Vell computers", "Komatsu chips"): they count only where a determiner or
    // a possessive stands before the name as well ("the Vell 9 operating system", "Komatsu's Halo widget"), as a maker's does not.
    private const string MadeThingNouns = "operating\\s+systems?|widgets?|computers?|laptops?|notebook\\s+computers?|processors?|microprocessors?|chips?|"
        + "music\\s+players?|media\\s+players?|video\\s+games?|satellites?|rockets?|spacecraft|missiles?|sedans?|SUVs?|minivans?";

    // "the drillship Discoverer Enterprise", "a third tanker, Helix Producer", "a floating rig called Q4000"; "10 million doses of
    // Vellamin", "stockpiles of Fjordex": a measure of matter comes before a substance or a good, never before a firm or a person.
    // "the newest version of Vell's Halden", "an upgrade of the Halden": what has versions is a product.
    // "a task manager named Tarn", "a feature called Halo": a piece of software named after its kind.
    [GeneratedRegex(@"(?:\b(?:versions?|editions?|upgrades?)\s+of\s+(?:(?:the|its|their)\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)?|\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:task\s+managers?|features?|applications?|utilit(?:y|ies))\s+(?:called|named)|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:" + ProductNouns + "|" + MadeThingNouns + "|" + WorkNouns + @")\s*(?:,|\s(?:called|named))?|\b(?:doses|courses|supplies|stocks|stockpiles|shipments|packs|boxes|bottles|vials|tonnes|barrels|gallons|litres|liters)\s+of(?:\s+the)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProductBefore();

    // "Harbour Lights, a documentary programme hosted by ...", "Coastlines, the radio series": an apposition that says the name is a
    // work; "Halvor Films, a film company" names its maker and "Ida Berg, a programme director" a person's post.
    [GeneratedRegex(@"^\s*,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:" + WorkNouns + @"|programmes?|programs?|shows?|series|serials?|podcasts?)\b(?!\s+(?:company|companies|firm|group|maker|makers|studio|studios|producer|producers|house|network|channel|distributor|label)\b|\s+[a-z]+(?:er|or|ist|ant|ent|man|woman|men|women|ers|ors|ists)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex WorkApposition();

    // "the Helix Producer containment vessel", "the Q4000 rig", "Boeing's passenger jets"; "Vellamin, which is used to treat flu":
    // what is used is a thing. "the Nikkei index", "the Dow Jones industrial average": a stock index is a figure, not one who acts.
    [GeneratedRegex(@"^\s*,\s+which\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?used\s+(?:to|for|in|against)\b|^\s+(?:(?:oil|drilling|offshore|antiviral|flu|swine flu|jet|passenger|cargo|containment|production|supply|support|research)\s+)*(?:" + ProductNouns + @")\b|^\s*,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:" + ProductNouns + @")\b|^\s+(?:(?:benchmark|stock|share|composite)\s+)?(?:index|indices|indexes)\b|^\s+(?:industrial|transportation|utility)\s+average\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProductAfter();

    // "Lion, the new version of Mac OS X", "Vell 10, the successor to": what is a version of something is a product.
    [GeneratedRegex(@"^\s*,\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}(?:version|model|edition|generation|successor|upgrade|release)\s+(?:of|to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VersionApposition();

    // A determiner or a possessive, then at most two lower-case words, before the name: "the", "Apple's forthcoming".
    [GeneratedRegex(@"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|['’]s)\s+(?:[a-z-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"^\s+(?:" + MadeThingNouns + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindAfter();

    // "the iPod Nano", "an iPhone Touch": a maker's intercapped brand right before the name makes it a model of that line.
    [GeneratedRegex(@"(?<![\w-])[a-z][A-Z][a-z]+\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntercappedBrandBefore();

    [GeneratedRegex(@"^(?:[A-Z]{0,3}-?\d+[A-Z0-9-]*|[A-Z]{1,3}\d+[A-Z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNumber();
}
