namespace Timeline.Extract.Text.Pos;

/// <summary>en-pos's Brill pass (Tag._Brill): every rule, in order, on every unblocked token, twice.</summary>
internal sealed class BrillSmoother
{
    private readonly PosData _data;
    private readonly BrillRuleIndex _index;

    public BrillSmoother(PosData data)
    {
        _data = data;
        _index = new BrillRuleIndex(data.BrillRules);
    }

    public void Run(TagState state)
    {
        for (var iteration = 1; iteration <= 2; iteration++)
        {
            for (var i = 0; i < state.Count; i++)
            {
                if (!state.Blocked[i]) Apply(state, i, iteration);
            }
        }
    }

    // en-pos walks all rules in order and later rules see the tag earlier ones wrote: after a change, the walk goes on
    // with the rules for the new tag that come after the one that fired.
    private void Apply(TagState state, int index, int iteration)
    {
        var positions = _index.For(state.Tags[index]);
        for (var k = 0; k < positions.Length; k++)
        {
            var rule = _index.Rules[positions[k]];
            if ((rule.SecondRun && iteration == 1) || !Holds(rule, state, index) || rule.To == state.Tags[index]) continue;
            state.Tags[index] = rule.To;
            var fired = positions[k];
            positions = _index.For(rule.To);
            k = Array.BinarySearch(positions, fired);
            k = k >= 0 ? k : ~k - 1;
        }
    }

    // A faithful copy of en-pos's conditions, including its slips: in the "A || B && verify" ones, verify only
    // guards the last alternative; CurrentWd and WdPrevWd compare with `this.token`, which is undefined, so
    // they never hold.
    private bool Holds(BrillRule rule, TagState s, int i)
    {
        var lexicon = _data.Lexicon;
        if (rule.Condition == BrillCondition.StartWord)
        {
            var word = s.Tokens[i];
            return i == 0 && word == rule.C1 && (!rule.Verify || lexicon.AllowsTag(word, rule.To));
        }

        var token = s.Lower[i];
        string? undefinedToken = null;
        return rule.Condition switch
        {
            BrillCondition.Prev2Words => s.TokenOrEmpty(i - 1) == rule.C1 && s.TokenOrEmpty(i - 2) == rule.C2 && V(),
            BrillCondition.PrevTag => i != 0 && s.TagAt(i - 1) == rule.C1 && V(),
            BrillCondition.PrevWordPrevTag => s.TagAt(i - 1) == rule.C2 && s.LowerOrEmpty(i - 1) == rule.C1 && V(),
            BrillCondition.NextTag => s.TagAt(i + 1) == rule.C1 && V(),
            BrillCondition.NextTag2 => s.TagAt(i + 2) == rule.C1 && V(),
            BrillCondition.PrevTag2 => s.TagAt(i - 2) == rule.C1 && V(),
            BrillCondition.Prev1Or2Tag => s.TagAt(i - 1) == rule.C1 || (s.TagAt(i - 2) == rule.C1 && V()),
            BrillCondition.PrevWord => s.LowerOrEmpty(i - 1) == rule.C1 && V(),
            BrillCondition.CurrentWd => undefinedToken == rule.C1 && V(),
            BrillCondition.CurrentWdRgx => rule.Pattern!.IsMatch(token) && V(),
            BrillCondition.WdPrevTag => token == rule.C2 && s.TagAt(i - 1) == rule.C1 && V(),
            BrillCondition.WdPrevWd => undefinedToken == rule.C2 && s.LowerOrEmpty(i - 1) == rule.C1 && V(),
            BrillCondition.Next1Or2Or3Tag => s.TagAt(i + 1) == rule.C1 || s.TagAt(i + 2) == rule.C1 || (s.TagAt(i + 3) == rule.C1 && V()),
            BrillCondition.Next2Wd => s.LowerOrEmpty(i + 2) == rule.C1 && V(),
            BrillCondition.WdNextWd => token == rule.C1 && s.LowerOrEmpty(i + 1) == rule.C2 && V(),
            BrillCondition.WdNextTag => token == rule.C1 && s.TagAt(i + 1) == rule.C2 && V(),
            BrillCondition.Prev1Or2Or3Tag => s.TagAt(i - 1) == rule.C1 || s.TagAt(i - 2) == rule.C1 || (s.TagAt(i - 3) == rule.C1 && V()),
            BrillCondition.SurroundTag => s.TagAt(i - 1) == rule.C1 && s.TagAt(i + 1) == rule.C2 && V(),
            BrillCondition.SurroundTagWd => token == rule.C1 && s.TagAt(i - 1) == rule.C2 && s.TagAt(i + 1) == rule.C3 && V(),
            BrillCondition.NextWd => s.LowerOrEmpty(i + 1) == rule.C1 && V(),
            BrillCondition.Next1Or2Tag => s.TagAt(i + 1) == rule.C1 || (s.TagAt(i + 2) == rule.C1 && V()),
            BrillCondition.Prev2Tag => s.TagAt(i - 2) == rule.C1 && s.TagAt(i - 1) == rule.C2 && V(),
            BrillCondition.Prev2TagNextTag => s.TagAt(i - 2) == rule.C1 && s.TagAt(i - 1) == rule.C2 && s.TagAt(i + 1) == rule.C3 && V(),
            BrillCondition.Next2Tag => s.TagAt(i + 1) == rule.C1 && s.TagAt(i + 2) == rule.C2,
            BrillCondition.Next1Or2Wd => s.LowerOrEmpty(i + 1) == rule.C1 || (s.LowerOrEmpty(i + 2) == rule.C1 && V()),
            BrillCondition.Prev2Wd => s.LowerOrEmpty(i - 2) == rule.C1 && V(),
            BrillCondition.Prev1Or2Wd => s.LowerOrEmpty(i - 1) == rule.C1 || (s.LowerOrEmpty(i - 2) == rule.C1 && V()),
            BrillCondition.End => string.IsNullOrEmpty(s.TagAt(i + 1)) && V(),
            _ => false, // NextBigram and RBigram: en-pos has no code for them.
        };

        bool V() => !rule.Verify || lexicon.AllowsTag(token, rule.To);
    }
}
