namespace Timeline.Extract.Time;

/// <summary>What the sentence around a time expression says about its direction in time.</summary>
public sealed record TimexContext
{
    public static TimexContext Past { get; } = new();

    /// <summary>The sentence looks ahead ("will", "plans to", "next"): open dates resolve forward.</summary>
    public bool Future { get; init; }

    /// <summary>The sentence is about a financial quarter: "a year earlier" means the same quarter a year before.</summary>
    public bool Quarter { get; init; }

    /// <summary>The quarter the document reports on, when it names one: "a year earlier" is that quarter a year before.</summary>
    public (int Year, int Quarter)? ReportedQuarter { get; init; }

    /// <summary>The sentence itself mentions a quarter.</summary>
    public bool QuarterSentence { get; init; }
}
