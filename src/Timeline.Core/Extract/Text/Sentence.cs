namespace Timeline.Extract.Text;

/// <summary>One sentence of the body with the paragraph it belongs to.</summary>
public sealed record Sentence
{
    public required int Start { get; init; }

    public required string Text { get; init; }

    public required int Paragraph { get; init; }

    public required int Index { get; init; }

    public int End => Start + Text.Length;
}
