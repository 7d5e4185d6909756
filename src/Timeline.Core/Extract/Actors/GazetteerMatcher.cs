using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>Finds the gazetteer's names and role nouns in a sentence's tokens. Pure and thread-safe.</summary>
internal sealed class GazetteerMatcher(Gazetteer gazetteer)
{
    /// <summary>The longest known name starting at token <paramref name="i"/>, a compass word and a known place included.</summary>
    public (int Length, GazetteerEntry Entry)? MatchName(List<TextSpan> tokens, int i)
    {
        // "the West Jersey train": the compass word starts a place, not the group "the West".
        if (tokens[i].Text == "the" && i + 1 < tokens.Count && NameShapes.IsCompassWord(tokens[i + 1].Text) && CompassPlace(tokens, i + 1) is not null) return null;
        var known = MatchKnownName(tokens, i);
        // "West Jersey", "Southern California", "East Perth": a compass word makes a known place another place.
        return CompassPlace(tokens, i) is { } compass && (known is null || known.Value.Length < compass.Length) ? compass : known;
    }

    private (int Length, GazetteerEntry Entry)? CompassPlace(List<TextSpan> tokens, int i)
    {
        if (!NameShapes.IsCompassWord(tokens[i].Text) || i + 1 >= tokens.Count) return null;
        if (MatchKnownName(tokens, i + 1) is not { Entry: { Kind: ActorKind.Place or ActorKind.Country, IsDemonym: false } } place) return null;
        var text = Join(tokens, i, place.Length + 1);
        return (place.Length + 1, new GazetteerEntry { Name = text, Kind = ActorKind.Place, Country = place.Entry.Country ?? place.Entry.Name });
    }

    private (int Length, GazetteerEntry Entry)? MatchKnownName(List<TextSpan> tokens, int i)
    {
        var first = tokens[i].Text;
        if (!NameShapes.IsCapitalised(first) && first != "the") return null;
        for (var n = Math.Min(gazetteer.MaxNameTokens + 1, tokens.Count - i); n >= 1; n--)
        {
            if (first == "the" && n == 1) break;
            if (!NameShapes.IsCapitalised(tokens[i + n - 1].Text) && n > 1 && tokens[i + n - 1].Text is not ("minority" or "powers" or "countries" or "nations" or "governments" or "fighters" or "Muslims")) continue;
            var name = Join(tokens, i, n);
            if (gazetteer.Find(name) is not { } entry) continue;
            // "how much truth IS there", "this IS what", "WE CAN DO IT": a word written in capitals for emphasis or in a shouted line,
            // read as a body's initials ("IS", "CAN"), is the verb it spells when the lexicon knows it first as one and it follows a
            // lower-case word other than an article, a preposition or a verb ("the IS group", "from IS", "said IS" stay the body's), or
            // stands among shouted words. The body's full name still matches.
            if (n == 1 && entry.Name != name && name.Length <= 4 && NameShapes.IsAcronym(name) && gazetteer.IsVerbForm(name) && IsVerbPosition(tokens, i)) continue;
            return (n, entry);
        }

        return null;
    }

    private static readonly HashSet<string> BeforeInitials = new(StringComparer.Ordinal) { "the", "from", "by", "against", "with", "of", "to", "for", "on", "in", "at", "and", "or" };

    private bool IsVerbPosition(List<TextSpan> tokens, int i)
    {
        // "THAT IS", "ACTUALLY IS": a word in capitals beside it, however long, that names nothing known.
        bool Shouted(int k) => k >= 0 && k < tokens.Count && IsInCapitals(tokens[k].Text) && gazetteer.Find(tokens[k].Text) is null;
        if (Shouted(i - 1) || Shouted(i + 1)) return true;
        if (i == 0) return false;
        var before = tokens[i - 1].Text;
        return before.All(char.IsLower) && !BeforeInitials.Contains(before) && !gazetteer.IsVerbForm(before);
    }

    private static bool IsInCapitals(string word) => word.Count(char.IsLetter) >= 2 && !word.Any(char.IsLower) && (NameShapes.IsAcronym(word) || word.All(char.IsLetter));

    /// <summary>Length of the role noun starting at token <paramref name="i"/> ("Defense Minister"), if any.</summary>
    public int? MatchRole(List<TextSpan> tokens, int i)
    {
        // "Acting Assistant Director-General Keiji Fukuda": a rank before an office makes another office, and is part of its name.
        if (RankWords.Contains(tokens[i].Text) && i + 1 < tokens.Count && MatchRole(tokens, i + 1) is { } ranked) return ranked + 1;
        for (var n = Math.Min(gazetteer.MaxRoleTokens, tokens.Count - i); n >= 1; n--)
        {
            // "ADM said": a firm's capitals are not the title they spell in lower case ("Adm. Thad Allen"); "CEO" is one.
            var last = tokens[i + n - 1].Text;
            if (NameShapes.IsAcronym(last) && !NameShapes.IsNonNameAcronym(last)) continue;
            if (gazetteer.Roles.Contains(Join(tokens, i, n).ToLowerInvariant())) return n;
        }

        return null;
    }

    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal) { "Acting", "Assistant", "Deputy", "Vice", "Associate", "Interim" };

    /// <summary>The tokens' text as written, with a space wherever the text had one.</summary>
    public static string Join(List<TextSpan> tokens, int start, int length)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = start; k < start + length; k++)
        {
            if (k > start && tokens[k].Start > tokens[k - 1].Start + tokens[k - 1].Length) sb.Append(' ');
            sb.Append(tokens[k].Text);
        }

        return sb.ToString();
    }
}
