namespace Timeline.Extract.Time.Shapes;

/// <summary>One expression the fast engine read: its tokens (first and last, inclusive), its kind and its readings.</summary>
internal sealed record Shape
{
    public required int First { get; init; }

    public required int Last { get; init; }

    /// <summary>The recogniser's kind without its prefix: <c>date</c>, <c>daterange</c> or <c>duration</c>.</summary>
    public required string Kind { get; init; }

    public required List<Dictionary<string, string>> Values { get; init; }

    /// <summary>Stands for "the window holds something the engine cannot vouch for": the recogniser reads it.</summary>
    public static readonly Shape Doubt = new() { First = -1, Last = -1, Kind = "", Values = [] };
}
