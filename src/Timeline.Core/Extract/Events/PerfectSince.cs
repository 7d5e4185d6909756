using System.Text.RegularExpressions;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// "Mexico has closed its ports since Sunday", "Since 2004, Holm has been fighting cancer": "since" and a point of time with a
/// present perfect tell when what the verb did began, and that it holds still. The time is the perfect's that stands nearest
/// before it ("has closed its ports which handle most exports since Sunday": a present tense takes no "since"); not a
/// comparison's ("its biggest loss since 2008", "the first since"), not one that another perfect stands nearer to ("has said the ports have
/// been shut since Sunday") and not one a comma sets apart ("has hired 300, most of them since 2008"). The event dates from that point on. Pure.
/// </summary>
internal static partial class PerfectSince
{
    /// <summary>The start the clause's "since" phrase gives its present-perfect event, as "on or after" that time; null when it has none.</summary>
    public static EventDate? Start(string clause, int clauseStart, int triggerOffset, TriggerMatch trigger, IEnumerable<Timex3> times, DateOnly? articleDate)
    {
        if (!trigger.IsPerfect || trigger.IsDefiniteNoun) return null;
        var trig = triggerOffset - clauseStart;
        foreach (var time in times.Where(t => t.Type is "DATE" or "TIME" && t.Start >= clauseStart && t.End <= clauseStart + clause.Length).OrderBy(t => t.Start))
        {
            var start = time.Start - clauseStart;
            if (SinceEndRegex().Match(clause, 0, start) is not { Success: true } since) continue;
            var placed = start > trig
                ? clause[trig..since.Index] is var between && !PerfectRegex().IsMatch(between) && !SuperlativeRegex().IsMatch(between) && !between.Contains(',', StringComparison.Ordinal)
                : clause.Length > time.End - clauseStart && clause[time.End - clauseStart] == ',';
            if (!placed) continue;
            // The recogniser reads "since Sunday" as on or after Sunday already.
            if (TimexResolver.Resolve(time, articleDate) is not { Relation: DateRelation.On or DateRelation.After, Planned: false, Start: { } from } date) continue;
            if (articleDate is { } published && from > published) continue;
            return date with { Relation = DateRelation.After, Start = from, End = null, Approximate = false, Text = "since " + time.Text };
        }

        return null;
    }

    [GeneratedRegex(@"\bsince\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceEndRegex();

    // "its biggest cut since 2008", "the first time since 1990", "a record since May": a comparison's time, not a start.
    // A superlative after a determiner: "builds most of its ferries since" is no comparison.
    [GeneratedRegex(@"\b(?:the|its|their|his|her|our|a)\s+(?:[\w-]+\s+)?(?:worst|best|biggest|largest|highest|lowest|smallest|strongest|weakest|greatest|deepest|sharpest|steepest|fastest|slowest|longest|shortest|heaviest|latest|earliest|busiest|hottest|coldest|wettest|driest|most|least|first|record)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuperlativeRegex();

    // Another perfect between the event word and "since": "has said the ports have been shut since Sunday".
    [GeneratedRegex(@"\b(?:has|have|had)\b|\b\w+['’]ve\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerfectRegex();
}
