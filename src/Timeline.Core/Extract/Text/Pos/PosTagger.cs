namespace Timeline.Extract.Text.Pos;

/// <summary>Penn Treebank part-of-speech tags for the tokens of one sentence: a C# port of en-pos 1.0.16's Brill-style tagger.</summary>
/// <remarks>Gives what en-pos's <c>new Tag(tokens).initial().smooth().tags</c> gives. Thread-safe: the data is read-only after load.</remarks>
public sealed class PosTagger
{
    private static readonly Lazy<PosTagger> Shared = new(() => new PosTagger(PosData.Load()), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly InitialTagger _initial;
    private readonly PreBrillSmoother _preBrill;
    private readonly BrillSmoother _brill;
    private readonly PostBrillSmoother _postBrill;

    private PosTagger(PosData data)
    {
        _initial = new InitialTagger(data);
        _preBrill = new PreBrillSmoother(data);
        _brill = new BrillSmoother(data);
        _postBrill = new PostBrillSmoother(data);
    }

    /// <summary>The tagger, loaded from the embedded data on first use.</summary>
    public static PosTagger Default => Shared.Value;

    /// <summary>One tag per token, in order; tokens as Timeline's <see cref="Tokenizer"/> gives them (one sentence at a time).</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var state = new TagState(tokens);
        _initial.Run(state);
        _preBrill.Run(state);
        _brill.Run(state);
        _postBrill.Run(state);
        return state.Tags;
    }
}
