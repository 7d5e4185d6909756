using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// A time the text counts from another happening: "sent letters two weeks after the accident", "stepped down hours before a
/// planned press conference", "in the months before his death", "a day before the fire", "weeks into the crisis", "six weeks
/// after being sworn in". The clause's date is that happening's date moved by the count; without it the clause gives no date
/// of its own, yet "on or before the article date" would hide that the text dates it. A time expression after the
/// preposition ("two days before Christmas", "a week after 20 April") is a date, not a happening. Pure.
/// </summary>
public static partial class CountedFromHappening
{
    /// <summary>
    /// Whether <paramref name="clause"/> (starting at <paramref name="clauseStart"/> in the article) counts the time of the
    /// event at <paramref name="triggerOffset"/> from a happening; <paramref name="inTime"/> tells whether an article offset
    /// lies in a time expression. A count after another clause's opener ("raised the question whether Transocean ignored
    /// tests hours before the explosion") or a preposition's verb ("criticised the doctor for talking on the phone in the
    /// hours before the death") times that, not the event.
    /// </summary>
    public static bool In(string clause, int clauseStart, int triggerOffset, Func<int, bool> inTime)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(inTime);
        var trigger = Math.Clamp(triggerOffset - clauseStart, 0, clause.Length);
        foreach (Match m in CountedRegex().Matches(clause))
        {
            if (inTime(clauseStart + m.Groups["from"].Index)) continue;
            if (m.Index > trigger)
            {
                var between = clause[trigger..m.Index];
                if (OwnTimeFilter.OpensOtherClause(between) || PrepositionVerbRegex().IsMatch(between)) continue;
            }

            return true;
        }

        return false;
    }

    // "for talking", "of covering up", "about drilling": a preposition's verb in -ing, whose own time the count may be.
    [GeneratedRegex(@"\b(?:for|of|about|over|by|from|on|in|without)\s+[a-z]+ing\b", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionVerbRegex();

    // "two weeks after the accident", "just days after the oil spill", "hours before a planned press conference", "nine days
    // after being sworn in", "weeks into the crisis", "in the months before his death", "a day before the fire", "the day
    // after the vote". The count needs a unit of time and a word that names the happening after the preposition: a
    // determiner, a possessive, a capitalised name or a verb in -ing. "A year earlier" or "two days later" count from a time
    // (AnaphoricTime), and "after 2005" or "before noon" are times. A bare unit is plural ("days after"): "this month after his
    // predecessor left" counts nothing.
    [GeneratedRegex(@"\b(?i:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|several|a\s+few|few|some|many|the)\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)|(?:minutes|hours|days|nights|weeks|months|years|decades))\s+(?:after|before|prior\s+to|ahead\s+of|into|following))\s+(?<from>(?:the|a|an|his|her|its|their|this|that)\b|[A-Z][\w.-]*(?:'s|’s)\b|[a-z]+ing\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CountedRegex();
}
