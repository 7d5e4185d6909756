using System.Text.RegularExpressions;

namespace Timeline.Extract.Text.Pos;

/// <summary>en-pos's fixes before the Brill rules (Tag._PreBrill): numbers, plurals, participles, gerunds.</summary>
internal sealed partial class PreBrillSmoother
{
    private readonly PosData _data;

    public PreBrillSmoother(PosData data) => _data = data;

    public void Run(TagState s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Blocked[i]) continue;
            var fixedTag = Block(s, i);
            if (fixedTag is not null)
            {
                s.Tags[i] = fixedTag;
                s.Blocked[i] = true;
                continue;
            }

            var tag = Retag(s, i);
            if (tag is not null) s.Tags[i] = tag;
        }
    }

    // The rules after which en-pos blocks the token.
    private string? Block(TagState s, int i)
    {
        var token = s.Lower[i];
        var prev1Tag = s.TagOrEmpty(i - 1);
        if (Numeral().IsMatch(token)) return "CD";
        if (token is "hundred" or "thousands" || Illions().IsMatch(token)) return "NNS";
        if (prev1Tag.Length == 0 && token == "that") return "DT";
        if (prev1Tag == "TO" && _data.Infinitives.Contains(token)) return "VB";
        return null;
    }

    private string? Retag(TagState s, int i)
    {
        var lexicon = _data.Lexicon;
        var tag = s.Tags[i];
        var token = s.Lower[i];
        var (prev1Tag, prev2Tag, prev3Tag, prev4Tag) = (s.TagOrEmpty(i - 1), s.TagOrEmpty(i - 2), s.TagOrEmpty(i - 3), s.TagOrEmpty(i - 4));
        var next1Tag = s.TagOrEmpty(i + 1);
        var prev1Token = s.LowerOrEmpty(i - 1);
        if (tag == "NN" && !lexicon.Contains(token) && _data.Plurals.IsPlural(token)) return "NNS";
        if (tag == "JJ" && next1Tag == "DT" && lexicon.EntryContains(token, "VB")) return lexicon.FirstTagStartingWith(token, 'V');
        if (tag == "VBD" && prev1Tag is "PRP" or "WP" or "IN" or "JJR" && lexicon.EntryContains(token, "VBN")
            && ((prev1Tag == "PRP" && prev2Tag == "WP" && prev3Tag == "IN" && prev4Tag == "JJR")
                || (prev1Tag == "WP" && prev2Tag == "IN" && prev3Tag == "JJR")
                || (prev1Tag == "IN" && prev2Tag == "JJR")
                || prev1Tag == "JJR"))
        {
            return "VBN";
        }

        if (token.Length > 3 && !lexicon.Contains(token) && prev1Tag.Length > 0 && !token.Contains('-')
            && !Capitalized().IsMatch(s.Tokens[i]) && UnknownPast().IsMatch(token))
        {
            return "VBN";
        }

        // en-pos's next rule asks for a word both missing from the lexicon and listed there as VBG: it never fires.
        // In the one after, the capital test runs on the lowercased token, so it always passes.
        if (token.Length > 4 && token.EndsWith("in", StringComparison.Ordinal) && tag == "NN"
            && prev1Tag is not ("NN" or "JJ" or "DT" or "VBG") && lexicon.EntryContains(token + "g", "VBG"))
        {
            return "VBG";
        }

        if (lexicon.EntryContains(token, "PDT") && next1Tag == "DT") return "PDT";
        if ((prev1Token.Length == 0 || prev1Token == "\"" || prev1Token == "said" || prev1Tag.StartsWith('W'))
            && token == "that" && tag == "IN" && next1Tag == "MD")
        {
            return "DT";
        }

        return null;
    }

    [GeneratedRegex(@"^('?)[0-9]+(-|/|:)?([0-9]+)?$")]
    private static partial Regex Numeral();

    [GeneratedRegex("^(m|b|tri|quadr|quint|sext|sept|oct|non|dec|undec|duodec|tredec|quattuordec|quindec|sexdec|sedec|septendec)illions$")]
    private static partial Regex Illions();

    [GeneratedRegex("^[A-Z][a-z]+")]
    private static partial Regex Capitalized();

    [GeneratedRegex("[^e]ed$")]
    private static partial Regex UnknownPast();
}
