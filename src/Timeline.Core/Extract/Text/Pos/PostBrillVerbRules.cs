namespace Timeline.Extract.Text.Pos;

/// <summary>The part of en-pos's post-Brill step that settles nouns against verbs and past tense against participle.</summary>
internal sealed class PostBrillVerbRules
{
    private readonly PosData _data;

    public PostBrillVerbRules(PosData data) => _data = data;

    public string? Retag(PostBrillContext c) => c.Tag switch
    {
        "NN" => Noun(c),
        "VBZ" => ThirdPerson(c),
        "VBP" => Present(c),
        "VBN" => Participle(c),
        "VBD" => Past(c),
        _ => null,
    };

    private string? Noun(PostBrillContext c)
    {
        if (_data.Infinitives.Contains(c.Token)
            && ((c.Prev1Tag == "CC" && c.Prev2Tag == "VB" && c.Prev3Tag == "TO")
                || (c.Prev1Token is "n't" or "not" && IsDo(c.Prev2Token))
                || IsDo(c.Prev1Token)
                || (c.Prev1Tag == "'" && c.Prev2Tag == "TO")))
        {
            return "VB";
        }

        if (_data.Lexicon.EntryContains(c.Token, "VBP") && c.Prev1Tag.StartsWith('N') && c.Next1Tag is "DT" or "PRP")
        {
            return "VBP";
        }

        return null;
    }

    private string? ThirdPerson(PostBrillContext c) =>
        _data.Lexicon.EntryContains(c.Token, "NNS") && c.Next1Tag == "MD" ? "NNS" : null;

    private static string? Present(PostBrillContext c) =>
        (c.Prev1Tag == "CC" && c.Prev2Tag == "VB" && c.Prev3Tag == "TO")
        || (c.Prev1Token is "n't" or "not" && IsDo(c.Prev2Token))
        || IsDo(c.Prev1Token)
        || (c.Prev1Tag == "\"" && c.Prev2Tag == "TO")
        || c.Prev1Tag is "TO" or "MD"
        || (c.Prev1Tag == "RB" && c.Prev2Tag is "MD" or "VBP")
            ? "VB"
            : null;

    private string? Participle(PostBrillContext c)
    {
        if (!_data.Lexicon.EntryContains(c.Token, "VBD")) return null;
        var nounBefore = c.Prev1Tag.StartsWith('N') || c.Prev1Tag == "\""
            || (c.Prev1Tag == "CC" && c.Prev2Tag.StartsWith('N')) || (c.Prev1Tag == "RB" && c.Prev2Tag.StartsWith('N'));
        var objectAfter = c.Next1Tag == "." || c.Next1Tag.StartsWith('N') || c.Next1Tag.StartsWith('J')
            || c.Next1Tag == "DT" || c.Next1Token == "with" || c.Next1Tag == "RB";
        return c.Prev1Tag is "EX" or "PRP" or "WDT" or "WP"
            || (c.Prev1Tag == "RB" && c.Prev2Tag == "PRP")
            || (c.Token == "had" && c.Prev1Token is not ("has" or "have" or "'ve"))
            || (nounBefore && objectAfter)
                ? "VBD"
                : null;
    }

    private string? Past(PostBrillContext c)
    {
        var lexicon = _data.Lexicon;
        if (!lexicon.EntryContains(c.Token, "VBN")) return null;
        if (c.Prev1Token == "than") return "VBN";
        if (c.Next1Tag.StartsWith('N') && c.Prev1Tag == "IN") return "JJ";
        if (c.Prev1Tag == "RB"
            && ((c.Prev2Tag == "DT" && c.Prev3Tag == "IN")
                || (c.Prev2Tag == "RB" && c.Prev3Tag == "VBZ")
                || ((c.Prev3Tag.StartsWith('N') || c.Prev3Tag == "PRP") && c.Prev2Tag is "VBZ" or "VBP" or "VBD")))
        {
            return "VBN";
        }

        return c.Prev1Token == "as"
            || (c.Prev1Tag == "DT" && c.Prev2Tag == "IN")
            || (c.Prev1Tag == "VBP" && c.Prev2Tag.StartsWith('N') && c.Prev3Tag == "DT")
            || (c.Prev2Tag is "MD" or "TO" && c.Prev1Tag == "VB")
            || c.Prev1Tag == "VBD"
            || c.Prev1Token is "has" or "have" or "being" or "be" or "been"
            || (c.Prev1Tag.StartsWith('V') && c.Next1Tag == "IN" && c.Next2Tag.StartsWith('N'))
            || (c.Next1Token == "by" && c.Next2Tag is not ("CD" or "SYM"))
                ? "VBN"
                : null;
    }

    private static bool IsDo(string token) => token is "does" or "do" or "did";
}
