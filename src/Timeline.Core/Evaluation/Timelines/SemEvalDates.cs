using System.Globalization;
using Timeline.Model;

namespace Timeline.Evaluation.Timelines;

/// <summary>Event dates in the SemEval-2015 timeline format, at the precision the text gives.</summary>
public static class SemEvalDates
{
    public const string Undated = "XXXX-XX-XX";

    public static string Format(EventDate? date)
    {
        // The format has no "on or before": an event only reported is placed on its report day, as the task's baselines do.
        if (date is not null && date.IsReportedOnly()) date = date with { Relation = DateRelation.On, Start = date.End };
        if (date is null || date.Relation != DateRelation.On || date.Start is not { } start) return Undated;
        return date.Precision switch
        {
            DatePrecision.Day or DatePrecision.Time => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Week or DatePrecision.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Season or DatePrecision.Quarter or DatePrecision.Year => start.Year.ToString("D4", CultureInfo.InvariantCulture),
            _ => Undated,
        };
    }
}
