namespace Timeline.Evaluation;

/// <summary>A TIMEX3 read from a TimeML document, with its offsets into the document's TEXT string.</summary>
public sealed record GoldTimex
{
    public required string Tid { get; init; }

    public required int Start { get; init; }

    public required string Text { get; init; }

    public required string Type { get; init; }

    public required string Value { get; init; }

    public string? Mod { get; init; }

    public string? Freq { get; init; }

    public string? Quant { get; init; }

    public int End => Start + Text.Length;
}
