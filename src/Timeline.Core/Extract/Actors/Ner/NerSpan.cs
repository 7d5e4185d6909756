namespace Timeline.Extract.Actors.Ner;

/// <summary>An entity the model found: token range and CoNLL type (PER, ORG, LOC, MISC).</summary>
public readonly record struct NerSpan(int Start, int Length, string Type)
{
    public int End => Start + Length;
}
