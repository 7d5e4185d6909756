using Timeline.Extract.Actors.Ner;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Combines the entity model with the rules. Names from hand edits and people introduced by a role stay as the
/// rules found them. A gazetteer name stays unless the model gives the same span another type ("Minnesota" the
/// team) or finds a longer name around it ("New York Stock Exchange"). Every other name takes the model's span
/// and type, and a capitalised run the model does not take for a person, organisation or place is dropped.
/// </summary>
internal sealed class ModelMentions(NerModel model, Gazetteer gazetteer)
{
    // News writes these with a dot that belongs to the word; CoNLL, which the model learnt from, keeps it on the word.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Co", "Corp", "Inc", "Ltd", "Bros", "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Ave", "Mt", "Ft", "No",
    };

    private readonly NerFeatures _features = new(gazetteer);
    private readonly DefinitionCue _definition = new(gazetteer);

    public List<ActorMention> Merge(List<TextSpan> raw, List<TextSpan> tokens, List<ActorMention> rules, List<MentionSource> sources)
    {
        var words = ModelWords(raw);
        var ruleTags = RuleTags(raw, rules, sources);
        var tags = model.TagIndexes(_features.View([.. words.Select(w => w.Text)], [.. words.Select(w => ruleTags[w.First])]), out var margins);
        var tokenMargins = new float[raw.Count];
        var outside = new bool[raw.Count];
        for (var w = 0; w < words.Count; w++)
        {
            for (var i = words[w].First; i <= words[w].Last; i++) (tokenMargins[i], outside[i]) = (margins[w], tags[w] == 0);
        }

        // A run of the rules' that the model is unsure about stays; one it confidently rejects goes.
        // So does one the model reads as no name at all where the sentence gives the trade before it or in an apposition after it
        // ("the carmaker Fiat", "Fiat, the Italian carmaker,"): what the sentence says the name is outweighs what the model guesses.
        // The words as written: a table's "BANK QUAL" in capitals has no lowercase trade.
        var kept = Enumerable.Range(0, rules.Count).Select(k => sources[k] != MentionSource.Rule || Confidence(tokens, tokenMargins, rules[k].Start, rules[k].End) < Threshold
            || DefinedByTrade(raw, outside, rules[k])).ToArray();
        var added = new List<ActorMention>();
        foreach (var span in NerTags.Spans(tags))
        {
            if (Kind(span.Type) is not { } kind) continue;
            var first = words[span.Start].First;
            var count = Trim(tokens, first, words[span.End - 1].Last - first + 1);
            // "12.30pm BST Greenpeace activists": a time stamp's zone before a name is not part of it.
            while (count > 1 && NameShapes.IsTimeZone(tokens[first].Text))
            {
                first++;
                count--;
            }

            if (count == 0 || (count == 1 && (NameShapes.IsNonNameAcronym(tokens[first].Text) || NameShapes.IsRomanNumeral(tokens[first].Text)))) continue; // "DVD", "TV", "II"

            // What the sentence says the name is ("Bilka is a Danish chain") outweighs what the model guesses.
            if (_definition.After(tokens, first + count) is { } defined) kind = defined;
            var start = tokens[first].Start;
            var end = tokens[first + count - 1].End;
            var overlapping = Enumerable.Range(0, rules.Count).Where(k => rules[k].Start < end && start < rules[k].End).ToList();
            // "General Motors": a role word the model, sure of itself, reads as the start of an organisation's name is not a role.
            // "US Treasury Secretary Henry Paulson" is: the role holder has a given name and a family name, as no firm's name ends.
            var roleInName = kind != ActorKind.Person && overlapping.Count == 1 && sources[overlapping[0]] == MentionSource.Role && start < rules[overlapping[0]].Start
                && end >= rules[overlapping[0]].End && Confidence(tokens, tokenMargins, start, end) >= Threshold && !HoldsFullName(rules[overlapping[0]]);
            if (roleInName) kept[overlapping[0]] = false;
            else if (overlapping.Exists(k => sources[k] is MentionSource.HandEdit or MentionSource.Role)) continue;
            if (kind == ActorKind.Organisation && FoundersFirm(rules, sources, overlapping, start, end))
            {
                foreach (var k in overlapping) kept[k] = false;
                added.Add(ActorRecognizer.Mention(tokens, first, count, null) with { Kind = kind });
                continue;
            }

            if (overlapping.Exists(k => kept[k] && sources[k] == MentionSource.Rule)) continue;
            var region = overlapping.Select(k => rules[k]).Append(new ActorMention { Start = start, Text = new string(' ', end - start), Kind = kind, Name = "" });
            if (Confidence(tokens, tokenMargins, region.Min(m => m.Start), region.Max(m => m.End)) < Threshold) continue;

            var known = overlapping.Where(k => sources[k] == MentionSource.Gazetteer).ToList();
            if (known.Count == 1 && rules[known[0]].Start == start && rules[known[0]].End == end)
            {
                if (Compatible(rules[known[0]], kind)) continue;
                kept[known[0]] = false;
            }
            else if (known.Count > 0)
            {
                if (!known.TrueForAll(k => rules[k].Start >= start && rules[k].End <= end)) continue;
                foreach (var k in known) kept[k] = false;
            }

            // The rules' own mention of the same name keeps what they know of it (a partial name, a sentence capital).
            var same = overlapping.Where(k => sources[k] == MentionSource.Rule && rules[k].Start == start && rules[k].End == end && rules[k].Kind == kind).ToList();
            if (same.Count > 0)
            {
                added.Add(rules[same[0]]);
                continue;
            }

            var mention = ActorRecognizer.Mention(tokens, first, count, null) with { Kind = kind };
            // A family name alone ("Yeltsin said") stands for the full name given elsewhere, and is a person on its own.
            if (kind == ActorKind.Person && count == 1) mention = mention with { IsPartial = true, StandsAlone = true };
            added.Add(mention);
        }

        var result = rules.Where((_, k) => kept[k]).Concat(added).ToList();
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // A role's holder named by a known given name and a family name: "Treasury Secretary Henry Paulson".
    private bool HoldsFullName(ActorMention role) =>
        role.Name.Split(' ') is { Length: >= 2 } words && gazetteer.GivenNames.Contains(words[0]) && words[^1].Length > 1 && NameShapes.IsCapitalised(words[^1]);

    // "Northrop Grumman", "Lockheed Martin": a firm named after its founders, which the model reads as one organisation, is not the
    // rules' person ("Northrop", "Martin", given names) beside the firm's word they know ("Grumman", "Lockheed"), however unsure the
    // model is of it: news writes no person directly before or after a firm with no comma, "'s" or word between.
    private static bool FoundersFirm(List<ActorMention> rules, List<MentionSource> sources, List<int> overlapping, int start, int end)
    {
        if (overlapping is not [var left, var right] || rules[right].Start != rules[left].End + 1 || rules[left].Start != start || rules[right].End != end) return false;
        bool Founder(int k) => sources[k] == MentionSource.Rule && rules[k].Kind == ActorKind.Person && !rules[k].Text.Contains(' ', StringComparison.Ordinal);
        bool Firm(int k) => sources[k] == MentionSource.Gazetteer && rules[k].Kind == ActorKind.Organisation && !rules[k].Text.Contains(' ', StringComparison.Ordinal);
        return (Founder(left) && Firm(right)) || (Firm(left) && Founder(right));
    }

    private bool DefinedByTrade(List<TextSpan> tokens, bool[] outside, ActorMention mention)
    {
        var first = tokens.FindIndex(t => t.Start == mention.Start);
        var count = tokens.Count(t => t.Start >= mention.Start && t.End <= mention.End);
        return first >= 0 && mention.Kind == ActorKind.Organisation && Enumerable.Range(first, count).All(i => outside[i])
            && (_definition.Before(tokens, first, count) == ActorKind.Organisation || _definition.TradeAfter(tokens, first + count));
    }

    /// <summary>What the rules found at each token, as the model reads it: "B-Organisation-Rule", "I-Place-Gazetteer", "O".</summary>
    public static string[] RuleTags(List<TextSpan> tokens, List<ActorMention> rules, List<MentionSource> sources)
    {
        var tags = new string[tokens.Count];
        Array.Fill(tags, "O");
        for (var k = 0; k < rules.Count; k++)
        {
            var kind = rules[k].IsDemonym ? "Demonym" : rules[k].Kind.ToString();
            var inside = false;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start < rules[k].Start || tokens[i].End > rules[k].End) continue;
                tags[i] = $"{(inside ? "I" : "B")}-{kind}-{sources[k]}";
                inside = true;
            }
        }

        return tags;
    }

    /// <summary>How much of a span is a name: it ends before a bracket or a quotation mark, and not on punctuation.</summary>
    private static int Trim(List<TextSpan> tokens, int first, int count)
    {
        var n = 0;
        while (n < count && tokens[first + n].Text is not ("(" or ")" or "[" or "]" or "\"" or "“" or "”")) n++;
        while (n > 0 && !tokens[first + n - 1].Text.Any(char.IsLetterOrDigit) && !(tokens[first + n - 1].Text == "." && n > 1 && tokens[first + n - 1].Start == tokens[first + n - 2].End && ModelWordsGlue(tokens[first + n - 2].Text))) n--;
        // "Lehman Brothers PR team", "the BBC TV interview": a common noun's letters before a lowercase noun qualify that noun, not the name.
        if (n > 1 && n == count && NameShapes.IsNonNameAcronym(tokens[first + n - 1].Text) && first + n < tokens.Count
            && tokens[first + n].Text is [var next, ..] && char.IsLower(next))
        {
            n--;
        }

        return tokens[first].Text.Any(char.IsLetterOrDigit) ? n : 0;
    }

    private static bool ModelWordsGlue(string word) => Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));

    /// <summary>The words the model reads, each with the range of tokens it covers: "Co" and "." are one word "Co.".</summary>
    private static List<(string Text, int First, int Last)> ModelWords(List<TextSpan> raw)
    {
        var words = new List<(string, int, int)>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var t = raw[i].Text;
            var dotted = i + 1 < raw.Count && raw[i + 1].Text == "." && raw[i + 1].Start == raw[i].End
                && ModelWordsGlue(t);
            words.Add(dotted ? (t + ".", i, i + 1) : (t, i, i));
            if (dotted) i++;
        }

        return words;
    }

    // How far ahead (in perceptron score) the model's choice must be to overrule the rules. Chosen on a tenth of
    // eng.train held out (every tenth document): the largest margin within a point of the best F1 there
    // (5: 89.9, 15: 89.4, 25: 89.2, 30: 88.3), so the model overrules the rules where it is sure and leaves them
    // the text it knows less well (news of other kinds, encyclopaedic text).
    internal const float Threshold = 25f;

    private static float Confidence(List<TextSpan> tokens, float[] margins, int start, int end)
    {
        var min = float.PositiveInfinity;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].End <= end) min = Math.Min(min, margins[i]);
        }

        return min;
    }

    private static bool Compatible(ActorMention known, ActorKind kind) => known.IsDemonym || known.Kind switch
    {
        ActorKind.Country or ActorKind.Place => kind == ActorKind.Place,
        ActorKind.Organisation or ActorKind.Group => kind == ActorKind.Organisation,
        _ => known.Kind == kind,
    };

    private static ActorKind? Kind(string type) => type switch
    {
        "PER" => ActorKind.Person,
        "ORG" => ActorKind.Organisation,
        "LOC" => ActorKind.Place,
        _ => null,
    };
}
