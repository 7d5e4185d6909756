namespace Timeline.Evaluation.Actors;

/// <summary>One document of a CoNLL file (between <c>-DOCSTART-</c> lines).</summary>
public sealed record ConllDocument
{
    public required List<ConllSentence> Sentences { get; init; }
}
