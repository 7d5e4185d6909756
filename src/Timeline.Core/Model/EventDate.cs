namespace Timeline.Model;

/// <summary>
/// A resolved date: a TIMEX3-style value at a precision, the inclusive day range it covers,
/// and how certain it is. <c>Before</c>/<c>After</c> dates are relative to <see cref="Anchor"/>.
/// </summary>
public sealed record EventDate
{
    /// <summary>TIMEX3-style value: <c>2023-08-18</c>, <c>2023-08</c>, <c>2023-Q3</c>, <c>2024</c>, <c>202</c> (decade).</summary>
    public required string Value { get; init; }

    public required DatePrecision Precision { get; init; }

    /// <summary>First day the value covers, when it can be placed on the calendar.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day the value covers (inclusive).</summary>
    public DateOnly? End { get; init; }

    /// <summary>The date is an estimate ("recently", "around", or the article date as a fallback).</summary>
    public bool Approximate { get; init; }

    /// <summary>The event is planned or expected, not yet happened at the article date.</summary>
    public bool Planned { get; init; }

    public DateRelation Relation { get; init; } = DateRelation.On;

    /// <summary>Id of the event a <c>before</c>/<c>after</c> date is relative to.</summary>
    public string? Anchor { get; init; }

    /// <summary>The words of the article that gave the date.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// The id of the article whose words gave the date, when it is not the event's first source: an event that several articles
    /// report takes the most precise date any of them gives ("11 June" from one, "last week" from another).
    /// </summary>
    public string? Article { get; init; }

    /// <summary>
    /// True when the text gives no date and the event is only known to have happened on or before
    /// <see cref="End"/>, the day it was reported: no start, no anchor, no words of the article.
    /// </summary>
    public bool IsReportedOnly() =>
        Relation == DateRelation.Before && Start is null && End is not null && Anchor is null && Text is null && !Approximate && !Planned;
}
