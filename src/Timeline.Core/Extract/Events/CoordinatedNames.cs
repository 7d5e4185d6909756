using Timeline.Extract.Actors;
using Timeline.Model;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// The rest of a coordinated subject after its first name: ", Transocean and Halliburton", "and Ukraine". Every
/// conjunct is a whole name the text resolved, joined by commas and one final "and" (an Oxford comma allowed);
/// a conjunct that is not a name ("and its partners", "or Ukraine") gives no list. News names officials with their
/// titles in front and their country after: "Aarhus Mayor Lars Holm and Odense Mayor Ida Berg", "Presidents Lars Holm of
/// Denmark and Ida Berg of Norway"; the title a person was read with and an "of" phrase after a name are words of that
/// conjunct. Pure.
/// </summary>
public static class CoordinatedNames
{
    /// <summary>The actors named from <paramref name="next"/> (a comma or "and" after the first name) to <paramref name="end"/>, or null.</summary>
    public static List<string>? Read(IReadOnlyList<TextSpan> tokens, int next, int end, IReadOnlyList<ResolvedMention> mentions, Func<string, bool> acts)
    {
        var ids = new List<string>();
        var k = next;
        var closed = false;
        while (k < end)
        {
            k = PastAffiliation(tokens, k, end, mentions);
            if (k >= end) break;
            if (closed) return null;
            var joiner = tokens[k].Text;
            if (joiner == "," && k + 1 < end && tokens[k + 1].Text == "and") k++;
            if (tokens[k].Text is not ("," or "and")) return null;
            closed = tokens[k].Text == "and";
            k++;
            if (k >= end) return null;
            var start = tokens[k].Start;
            // "and FDIC chair Martin Gruenberg": a body's name that opens a person's title is no conjunct of its own.
            var name = Titled(tokens, k, end, mentions, acts) ?? mentions.FirstOrDefault(m => m.Mention.Start == start && !m.Mention.IsDemonym && acts(m.ActorId));
            if (name is null) return null;
            ids.Add(name.ActorId);
            while (k < end && tokens[k].Start < name.Mention.End) k++;
        }

        return closed ? ids : null;
    }

    // "Ida Berg of Norway": the index past an "of" and the name it brings, else k.
    private static int PastAffiliation(IReadOnlyList<TextSpan> tokens, int k, int end, IReadOnlyList<ResolvedMention> mentions)
    {
        if (k + 1 >= end || tokens[k].Text != "of" || mentions.FirstOrDefault(m => m.Mention.Start == tokens[k + 1].Start) is not { } of) return k;
        k++;
        while (k < end && tokens[k].Start < of.Mention.End) k++;
        return k;
    }

    // "Odense Mayor Ida Berg", "FDIC chair Ida Berg": a person read with a title, when the conjunct's words up to the name end with
    // it and those before it are capitalised, a name the title is of.
    private static ResolvedMention? Titled(IReadOnlyList<TextSpan> tokens, int k, int end, IReadOnlyList<ResolvedMention> mentions, Func<string, bool> acts)
    {
        for (var j = k + 1; j < end && j <= k + 4; j++)
        {
            if (tokens[j - 1].Text.Length == 0 || tokens[j - 1].Text is "," or "and") return null;
            var person = mentions.FirstOrDefault(m => m.Mention.Start == tokens[j].Start && m.Mention.Kind == ActorKind.Person && m.Mention.Role is { Length: > 0 } && acts(m.ActorId));
            if (person is null) continue;
            var roleWords = person.Mention.Role!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return roleWords.Length <= j - k && roleWords.Select((w, i) => (w, i)).All(x => x.w.Equals(tokens[j - roleWords.Length + x.i].Text, StringComparison.OrdinalIgnoreCase))
                && Enumerable.Range(k, j - roleWords.Length - k).All(i => char.IsUpper(tokens[i].Text[0])) ? person : null;
        }

        return null;
    }
}
