using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// Verbs whose object is followed by a second complement the verb needs: "blocked scientists from warning the public", "cast
/// the trip as a solidarity mission", "forced BP into selling assets", "charged him with murder". Cut before it, the title
/// says something else than the text ("blocked government scientists", "had cast the trip"). English verb valency as news
/// uses it. Pure.
/// </summary>
public static class VerbComplements
{
    // Verbs of preventing: the "from" and the gerund after the object are what was prevented.
    private static readonly HashSet<string> FromVerbs = new(StringComparer.Ordinal)
    {
        "block", "prevent", "stop", "bar", "ban", "prohibit", "keep", "discourage", "deter", "dissuade", "restrain", "preclude",
        "forbid", "disqualify",
    };

    // Verbs of describing: "portrayed Hayward as a villain"; without the "as" phrase nothing of what was said is left.
    private static readonly HashSet<string> AsVerbs = new(StringComparer.Ordinal)
    {
        "portray", "describe", "depict", "characterise", "characterize", "brand", "label", "dismiss", "cast", "paint", "hail",
        "regard", "view", "classify", "rank", "denounce", "decry", "identify", "tout", "bill",
    };

    // Verbs of pushing someone into an act: the "into" and the gerund are the act.
    private static readonly HashSet<string> IntoVerbs = new(StringComparer.Ordinal)
    {
        "force", "pressure", "pressur", "push", "talk", "coerce", "bully", "trick", "lure",
    };

    // Verbs whose "with" phrase is what was given or charged: "charged him with murder", "provided the coastguard with boats".
    private static readonly HashSet<string> WithVerbs = new(StringComparer.Ordinal)
    {
        "charge", "provide", "supply", "equip", "credit",
    };

    // How far past the title's end the second complement may still come: a list or an appositive after the object
    // ("cast the trip by the president, Michelle Obama and daughter Sasha as a solidarity mission") stands between them.
    private const int Reach = 15;

    /// <summary>
    /// Whether the second complement of <paramref name="verb"/> follows the title's end (token <paramref name="at"/>) in the
    /// same clause: before any finite verb, relative pronoun or sentence break.
    /// </summary>
    public static bool CutOff(List<TextSpan> tokens, IReadOnlyList<string> tags, string verb, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        if (at < 0 || Marker(verb) is not { } marker) return false;
        for (var k = at; k < tokens.Count && k <= at + Reach; k++)
        {
            var w = tokens[k].Text;
            if (w.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                // "provided $52m for care, with $15m going to ...": only "as" comes after a list; the others follow the object.
                if (marker != "as" && k > at) return false;
                // "as part of", "as well as", "as soon as" open an adjunct, not the description; so does "as" with a clause.
                if (marker == "as" && (AdjunctAs(tokens, k) || ClauseAfter(tags, k))) return false;
                // "stopped payments from the fund": only a gerund after "from" or "into" is the act prevented or forced
                // ("warning" is often tagged a noun).
                return marker is not ("from" or "into")
                    || (k + 1 < tokens.Count && (tags[k + 1] == "VBG" || (tokens[k + 1].Text.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(tokens[k + 1].Text[0]))));
            }

            if (w is "." or ";" or ":" or "which" or "who" or "whom" or "whose" or "that" or "because" or "but" or "after" or "before" or "while"
                || tags[k] is "VBD" or "VBZ" or "VBP" or "MD") return false;
            // Past the first word, only a list or an appositive set off by commas is passed over.
            if (k == at + 3 && tokens[at].Text != ",") return false;
        }

        return false;
    }

    private static bool AdjunctAs(List<TextSpan> tokens, int k) =>
        (k + 1 < tokens.Count && tokens[k + 1].Text.ToLowerInvariant() is "part" or "well" or "soon" or "much" or "many" or "far" or "long")
        || (k + 2 < tokens.Count && tokens[k + 1].Text is "a" && tokens[k + 2].Text is "result" or "consequence");

    // "..., as officials said": "as" opening a clause of its own, with a finite verb within a few words.
    private static bool ClauseAfter(IReadOnlyList<string> tags, int k)
    {
        for (var j = k + 1; j < tags.Count && j <= k + 4; j++)
        {
            if (tags[j] is "VBD" or "VBZ" or "VBP" or "MD") return true;
        }

        return false;
    }

    private static string? Marker(string verb)
    {
        var forms = VerbLemma.Candidates(verb).ToList();
        if (forms.Exists(FromVerbs.Contains)) return "from";
        if (forms.Exists(AsVerbs.Contains)) return "as";
        if (forms.Exists(IntoVerbs.Contains)) return "into";
        if (forms.Exists(WithVerbs.Contains)) return "with";
        return null;
    }
}
