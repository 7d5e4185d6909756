namespace Timeline.Extract.Time.Shapes;

/// <summary>What a token of a window is: a run of letters (with inner apostrophes), a run of digits, or one other character.</summary>
internal enum ShapeTokenKind
{
    Word,
    Number,
    Mark,
}

/// <summary>One token of a window: its kind and its span, <see cref="End"/> exclusive.</summary>
internal readonly record struct ShapeToken(ShapeTokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}
