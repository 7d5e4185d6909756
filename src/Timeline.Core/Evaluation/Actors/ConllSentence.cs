namespace Timeline.Evaluation.Actors;

/// <summary>One sentence of a CoNLL file: its tokens and their gold entity tags (IOB1 or IOB2).</summary>
public sealed record ConllSentence
{
    public required List<string> Tokens { get; init; }

    public required List<string> Tags { get; init; }
}
