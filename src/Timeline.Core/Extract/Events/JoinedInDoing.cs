using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// "Holm has joined the Nordic Council and Fjord Bank in warning that ...": "join" with an "in" and a gerund after its object is
/// doing the same as others, not becoming one of them. A title that ends before the "in" phrase ("Holm has joined the Nordic
/// Council") says he became a member; it is not told. Pure.
/// </summary>
public static class JoinedInDoing
{
    // How far past the title's end the "in" phrase is looked for: a list of those joined may stand between.
    private const int MaxTokens = 24;

    /// <summary>
    /// Whether <paramref name="verb"/> is a form of "join" and the clause, from token <paramref name="from"/> (the first one past
    /// the title), goes on to "in" and a gerund before the sentence ends.
    /// </summary>
    public static bool CutOff(List<TextSpan> tokens, IReadOnlyList<string> tags, string verb, int from)
    {
        if (from < 0 || verb.ToLowerInvariant() is not ("join" or "joins" or "joined" or "joining")) return false;
        for (var k = from; k + 1 < tokens.Count && k < from + MaxTokens; k++)
        {
            if (tokens[k].Text is "." or ";" or ":" or "!" or "?") return false;
            if (tokens[k].Text.Equals("in", StringComparison.OrdinalIgnoreCase) && tags[k + 1] == "VBG") return true;
        }

        return false;
    }
}
