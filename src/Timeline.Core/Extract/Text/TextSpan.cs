namespace Timeline.Extract.Text;

/// <summary>A piece of the article body: its offset, length and text.</summary>
public sealed record TextSpan
{
    public required int Start { get; init; }

    public required string Text { get; init; }

    public int Length => Text.Length;

    public int End => Start + Text.Length;
}
