namespace Timeline.Extract.Text.Pos;

/// <summary>en-pos's fixes after the Brill rules (Tag._PostBrill), rule for rule; the first that answers wins.</summary>
internal sealed class PostBrillSmoother
{
    private static readonly string[] ParticleVerbs = ["walk", "throw", "move", "go", "cash", "come", "bring", "lock", "put", "take"];
    private static readonly string[] NonParticleVerbs = ["get", "be", "go"];
    private readonly PosData _data;
    private readonly PostBrillVerbRules _verbs;

    public PostBrillSmoother(PosData data)
    {
        _data = data;
        _verbs = new PostBrillVerbRules(data);
    }

    public void Run(TagState s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Blocked[i]) continue;
            var c = PostBrillContext.At(s, i);
            var tag = WordRule(c) ?? ModifierRule(c) ?? _verbs.Retag(c);
            if (tag is not null) s.Tags[i] = tag;
        }
    }

    private string? WordRule(PostBrillContext c)
    {
        var lexicon = _data.Lexicon;
        var (tag, token) = (c.Tag, c.Token);
        if (token == "like" && c.Prev1Tag == "MD") return "VB";
        if (c.Prev1Token == "was" && token.EndsWith("ing", StringComparison.Ordinal)) return "VBG";
        if (c.Prev1Tag == "PRP" && tag.StartsWith('N'))
        {
            var alt = lexicon.Entry(token).Split('|').FirstOrDefault(x => !x.StartsWith('N'));
            if (!string.IsNullOrEmpty(alt)) return alt;
        }

        switch (token)
        {
            case "only" when c.Next1Tag == "NN":
                return "JJ";
            case "is":
                return "VBZ";
            case "that" when tag == "WDT" && (c.Next1Tag.StartsWith('N') || c.Next1Tag is "PRP" or "PRP$" or "WP" or "IN"):
                return "IN";
            case "that" when c.Prev1Tag == "TO":
                return "DT";
            case "much" when tag == "JJ" && c.Next1Tag == "JJR" && c.Prev1Tag != "RB":
                return "RB";
            case "much" when tag == "RB" && c.Prev1Tag == "RB" && c.Next1Token != "as":
                return "JJ";
            case "in" when tag == "IN" && c.Prev1Tag.StartsWith('V') && ParticleVerbs.Contains(_data.VerbBase(c.Prev1Token)):
                return "RP";
            case "while" when c.Prev1Tag == "DT" || (c.Prev2Tag == "DT" && c.Prev1Tag == "JJ"):
                return "NN";
        }

        if (tag == "WDT" && c.Prev1Tag.StartsWith("NN", StringComparison.Ordinal) && c.Next1Tag == "JJ") return "IN";
        if (token is "am" or "a.m." or "a.m" or "p.m" or "pm" or "p.m." && c.Prev1Tag == "CD") return "RB";
        return null;
    }

    private string? ModifierRule(PostBrillContext c)
    {
        var lexicon = _data.Lexicon;
        var (tag, token) = (c.Tag, c.Token);
        if (tag == "RP" && (!c.Prev1Tag.StartsWith('V') || NonParticleVerbs.Contains(_data.VerbBase(c.Prev1Token)))) return "RB";
        if (tag == "RB" && token is "when" or "how") return "WRB";
        if (tag == "JJR" && (c.Next1Tag == "RB" || (c.Next1Tag is "," or "." && c.Prev1Tag == "NN" && c.Prev2Tag == "DT"))) return "RBR";
        if (tag == "JJS" && c.Next1Tag == "RB") return "RBS";
        if (tag == "JJ")
        {
            var noun = lexicon.EntryContains(token, "NN");
            if ((c.Next1Tag is "." or "" && c.Prev1Tag == "DT" && c.Prev2Tag == "IN")
                || (c.Prev1Tag == "DT" && c.Next1Tag == "TO" && noun)
                || (c.Next1Tag.StartsWith('V') && noun)
                || (c.Next1Tag == "MD" && noun))
            {
                return "NN";
            }

            if (c.Next1Tag == "JJ" && lexicon.EntryContains(token, "VBG")) return "VBG";
            if (c.Prev1Tag is "VBZ" or "VBD" or "VBP" or "VBG" && lexicon.EntryContains(token, "VBN")
                && (c.Next1Tag is "TO" or "RB" or "." or "," or "" || c.Next2Token == "by" || c.Next1Token == "by"))
            {
                return "VBN";
            }
        }

        return null;
    }
}
