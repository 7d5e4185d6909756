namespace Timeline.Extract.Text.Pos;

/// <summary>en-pos's first guess for each token (Tag.initial): lexicon, names, cities, then word shape.</summary>
internal sealed class InitialTagger
{
    private readonly PosData _data;

    public InitialTagger(PosData data) => _data = data;

    public void Run(TagState state)
    {
        for (var i = 0; i < state.Count; i++)
        {
            var (tag, blocked) = Guess(state.Tokens[i]);
            state.Tags[i] = tag;
            state.Blocked[i] = blocked;
        }
    }

    // en-pos also keeps a confidence per token, which none of its passes reads: it is not ported.
    private (string Tag, bool Blocked) Guess(string token)
    {
        var lexicon = _data.Lexicon;
        var nonLetter = NonLetterRule.Tag(token);
        if (nonLetter.Length > 0) return (nonLetter, true);
        var exact = lexicon.FirstTag(token);
        if (exact.Length > 0) return (exact, false);
        var contraction = Contraction(token);
        if (contraction.Length > 0) return (contraction, true);
        if (_data.GivenNames.Contains(token) || _data.Cities.Contains(token)) return ("NNP", true);
        var lower = lexicon.FirstTag(token.ToLowerInvariant());
        if (lower.Length > 0) return (lower, false);
        var capitalized = NameCase.Capitalize(token);
        if (_data.GivenNames.Contains(capitalized) || _data.Cities.Contains(capitalized)) return ("NNP", true);

        // en-pos's meta step has nothing to read (Timeline passes no token metadata); the complex-word guess always
        // answers, so en-pos's later guesses (suffixes, prefixes, repetition, slang, capitals, plurals) are unreachable.
        return (ComplexWordRule.Tag(token, lexicon), false);
    }

    private static string Contraction(string token)
    {
        if (token.Length > 3 || token.Length == 0 || token[0] != '\'') return "";
        return token.ToLowerInvariant() switch
        {
            "'re" or "'m" or "'ve" => "VBP",
            "'ll" or "'d" => "MD",
            _ => "",
        };
    }
}
