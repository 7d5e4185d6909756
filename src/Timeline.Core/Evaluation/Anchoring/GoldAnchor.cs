namespace Timeline.Evaluation.Anchoring;

/// <summary>A gold EVENT with the calendar date a TLINK places it in (IS_INCLUDED, DURING or SIMULTANEOUS a DATE or TIME).</summary>
public sealed record GoldAnchor
{
    public required GoldEvent Event { get; init; }

    /// <summary>The event instance whose link gave the date.</summary>
    public required string Eiid { get; init; }

    /// <summary>The TIMEX3's value cut to the day: <c>1998-08-07</c>, <c>1998-08</c> or <c>1998</c>.</summary>
    public required string Value { get; init; }

    public required string Tid { get; init; }

    /// <summary>True when the date is the document creation time, not a time expression of the text.</summary>
    public required bool FromDct { get; init; }

    /// <summary>The words of the linked TIMEX3, or its value for the DCT (whose text is not in TEXT).</summary>
    public required string TimexText { get; init; }
}
