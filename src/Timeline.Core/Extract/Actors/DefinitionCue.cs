using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Reads what a sentence says a name is: "Bilka is a Danish chain of hypermarkets", "Nyrstar, a Belgian
/// zinc producer,", "Korn are an American band". The head noun of the phrase after the name gives its kind.
/// </summary>
internal sealed class DefinitionCue(Gazetteer gazetteer)
{
    private static readonly Dictionary<string, ActorKind> HeadNouns = Build(
        (ActorKind.Organisation, "band group company corporation firm manufacturer maker producer retailer chain label club team newspaper magazine "
            + "broadcaster network station channel party organisation organization agency charity university college school airline brand publisher "
            + "developer studio bank supermarket union association society orchestra choir ensemble duo trio quartet outfit franchise league operator "
            + "provider carrier conglomerate subsidiary startup insurer lender carmaker automaker planemaker chipmaker drugmaker steelmaker shipbuilder refiner giant hospital museum foundation institute tabloid daily weekly"),
        (ActorKind.Place, "city town village river lake mountain island county district region province state country suburb neighbourhood neighborhood "
            + "municipality commune parish settlement hamlet peninsula valley area capital port borough township sea bay desert archipelago"),
        (ActorKind.Person, "singer actor actress politician player footballer writer author poet novelist musician artist painter composer guitarist "
            + "drummer bassist rapper journalist businessman businesswoman scientist physicist chemist biologist engineer lawyer boxer athlete cyclist "
            + "swimmer priest soldier officer architect photographer comedian philosopher historian economist diplomat entrepreneur model dancer "
            + "pianist violinist director presenter mathematician astronomer inventor explorer lawmaker senator activist playwright "
            + "novelist screenwriter songwriter vocalist saxophonist cellist conductor sculptor designer sociologist psychologist "
            + "physician surgeon nurse teacher professor scholar theologian monk nun king queen prince princess emperor empress noble nobleman "
            + "aristocrat statesman minister bishop cardinal pope chef manager executive investor banker producer-director wrestler golfer "
            + "cricketer pitcher quarterback striker midfielder defender goalkeeper jockey racer driver skier sprinter runner"));

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "was", "are", "were", "," };

    /// <summary>The kind the words after a name say it is, or null when they say nothing of the sort.</summary>
    public ActorKind? After(List<TextSpan> tokens, int next)
    {
        var k = next;
        if (k < tokens.Count && tokens[k].Text == "(")
        {
            // "Agnieszka Baranowska (1819 - 1890)", "Angelo Fresquet (born December 16, 1973)": a life's dates.
            if (k + 2 < tokens.Count && (tokens[k + 1].Text is "born" or "b." || (IsYear(tokens[k + 1].Text) && tokens[k + 2].Text is "-" or "–" or "—"))) return ActorKind.Person;

            while (k < tokens.Count && tokens[k].Text != ")") k++;
            k++;
        }

        var last = tokens[next - 1].Text;
        if (k < tokens.Count && !last.Contains('-') && !gazetteer.IsOrdinaryOrAdjective(last) && HeadNounAfter(tokens, k) is { } head) return head;
        if (k + 1 >= tokens.Count || !Copulas.Contains(tokens[k].Text) || tokens[k + 1].Text is not ("a" or "an" or "the")) return null;
        ActorKind? kind = null;
        for (k += 2; k < tokens.Count && k < next + 12; k++)
        {
            var word = tokens[k].Text;
            var demonym = gazetteer.Find(word) is { IsDemonym: true };
            if (!demonym && !word.All(c => char.IsLower(c) || c == '-')) break;
            if (!demonym && gazetteer.CommonWords.Contains(word)) break;
            if (HeadNouns.TryGetValue(word, out var found)) kind = found;
        }

        return kind;
    }

    // "Interfax news agency", "the Erez crossing", "the Drava river": a lower-case head noun right after the name.
    private static ActorKind? HeadNounAfter(List<TextSpan> tokens, int k)
    {
        for (var n = 0; n < 2 && k + n < tokens.Count; n++)
        {
            var word = tokens[k + n].Text;
            if (!word.All(char.IsLower)) return null;
            if (FollowingNouns.TryGetValue(word, out var kind)) return kind;
        }

        return null;
    }

    /// <summary>
    /// The kind the noun right before a name says it is: "the Italian carmaker Fiat", "the oil giant BP", "lender Vell Bank". News
    /// names a firm with its trade before it, as a title goes before a person's name; a lowercase noun of a trade or of bodies,
    /// with nothing between it and the name, is such an apposition. Null when none stands there.
    /// </summary>
    public ActorKind? Before(List<TextSpan> tokens, int start, int length)
    {
        if (start < 1 || start >= tokens.Count) return null;
        var word = tokens[start - 1].Text;
        // "the Italian car maker Fiat": the trade written as two words is the trade all the same.
        var compound = word is "maker" or "manufacturer" && start >= 2 && MadeGoods.Contains(tokens[start - 2].Text);
        if (!word.All(char.IsLower) || !(PrecedingNouns.Contains(word) || compound)) return null;
        // "the company Lars Holm founded" tells what the person did for the company: a given name opens no firm's name here.
        return length > 1 && gazetteer.GivenNames.Contains(tokens[start].Text) ? null : ActorKind.Organisation;
    }

    /// <summary>
    /// Whether a name at the start of a sentence is set off as a firm by an apposition of its trade right after it: "Fiat, the
    /// Italian carmaker, agreed", "Vell, the Danish maker of planes and trains, launched". The trade must head a phrase closed by a
    /// second comma, so that "Meanwhile, the company said" is no apposition.
    /// </summary>
    public bool TradeAfter(List<TextSpan> tokens, int next)
    {
        if (next + 3 >= tokens.Count || tokens[next].Text != "," || tokens[next + 1].Text is not ("the" or "a" or "an")) return false;
        var trade = false;
        for (var k = next + 2; k < tokens.Count && k < next + 12; k++)
        {
            var word = tokens[k].Text;
            if (word == ",") return trade;
            if (PrecedingNouns.Contains(word) || word is "maker" or "makers" or "company" or "firm" or "group" or "producer" or "builder") trade = true;
            else if (!(word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && (word.All(c => char.IsLower(c) || c is '-') || gazetteer.Find(word) is { IsDemonym: true } || word is "of" or "and" or "'s" or "’s")))
                return false;
        }

        return false;
    }

    // Nouns of trades and bodies that stand before a firm's name as its title: "carmaker Fiat", "lender Vell Bank". Not the trades a
    // person may have ("broadcaster", "publisher", "miner", "contractor", "film maker") nor "rival", said of people as much.
    private static readonly HashSet<string> PrecedingNouns = new(StringComparer.Ordinal)
    {
        "carmaker", "automaker", "planemaker", "chipmaker", "drugmaker", "steelmaker", "shipbuilder", "manufacturer", "airline", "bank", "lender",
        "insurer", "reinsurer", "retailer", "supermarket", "grocer", "conglomerate", "firm", "company", "giant", "subsidiary", "refiner",
    };

    // Goods whose makers news names by them, as one word or two: "car maker", "aircraft maker", "chip manufacturer". A "film maker",
    // a "policy maker" or a "peace maker" is a person.
    private static readonly HashSet<string> MadeGoods = new(StringComparer.Ordinal)
    {
        "car", "auto", "aircraft", "plane", "jet", "chip", "drug", "steel", "truck", "tyre", "tire", "phone", "handset", "computer", "software", "toy",
    };

    private static readonly Dictionary<string, ActorKind> FollowingNouns = Build(
        (ActorKind.Organisation, "agency newspaper daily weekly magazine airline airlines bank group company corporation firm club band label "
            + "network channel broadcaster party"),
        (ActorKind.Place, "river province region district valley crossing airport county prefecture oblast governorate municipality"));

    private static bool IsYear(string token) => token.Length is 3 or 4 && token.All(char.IsDigit);

    private static Dictionary<string, ActorKind> Build(params (ActorKind Kind, string Words)[] lists)
    {
        var nouns = new Dictionary<string, ActorKind>(StringComparer.Ordinal);
        foreach (var (kind, words) in lists)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) nouns.TryAdd(word, kind);
        }

        return nouns;
    }
}
