using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// A day, weekday or month named without a year, read alone, is the nearest one, which the verb's tense may contradict. A plan
/// lies after the time of writing: "will meet Obama on Wednesday" in a Friday article is the Wednesday to come, "will sell the
/// ferries on November 3" in a May article the November to come. What a past-tense verb tells has happened: "Jackson died on
/// 25 June" in a 9 June article is the 25 June before, "BP closed the field in August" in a June article the August before.
/// A year, or a word that says which one ("last", "next", "this"), is left as the text gives it, and so is a feast that moves
/// from year to year (Easter). "This week" in a Sunday article, for a plan, is the week to come. Pure.
/// </summary>
public static partial class TenseDates
{
    /// <summary>How far before writing a plan's year-less day may lie and still be read as given: a plan just missed or retold.</summary>
    public const int PlanSlackDays = 31;

    /// <summary>
    /// The date of a planned event moved to the first such weekday, day or month on or after <paramref name="published"/>. A
    /// plan told in the past (<paramref name="pastPlan"/>: "had been due to spend Easter on the Scilly Isles") may have been
    /// for a day long gone: only its bare weekday moves.
    /// </summary>
    public static EventDate Forward(EventDate date, DateOnly published, bool pastPlan = false)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date is not { Relation: DateRelation.On, Start: { } start, Text: { } text } || start >= published) return date;
        // "will travel to the US this week" in a Sunday paper: the week that ends as it is written leaves no time for a plan;
        // it is the week to come.
        if (date.Precision == DatePrecision.Week && !pastPlan && published.DayOfWeek == DayOfWeek.Sunday && start.AddDays(6) == published
            && ThisWeekRegex().IsMatch(text))
        {
            var monday = start.AddDays(7);
            var week = monday.ToDateTime(TimeOnly.MinValue);
            return date with
            {
                Start = monday, End = monday.AddDays(6),
                Value = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(week):D4}-W{ISOWeek.GetWeekOfYear(week):D2}"),
            };
        }

        if (date.Precision == DatePrecision.Day && PlanWeekdayRegex().IsMatch(text.Trim())) return Moved(date, start.AddDays((published.DayNumber - start.DayNumber + 6) / 7 * 7));
        if (pastPlan || !Yearless(date) || published.DayNumber - start.DayNumber <= PlanSlackDays) return date;
        var moved = start;
        while (moved < published) moved = moved.AddYears(1);
        return Moved(date, moved);
    }

    /// <summary>The date of a happened event moved back to the last such weekday, day or month on or before <paramref name="published"/>.</summary>
    public static EventDate Back(EventDate date, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date is not { Relation: DateRelation.On, Start: { } start, Text: { } text } || start <= published) return date;
        if (date.Precision == DatePrecision.Day && PastWeekdayRegex().IsMatch(text.Trim())) return Moved(date with { Planned = false }, start.AddDays(-((start.DayNumber - published.DayNumber + 6) / 7 * 7)));
        if (!Yearless(date)) return date;
        var moved = start;
        while (moved > published) moved = moved.AddYears(-1);
        return Moved(date with { Planned = false }, moved);
    }

    /// <summary>
    /// Whether <paramref name="date"/>, a clause's own time, is a day gone by that a present perfect cannot take: English says
    /// "resigned on Monday", never "has resigned on Monday", so in "Lars Holm has been summoned for talks on Wednesday" the
    /// day is the talks', not the summons'. "Today", "this week" and other times that include the present go with the perfect.
    /// </summary>
    public static bool PastDayOfPerfect(EventDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date is { Precision: DatePrecision.Day, Relation: DateRelation.On, Text: { } text } && !PresentRegex().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a time gone by that a present perfect cannot take: a day gone by (see
    /// <see cref="PastDayOfPerfect"/>), or a month, season or year that ended before the article was written. "has pleaded not
    /// guilty to the killing in June 2009", "has accepted its guilt in an accident in 2005": the time is the killing's or the
    /// accident's. "Has fallen this month", "has risen in 2010" in a 2010 article, "has grown over the past week" include the present and go
    /// with the perfect.
    /// </summary>
    /// <param name="date">The clause's own time.</param>
    /// <param name="published">The article's date.</param>
    /// <param name="nextToVerb">Whether the time stands right by the verb group ("Maersk has warned last month"): news writes a month
    /// gone by there for the verb's own time, loose as the tense is; one after the object is the object's.</param>
    public static bool PastTimeOfPerfect(EventDate date, DateOnly? published, bool nextToVerb = false)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (PastDayOfPerfect(date)) return true;
        return !nextToVerb && published is { } writtenOn && date is { Relation: DateRelation.On, Text: { } text, End: { } end } && end < writtenOn
            && date.Precision is not (DatePrecision.Day or DatePrecision.Time) && !PresentRegex().IsMatch(text) && !UpToNowRegex().IsMatch(text);
    }

    /// <summary>
    /// Whether the time <paramref name="timeText"/> modifies the verb whose group starts at <paramref name="groupStart"/> and whose
    /// verb ends at <paramref name="verbEnd"/> in <paramref name="clause"/>: it stands before the group with only the subject's few
    /// words between ("last month Maersk has warned"), or after the verb and its object with no phrase opened between ("has warned
    /// last month", "has closed its depot last month"). "Has pleaded not guilty to the killing of a guard in June 2009": the time
    /// closes a chain of phrases and may be any of their nouns'.
    /// </summary>
    public static bool ModifiesVerb(string clause, int groupStart, int verbEnd, string? timeText)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (timeText is null) return false;
        var at = clause.IndexOf(timeText, StringComparison.Ordinal);
        if (at < 0) return false;
        if (at >= verbEnd) return !Words(clause[verbEnd..at]).Any(PhraseOpeners.Contains);
        var timeEnd = at + timeText.Length;
        return timeEnd <= groupStart && Words(clause[timeEnd..groupStart]).Length <= 3;
    }

    private static string[] Words(string text) => text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);

    // Prepositions and relative words: after the verb, one of them opens a phrase a later time may belong to.
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "of", "to", "for", "from", "with", "by", "about", "over", "into", "after", "before", "during", "as", "against",
        "under", "since", "between", "among", "through", "that", "which", "who",
    };

    // "over the past week", "in recent months", "in the last few days": a span that runs up to the present.
    [GeneratedRegex(@"\b(?:past|recent|last\s+(?:few|several|couple))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpToNowRegex();

    [GeneratedRegex(@"\b(?:today|tonight|this|now|so\s+far)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentRegex();

    /// <summary>
    /// Whether the time <paramref name="timeText"/>, after the event word ending at <paramref name="triggerEnd"/> in
    /// <paramref name="clause"/>, follows another verb to come and so times it: "was called to testify on June 17", "said
    /// Apache would pay a deposit on July 30", "postponed a hearing, scheduled for Thursday".
    /// </summary>
    public static bool TimesVerbToCome(string clause, int triggerEnd, string timeText)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(timeText);
        var from = Math.Clamp(triggerEnd, 0, clause.Length);
        var at = clause.IndexOf(timeText, from, StringComparison.Ordinal);
        // Read from the verb on, but with the verb in sight: "forced to close" is no verb to come.
        return at > from && VerbToComeRegex().IsMatch(clause[..at], from);
    }

    // "to" before a determiner is a preposition ("returned to the island on 25 June"), not an infinitive's. After a verb that
    // tells the infinitive came true ("was forced to close the field in August", "managed to sell it in May"), the infinitive's
    // time is the verb's own, gone by as it is.
    [GeneratedRegex(@"(?<!\b(?:forced|compelled|obliged|managed|able|made)\s+)\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|some|all|both|each|every)\b)[a-z]+\b|\b(?:will|would|shall|scheduled|due|set|planned)\b|['’]ll\b")]
    private static partial Regex VerbToComeRegex();

    private static bool Yearless(EventDate date) =>
        date.Precision is DatePrecision.Day or DatePrecision.Month && date.Text is { } text && !YearRegex().IsMatch(text) && !SaysWhichRegex().IsMatch(text)
        && !WeekdayRegex().IsMatch(text) && MonthRegex().IsMatch(text);

    private static EventDate Moved(EventDate date, DateOnly day)
    {
        if (date.Precision == DatePrecision.Month)
        {
            var first = new DateOnly(day.Year, day.Month, 1);
            return date with { Start = first, End = first.AddMonths(1).AddDays(-1), Value = first.ToString("yyyy-MM", CultureInfo.InvariantCulture) };
        }

        return date with { Start = day, End = day, Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    }

    [GeneratedRegex(@"^(?:(?:later|in|during|for)\s+)?(?:later\s+)?(?:this|the\s+current)\s+week$", RegexOptions.IgnoreCase)]
    private static partial Regex ThisWeekRegex();

    // A month by name: its day is the same every year, unlike Easter or Thanksgiving.
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")]
    private static partial Regex MonthRegex();

    // A year of four digits or an apostrophe year ("in '09").
    [GeneratedRegex(@"\d{4}|['’]\d\d\b")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(?:last|past|previous|next|coming|this|upcoming|following|later|earlier|tomorrow|yesterday|today|tonight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysWhichRegex();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();

    // A weekday named alone: "Wednesday", "on Wednesday", "this Wednesday"; "last Wednesday" says which one it is.
    [GeneratedRegex(@"^(?:on\s+|this\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlanWeekdayRegex();

    // "on Friday", "this Friday"; "next Friday" says which one it is.
    [GeneratedRegex(@"^(?:on\s+|this\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.IgnoreCase)]
    private static partial Regex PastWeekdayRegex();
}
