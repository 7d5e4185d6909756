using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "An Asiana Airlines Boeing 777 crashed", "a Qantas Airbus A380 made an emergency landing": news names a craft by the operator
/// that flies it, then its maker and model number. Written together, the operator's name runs on into the maker's; the run is two
/// names, the operator's and the maker's, not one body called "Asiana Airlines Boeing". The maker is a listed company, or the name
/// after the head word that ends an operator's name ("Airlines", "Airways"); the model number right after the run ("777", "A380",
/// "747-400") says a craft is named. One name alone between an article and such a craft ("a Qantas Airbus A380") is its operator,
/// a body. Pure.
/// </summary>
internal static partial class OperatorsCraft
{
    // The head words that end an operator's name: "Asiana Airlines", "British Airways", "Delta Air Lines", "Greyhound Lines".
    private static readonly HashSet<string> OperatorHeads = new(StringComparer.Ordinal) { "Airlines", "Airways", "Lines", "Airline", "Aviation", "Air" };

    /// <summary>The mentions, with each run of an operator's and a maker's name before a model number read as the two names.</summary>
    public static List<ActorMention> Split(Gazetteer gazetteer, string sentence, int offset, List<ActorMention> mentions)
    {
        var split = MentionParts.Split(mentions, mention => Parts(gazetteer, sentence, offset, mention));
        List<ActorMention> read = ReferenceEquals(split, mentions) ? [.. mentions] : split;
        // "a Qantas Airbus A380": one name between an article and the maker of a numbered craft is the craft's operator, a body,
        // whatever its shape alone suggested.
        for (var k = 0; k + 1 < read.Count; k++)
        {
            var (name, craft) = (read[k], read[k + 1]);
            var start = name.Start - offset;
            if (name.Kind is not (ActorKind.Person or ActorKind.Organisation) || name.Name != name.Text || name.Text.Contains(' ', StringComparison.Ordinal)
                || name.Role is not null || craft.Start != name.Start + name.Text.Length + 1 || start < 0 || !ArticleBefore().IsMatch(sentence.AsSpan(0, start))
                || !IsCraft(gazetteer, sentence, offset, craft)) continue;
            read[k] = name with { Kind = ActorKind.Organisation };
        }

        return read;
    }

    // "Airbus A380", or "Boeing" with " 777" after it: a listed maker and a model number.
    private static bool IsCraft(Gazetteer gazetteer, string sentence, int offset, ActorMention craft)
    {
        var words = craft.Text.Split(' ');
        if (!gazetteer.IsListedCompany(words[0])) return false;
        if (words.Length == 2 && ModelNumberAfter().IsMatch(" " + words[1])) return true;
        var end = craft.Start - offset + craft.Text.Length;
        return words.Length == 1 && end >= 0 && end <= sentence.Length && ModelNumberAfter().IsMatch(sentence.AsSpan(end));
    }

    private static ActorMention[]? Parts(Gazetteer gazetteer, string sentence, int offset, ActorMention mention)
    {
        if (mention.Kind != ActorKind.Organisation || mention.Name != mention.Text) return null;
        var end = mention.Start - offset + mention.Text.Length;
        if (end < 0 || end > sentence.Length || !ModelNumberAfter().IsMatch(sentence.AsSpan(end))) return null;
        var words = mention.Text.Split(' ');
        if (words.Length < 2) return null;
        // The maker: the longest listed company that ends the run, else the one word after an operator's head word.
        var makerWords = Enumerable.Range(1, Math.Min(2, words.Length - 1)).Reverse()
            .FirstOrDefault(n => gazetteer.IsListedCompany(string.Join(' ', words[^n..])), 0);
        if (makerWords == 0 && words.Length >= 3 && OperatorHeads.Contains(words[^2]) && NameShapes.IsCapitalised(words[^1])) makerWords = 1;
        if (makerWords == 0) return null;
        var operatorName = string.Join(' ', words[..^makerWords]);
        var maker = string.Join(' ', words[^makerWords..]);
        if (!words[..^makerWords].All(NameShapes.IsCapitalised)) return null;
        return
        [
            mention with { Text = operatorName, Name = operatorName },
            mention with { Start = mention.Start + operatorName.Length + 1, Text = maker, Name = maker },
        ];
    }

    [GeneratedRegex(@"\b(?:a|an|the|A|An|The)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBefore();

    // " 777", " A380", " 747-400", " A320neo", " MD-11": a model number right after the run; not a year ("in 2009").
    [GeneratedRegex(@"^\s+(?:[A-Z]{1,3}-?)?(?!(?:19|20)\d\d\b)\d{2,4}(?:-\d{1,3})?(?:[A-Za-z]{1,3})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNumberAfter();
}
