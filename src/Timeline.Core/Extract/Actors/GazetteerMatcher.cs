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
            // "how much truth IS there", "WE CAN DO IT": a word written in capitals for emphasis or in a shouted line, read as a body's
            // initials ("IS", "CAN"), is the verb it spells when the lexicon knows it first as one and it stands where a verb stands, after
            // a noun or a pronoun or another shouted word ("IS fighters", "said IS", "from IS" stay the body's); its full name still matches.
            if (n == 1 && entry.Name != name && name.Length <= 4 && NameShapes.IsAcronym(name) && gazetteer.IsVerbForm(name) && i > 0
                && (gazetteer.IsNounOrPronoun(tokens[i - 1].Text) && char.IsLower(tokens[i - 1].Text[0]) || (NameShapes.IsAcronym(tokens[i - 1].Text) && gazetteer.Find(tokens[i - 1].Text) is null)))
            {
                continue;
            }

            return (n, entry);
        }

        return null;
    }

    /// <summary>Length of the role noun starting at token <paramref name="i"/> ("Defense Minister"), if any.</summary>
    public int? MatchRole(List<TextSpan> tokens, int i)
    {
        for (var n = Math.Min(gazetteer.MaxRoleTokens, tokens.Count - i); n >= 1; n--)
        {
            // "ADM said": a firm's capitals are not the title they spell in lower case ("Adm. Thad Allen"); "CEO" is one.
            var last = tokens[i + n - 1].Text;
            if (NameShapes.IsAcronym(last) && !NameShapes.IsNonNameAcronym(last)) continue;
            if (gazetteer.Roles.Contains(Join(tokens, i, n).ToLowerInvariant())) return n;
        }

        return null;
    }

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
