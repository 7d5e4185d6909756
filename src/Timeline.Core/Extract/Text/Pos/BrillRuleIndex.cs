namespace Timeline.Extract.Text.Pos;

/// <summary>The positions of the Brill rules by the tag they change, so a token only visits the rules that can apply to it.</summary>
internal sealed class BrillRuleIndex
{
    private readonly Dictionary<string, int[]> _positions;

    public BrillRuleIndex(IReadOnlyList<BrillRule> rules)
    {
        Rules = rules;
        _positions = Enumerable.Range(0, rules.Count)
            .GroupBy(i => rules[i].From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<BrillRule> Rules { get; }

    /// <summary>The positions, in rule order, of the rules that change this tag.</summary>
    public int[] For(string tag) => _positions.GetValueOrDefault(tag) ?? [];
}
