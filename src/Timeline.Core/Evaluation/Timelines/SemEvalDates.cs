using System.Globalization;
using Timeline.Model;

namespace Timeline.Evaluation.Timelines;

/// <summary>Event dates in the SemEval-2015 timeline format, at the precision the text gives.</summary>
public static class SemEvalDates
{
    public const string Undated = "XXXX-XX-XX";

    public static string Format(EventDate? date)
    {
        date = OnReportDay(date);
        if (date is null || date.Relation != DateRelation.On || date.Start is not { } start) return Undated;
        return date.Precision switch
        {
            DatePrecision.Day or DatePrecision.Time => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Week or DatePrecision.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Season or DatePrecision.Quarter or DatePrecision.Year => start.Year.ToString("D4", CultureInfo.InvariantCulture),
            _ => Undated,
        };
    }

    /// <summary>The day the format places the event on, for ranking: the same reading as <see cref="Format"/>.</summary>
    public static DateOnly? SortKey(EventDate? date) => OnReportDay(date)?.Start;

    // The format has no "on or before": an event only reported is placed on its report day, as the task's baselines do.
    private static EventDate? OnReportDay(EventDate? date) =>
        date is not null && date.IsReportedOnly() ? date with { Relation = DateRelation.On, Start = date.End } : date;
}
