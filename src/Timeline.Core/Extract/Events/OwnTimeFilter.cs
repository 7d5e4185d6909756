using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Extract.Time;

namespace Timeline.Extract.Events;

/// <summary>
/// Decides whether a time expression in a clause can date the clause's own event. It cannot when it sits in
/// a comparison or a starting point ("the worst since 1987", "higher than in 2008", "since the April 20
/// explosion"), when it is a length of time ("in six years"), when it is possessive and so belongs to a noun
/// ("this year's conference"), or when a bare number is not written as a year ("Local 1520", "Boeing 747"). Pure.
/// </summary>
public static partial class OwnTimeFilter
{
    public static bool CanDate(string clause, int clauseStart, Timex3 time)
    {
        if (time.Type is "DURATION" or "SET") return false;
        // "now", "currently", "the current term": the present of the text, no date of the event ("recently" is: before it).
        if (time.Value is "PRESENT_REF" or "FUTURE_REF") return false;
        var before = clause[..Math.Max(0, Math.Min(clause.Length, time.Start - clauseStart))];
        var text = time.Text;

        // "More recently" counts from the story's last time, "most recently as chief executive" names the last of a list of posts,
        // "until very recently" ends a span: none is the article's month.
        if (time.Value == "PAST_REF" && NarrativeRecentRegex().IsMatch(before + text)) return false;
        // "Jackson had recently stepped back into the limelight", "had returned only recently": the past perfect counts "recently"
        // back from the story's past time, not from the article's date.
        if (time.Value == "PAST_REF" && PastPerfectBeforeRegex().IsMatch(before)) return false;

        // "this year's conference", "last week's attack": a possessive time belongs to the noun after it, not to the clause's verb.
        var end = time.End - clauseStart;
        // "won a majority in yesterday's election", "was killed in Monday's attack": what happens in or at a happening a day's
        // possessive names happens on that day.
        if (((end >= 0 && end < clause.Length && clause[end] is '\'' or '’' && (end + 1 == clause.Length || clause[end + 1] is 's' or ' '))
            || text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
            && !InDaysHappening(clause, before, text, end) && !WonOrLostContest(clause, before, end)) return false;

        // "promised during his 2017 campaign", "won in the 2008 election": what happens in or at a happening a year names happens
        // in that year; the checks below, which read the year as the noun's and not the clause's, do not apply.
        var inYearsHappening = InYearsHappening(before, text, end >= 0 && end <= clause.Length ? clause[end..] : "");

        // "in the singer's June 2009 death", "over the firm's April 20 blast": a time between a possessor and its noun says
        // which of the possessor's happenings the noun is; that happening is another one than the clause's verb.
        if (ModifiesPossessorsNoun(clause, clauseStart, time) && !inYearsHappening) return false;

        // "to prevent a repeat of the April 20 explosion", "an Aug. 10, 1988, purchase agreement": a time between an article and its
        // noun says which happening or thing the noun is, not when the clause's verb happened.
        // The recogniser may take the article in: "the 20 April explosion".
        if (!inYearsHappening && end >= 0 && end <= clause.Length && ((ArticleEndRegex().IsMatch(before) && NounFollows(clause[end..].TrimStart(','))) || (ArticleStartRegex().IsMatch(text) && DeterminedCalendarTime(before, text, clause[end..])))) return false;

        if (NamesFigurePeriod(clause, clauseStart, time) || InTitleOfName(clause, clauseStart, time) || InCompoundWord(clause, clauseStart, time)) return false;

        // "on the morning of his death", "the night of the fire": a part of a day named by a happening is that happening's day,
        // which the text does not give here; the recogniser reads it as the publication day's.
        if (NamedByHappening(clause, clauseStart, time)) return false;
        // "at 1.30 am on the morning of his death": a clock time in such a part of a day is on that happening's day too.
        if (ClockTimeRegex().IsMatch(text) && end >= 0 && end < clause.Length && PartOfHappeningAfterRegex().IsMatch(clause[end..])) return false;

        // "on a recent afternoon", "one evening", "earlier that morning", "the next morning": a part of a day with no day named,
        // after a word that picks some day or the story's day, is no part of the article's day. "the daily morning call", "a
        // night shift": before a noun, it says which call or shift.
        if (BarePartOfDayRegex().IsMatch(text) && ((!text.Contains(' ', StringComparison.Ordinal) && SomeDayEndRegex().IsMatch(before)) || ModifiesNounAfter(clause, end))) return false;

        // "A year earlier", "the next day": counted from the story's time, not the article's (see AnaphoricTime).
        if (AnaphoricTime.IsAnaphoric(text)) return false;

        // A comparison or a starting point: the expression dates another happening.
        if (ComparisonRegex().IsMatch(before) || StartingPointRegex().IsMatch(before)) return false;

        // "was fined over a spill from corroded pipes in 2006": the time of what the clause is over (see DatedHappenings).
        if (DatedHappenings.ClosesReasonPhrase(before)) return false;

        // "in six years", "within two months": a length of time from now, not the event's date.
        if (LengthRegex().IsMatch(text) && InRegex().IsMatch(before)) return false;

        // A bare four-digit number is a year only after a preposition, a month or a season word.
        // "For 2019, the shipyard earned $40 million": a fronted "for" and a year set off by its comma is the period of the clause.
        if (YearOnlyRegex().IsMatch(text) && !YearContextRegex().IsMatch(before) && !inYearsHappening
            && !(FrontedForRegex().IsMatch(before) && end >= 0 && end < clause.Length && clause[end] == ',')) return false;

        // A bare month name after a capitalised word is part of a name ("the Long March"), as "May" can be a verb.
        if (MonthOnlyRegex().IsMatch(text) && !MonthContextRegex().IsMatch(before)) return false;
        return true;
    }

    /// <summary>
    /// "in yesterday's federal election", "at Monday's meeting", "during Sunday's final": a preposition of taking part before a
    /// day's possessive whose noun names a happening; the clause's verb happens within it, on that day.
    /// </summary>
    public static bool InDaysHappening(string clause, string before, string timeText, int end)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(timeText);
        if (!TakingPartEndRegex().IsMatch(before) || !DayWordRegex().IsMatch(timeText.TrimEnd('s').TrimEnd('\'', '’')) || end < 0 || end > clause.Length) return false;
        return NamesHappening(clause[end..]);
    }

    [GeneratedRegex(@"\b(?:in|at|during)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TakingPartEndRegex();

    /// <summary>
    /// "won last year's presidential election", "lost Sunday's vote", "won last month's final": a contest is won or lost when it is
    /// held, so a possessive time of the contest dates the winning or the losing too.
    /// </summary>
    public static bool WonOrLostContest(string clause, string before, int end)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(before);
        return WinOrLoseEndRegex().IsMatch(before) && end >= 0 && end <= clause.Length && NamesHappening(clause[end..]);
    }

    [GeneratedRegex(@"\b(?:won|wins?|winning|lost|loses?|losing)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WinOrLoseEndRegex();

    /// <summary>
    /// "during his 2017 campaign", "in the 2008 election", "at the 2009 conference": a preposition of taking part, a determiner and
    /// a year before a noun that names a happening; the clause's verb happens within it, in that year.
    /// </summary>
    public static bool InYearsHappening(string before, string timeText, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(timeText);
        ArgumentNullException.ThrowIfNull(after);
        return TakingPartDeterminerEndRegex().IsMatch(before) && YearOnlyRegex().IsMatch(timeText)
            && NamesHappening(after);
    }

    [GeneratedRegex(@"\b(?:in|at|during)\s+(?:the|his|her|its|their|our|my|your)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TakingPartDeterminerEndRegex();

    [GeneratedRegex(@"^(?:yesterday|today|tonight|last\s+night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$", RegexOptions.IgnoreCase)]
    private static partial Regex DayWordRegex();

    // Whether the words after a time, up to a noun phrase's head, name a happening: "'s federal election", " campaign".
    private static bool NamesHappening(string after) =>
        HappeningPhraseRegex().Match(after) is { Success: true } owned && owned.Groups["word"].Captures.Any(c => HappeningNouns.Contains(c.Value));

    // The words of what the time (a possessive or a year) qualifies, up to its head: "'s federal election", "'s final", " campaign".
    [GeneratedRegex(@"^(?:['’]s)?\s+(?<word>[a-z-]+)(?:\s+(?<word>[a-z-]+)){0,2}")]
    private static partial Regex HappeningPhraseRegex();

    private static readonly HashSet<string> HappeningNouns = new(StringComparer.Ordinal)
    {
        "election", "elections", "vote", "poll", "referendum", "primary", "ballot", "attack", "attacks", "bombing", "bombings", "blast",
        "explosion", "crash", "shooting", "raid", "match", "game", "final", "race", "meeting", "summit", "hearing", "session", "debate",
        "ceremony", "conference", "talks", "speech", "rally", "protest", "protests", "earthquake", "quake", "storm", "fire", "campaign",
        "season", "war", "games", "tournament", "championship", "crisis", "flood", "floods", "hurricane", "strike", "trial", "visit",
    };

    /// <summary>
    /// "its third-quarter results", "the first-half loss", "BP's 2009 profits": after a determiner and before a figure a company
    /// reports, the time is the period the figure covers, not when anything in the clause happened; a headline keeps it as a
    /// word of the noun phrase. So is a period after the figure and "for": "will release its results for the second quarter on
    /// Tuesday", "reported a loss of $3bn for 2009".
    /// </summary>
    public static bool NamesFigurePeriod(string text, int textStart, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var (start, end) = (time.Start - textStart, time.End - textStart);
        return start >= 0 && end <= text.Length && ((DeterminerEndRegex().IsMatch(text.AsSpan(0, start)) && FigureNounRegex().IsMatch(text.AsSpan(end)))
            || FigureForEndRegex().IsMatch(text.AsSpan(0, start)));
    }

    /// <summary>
    /// "on the morning of his death", "the night of the fire": a part of a day named by a happening is that happening's day, which the
    /// text does not give here; the recogniser reads it as the publication day's. A headline keeps it as the words that say when.
    /// </summary>
    public static bool NamedByHappening(string text, int textStart, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var end = time.End - textStart;
        return PartOfDayRegex().IsMatch(time.Text) && end >= 0 && end < text.Length && OfAfterRegex().IsMatch(text[end..]);
    }

    /// <summary>
    /// "Holm spent the day with his son", "Reilly opened the day saying ...", "stocks ended the week lower": a bare stretch of time right
    /// after the verb, with no preposition, is what the verb acts on; a headline that left it out would lose the verb's object.
    /// <paramref name="verbEnd"/> is where the verb ends in <paramref name="text"/>.
    /// </summary>
    public static bool ObjectOfVerb(string text, int verbEnd, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        return time.Start == verbEnd + 1 && verbEnd < text.Length && text[verbEnd] == ' ' && StretchObjectRegex().IsMatch(time.Text);
    }

    [GeneratedRegex(@"^the\s+(?:day|week|weekend|month|year|session|morning|afternoon|evening|night|summer|winter)$", RegexOptions.IgnoreCase)]
    private static partial Regex StretchObjectRegex();

    [GeneratedRegex(@"^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|o'clock)?$|^(?:noon|midnight)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTimeRegex();

    [GeneratedRegex(@"^\s+(?:on|in|during)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|day|eve)\s+of\s+(?:the|a|an|his|her|its|their|our|my|[\w-]+['’]s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfHappeningAfterRegex();

    /// <summary>Whether a time is written as a length: "six years", "a decade", "several days", "the next two months".</summary>
    public static bool IsLength(string text) => LengthRegex().IsMatch(text);

    /// <summary>
    /// "handing over the day-to-day response", "a year-long inquiry", "the month-old moratorium": a time joined by a hyphen to the
    /// word after it is a word of a compound that describes a noun; it is no time of the text, and a headline keeps it.
    /// </summary>
    public static bool InCompoundWord(string text, int textStart, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var end = time.End - textStart;
        return end >= 0 && end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]);
    }

    /// <summary>
    /// "the Clean Water Act of 1990", "the Class of 2010", "the Treaty of 1815": a year after a capitalised noun and "of" is a
    /// word of the name (of a law, a treaty, a year's class), not when anything in the clause happened; a headline keeps it.
    /// "in April of 2009" is a date: a month or a season before "of" gives its year.
    /// </summary>
    public static bool InTitleOfName(string text, int textStart, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var (start, end) = (time.Start - textStart, time.End - textStart);
        if (start < 0 || end > text.Length || !YearOnlyRegex().IsMatch(time.Text)) return false;
        var name = NameOfRegex().Match(text[..start]);
        return name.Success && !NotNames.Contains(name.Groups["word"].Value) && !MonthOnlyRegex().IsMatch(name.Groups["word"].Value);
    }

    /// <summary>
    /// "the worst accident since 1990", "higher than in 2008", "compared with 2009": a time the clause sets its own against,
    /// read from the start of its sentence.
    /// </summary>
    public static bool Compares(string text, int textStart, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var start = time.Start - textStart;
        if (start < 0 || start > text.Length) return false;
        var from = SentenceSplitter.StartBefore(text, start);
        return ComparisonRegex().IsMatch(text[from..start]);
    }

    /// <summary>
    /// "in the singer's June 2009 death", "his Easter holidays", "their summer break": a time between a possessor and its noun
    /// says which of the possessor's happenings or things the noun is, not when anything the clause tells happened.
    /// </summary>
    public static bool ModifiesPossessorsNoun(string text, int textStart, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var (start, end) = (time.Start - textStart, time.End - textStart);
        return start >= 0 && end <= text.Length && PossessorEndRegex().IsMatch(text.AsSpan(0, start))
            && NounFollows(text[end..]);
    }

    /// <summary>
    /// "in the 1990 law", "its 2009 response plan", "for the 2010 oil spill", "issued a May 31 directive", "victims of the September
    /// 11, 2001, attacks": a year or a calendar day between a determiner and a noun says which one the noun is; a headline keeps it
    /// as a word of the noun phrase, as it would keep "new" or "federal".
    /// </summary>
    public static bool ModifiesNoun(string text, int textStart, Timex3 time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var (start, end) = (time.Start - textStart, time.End - textStart);
        return start >= 0 && end <= text.Length && DeterminedCalendarTime(text[..start], time.Text, text[end..]);
    }

    // A year or a calendar day between a determiner and a noun. The recogniser may take the article into the expression ("the 20
    // April"); then only a noun right after it ("to the 20 April explosion") makes it a modifier, and not after a preposition of
    // time, which the day answers ("on the 20 April, police ...").
    private static bool DeterminedCalendarTime(string before, string text, string after)
    {
        var bare = ArticleStartRegex().Replace(text, "");
        if (!(YearOnlyRegex().IsMatch(bare) || CalendarDayRegex().IsMatch(bare))) return false;
        if (bare.Length == text.Length)
            return DeterminerEndRegex().IsMatch(before) && NounFollows(after.TrimStart(','));
        return !TimePrepositionEndRegex().IsMatch(before) && NounFollows(after);
    }

    [GeneratedRegex(@"\b(?:on|by|until|till|since|from|before|after|through|between|during|in|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TimePrepositionEndRegex();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleStartRegex();

    // A day written with its month, and maybe its year: "May 31", "Sept. 11, 2001", "20 April 2010".
    [GeneratedRegex(@"^(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$|^\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?$")]
    private static partial Regex CalendarDayRegex();

    // Words after a year that do not make it a modifier: a preposition, a conjunction, a verb ("the 2010 was"), or a determiner,
    // which opens a noun phrase of its own ("at the end of the year, the firm said", "by the end of 2025, a spokesman said").
    private static readonly HashSet<string> NotModified = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "than", "was", "is", "were", "are", "had",
        "has", "have", "will", "would", "that", "which", "about", "after", "before", "during", "over", "into", "against", "when",
        "while", "since", "until", "through", "between", "near", "the", "a", "an", "his", "its", "their",
    };

    [GeneratedRegex(@"^[ ](?<word>[a-z][a-z-]*)\b")]
    private static partial Regex NounAfterRegex();

    // Whether a lower-case word that may be a noun phrase's follows: not a preposition, a conjunction or a verb NotModified lists.
    private static bool NounFollows(string after) => NounAfterRegex().Match(after) is { Success: true } next && !NotModified.Contains(next.Groups["word"].Value);

    [GeneratedRegex(@"(?<![\w'’])(?:the|an?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleEndRegex();

    // A possessor just before: "the singer's ", "the Joneses' ", or a possessive determiner ("his Easter holidays", "their
    // summer break": which of the possessor's holidays, whenever the story is).
    [GeneratedRegex(@"(?:\w(?:['’]s|s['’])|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our))\s+$")]
    private static partial Regex PossessorEndRegex();

    // Capitalised words before "of" that open a sentence or name a part of time, not a thing named: "Because of", "Summer of".
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Because", "Instead", "Out", "Most", "Many", "Some", "All", "None", "Much", "Part", "Both", "Each", "One", "Ahead", "End",
        "Start", "Beginning", "Middle", "Spring", "Summer", "Autumn", "Fall", "Winter", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    [GeneratedRegex(@"(?<![\w'’-])(?<word>\p{Lu}[\p{L}]+)\s+of\s+$")]
    private static partial Regex NameOfRegex();

    /// <summary>A month name right after a capitalised word that is not a preposition's object: "the Long March".</summary>
    public static bool IsPartOfName(List<Text.TextSpan> tokens, int k) =>
        k > 0 && MonthOnlyRegex().IsMatch(tokens[k].Text) && char.IsUpper(tokens[k - 1].Text[0]) && !MonthContextRegex().IsMatch(tokens[k - 1].Text);

    /// <summary>
    /// Whether nothing between the event word and the time expression opens another clause or phrase that the
    /// expression would date instead ("before it was capped on July 15", "since the blowout on 20 April"); a "when"
    /// clause tells the same time.
    /// </summary>
    public static bool SameClause(string clause, int clauseStart, int triggerOffset, Timex3 time)
    {
        if (time.Start < triggerOffset && (InFrontedClause(clause, clauseStart, triggerOffset, time) || InAppositive(clause, clauseStart, triggerOffset, time))) return false;
        var (from, to) = time.Start < triggerOffset ? (time.End, triggerOffset) : (triggerOffset, time.Start);
        from = Math.Clamp(from - clauseStart, 0, clause.Length);
        to = Math.Clamp(to - clauseStart, from, clause.Length);
        // "On Friday, rating agency Moody's downgraded BP", "Yesterday, striking workers blocked the port": an -ing word after the
        // comma of a fronted time, with no comma between it and the verb, is in the subject; a participle clause of its own ("On
        // Friday, citing the spill, BP cut") is set off from the subject by a comma.
        if (time.Start < triggerOffset && SubjectIngRegex().Match(clause[from..to]) is { Success: true } inSubject) from += inSubject.Length;
        return !OpensOtherClause(clause[from..to]) && !(time.Start >= triggerOffset && ClosesOnNounsVerb(clause[from..to]))
            && !(time.Start >= triggerOffset && BeforeGerund(clause, clauseStart, time))
            && !(time.Start >= triggerOffset && InfinitiveSpan(clause[from..to]));
    }

    /// <summary>
    /// "has asked Mexicans to stay at home over the holiday weekend", "agreed to pay the fund until 2013": a span of time after an
    /// infinitive that follows the verb ("over", "during", "until", "throughout" it) is how long the infinitive's act goes on, not
    /// when the verb's own act was done. <paramref name="between"/> is the text from the verb to the time.
    /// </summary>
    public static bool InfinitiveSpan(string between)
    {
        ArgumentNullException.ThrowIfNull(between);
        return InfinitiveRegex().IsMatch(between) && DurativeEndRegex().IsMatch(between);
    }

    // "to" and a word that is no determiner: the infinitive's marker, not the preposition ("to the port").
    [GeneratedRegex(@"\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)[a-z]+\b")]
    private static partial Regex InfinitiveRegex();

    // The span's preposition, its article and up to two words of the time's noun phrase ("over the holiday [weekend]").
    [GeneratedRegex(@"\b(?:over|during|until|till|through|throughout)\s+(?:the\s+|this\s+|next\s+)?(?:(?!(?:on|in|at|by|of|for|and|or)\b)[a-z]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DurativeEndRegex();

    /// <summary>
    /// "took her husband to task for recently dropping in at a party", "was accused of secretly meeting the rebels": a time
    /// between a preposition and the gerund it brings in stands where an adverb of that gerund stands; it dates the gerund's
    /// happening, another one than the event word's before it.
    /// </summary>
    public static bool BeforeGerund(string clause, int clauseStart, Timex3 time)
    {
        var start = time.Start - clauseStart;
        var end = time.End - clauseStart;
        return start >= 0 && end <= clause.Length && GerundPrepositionEndRegex().IsMatch(clause.AsSpan(0, start))
            && GerundAfterRegex().Match(clause[end..]) is { Success: true } next && !NotGerunds.Contains(next.Groups["word"].Value);
    }

    // Words in -ing after a time that are no gerund: "for recently during", "of late morning".
    private static readonly HashSet<string> NotGerunds = new(StringComparer.OrdinalIgnoreCase) { "during", "morning", "evening", "thing", "nothing", "something", "anything", "everything" };

    [GeneratedRegex(@"\b(?:for|of|about|over|after|before|without|against|from|by)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex GerundPrepositionEndRegex();

    [GeneratedRegex(@"^\s*,\s+[a-z]+ing\b(?=[^,;:]*$)")]
    private static partial Regex SubjectIngRegex();

    [GeneratedRegex(@"^\s+(?<word>[a-z]{2,}ing)\b")]
    private static partial Regex GerundAfterRegex();

    /// <summary>
    /// "uncovered a document prepared in 2001", "sold the ferry, built in 1976,", "paid the fines the court set on Monday": a verb
    /// right after a noun, with at most a preposition before the time, is a participle or a clause that tells of the noun; the time
    /// dates that verb, another happening than the event word's. "was arrested and charged in May" coordinates the verb itself.
    /// So does a relative clause with no "that" whose subject is a pronoun ("stepped down as chairman of the charity he founded in
    /// 1997").
    /// </summary>
    public static bool ClosesOnNounsVerb(string between)
    {
        var words = Text.Tokenizer.Tokenize(between).Select(t => t.Text).ToList();
        if (words.Count < 2) return false;
        var tags = Text.Pos.PosTagger.Default.Tag(words);
        var last = words.Count - 1;
        if (tags[last] == "IN" && !words[last].Equals("that", StringComparison.OrdinalIgnoreCase)) last--;
        if (last < 1 || tags[last] is not ("VBN" or "VBD") || words[last].Length <= 3) return false;
        // "the ferries Vell had bought on Monday": the relative clause's own auxiliary stands between its subject and its verb.
        var before = last - 1 >= 1 && tags[last] == "VBN" && words[last - 1].ToLowerInvariant() is "had" or "has" or "have" ? last - 2 : last - 1;
        return IsNoun(tags[before]) || (words[before] == "," && before >= 1 && IsNoun(tags[before - 1]))
            || (SubjectPronouns.Contains(words[before]) && before >= 1 && IsNoun(tags[before - 1]));
    }

    private static bool IsNoun(string tag) => tag is "NN" or "NNS" or "NNP" or "NNPS";

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "we", "i", "you" };

    /// <summary>
    /// Whether <paramref name="between"/>, the words between an event word and a phrase, opens another clause or phrase that
    /// the phrase would belong to instead ("before", "which", "whether", ", saying").
    /// </summary>
    // "the World Health Organization (WHO) warned": a word in capitals is an acronym, not the pronoun that opens a clause.
    public static bool OpensOtherClause(string between) => OtherClauseRegex().Matches(between).Any(m => !IsAcronym(m.Value));

    /// <summary>
    /// "After the virus was identified on April 23, Mexico banned public events": a clause opened by "after", "before",
    /// "since", "until" or "once", with a verb of its own and set off by a comma, is another happening; its time dates it,
    /// not the main clause. "After talks on Monday, Iran agreed" has no verb there: a phrase, not a clause.
    /// </summary>
    public static bool InFrontedClause(string clause, int clauseStart, int triggerOffset, Timex3 time)
    {
        var start = Math.Clamp(time.Start - clauseStart, 0, clause.Length);
        var end = Math.Clamp(time.End - clauseStart, start, clause.Length);
        var trigger = Math.Clamp(triggerOffset - clauseStart, end, clause.Length);
        if (FrontedRegex().Match(clause[..start]) is not { Success: true } opener || !clause[end..trigger].Contains(',', StringComparison.Ordinal)) return false;
        var words = Text.Tokenizer.Tokenize(clause[(opener.Index + opener.Length)..start]).Select(t => t.Text).ToList();
        return words.Count > 0 && Text.Pos.PosTagger.Default.Tag(words).Any(t => t is "VBD" or "VBZ" or "VBP" or "VBN");
    }

    /// <summary>
    /// "General Motors, the largest carmaker in the US for most of the last century, filed for bankruptcy on Monday": a noun
    /// phrase set off by commas between the subject and its verb describes the subject; a time inside it is the description's,
    /// not the verb's. "Lars Holm, on Monday, resigned" sets off the time alone, which dates the verb.
    /// </summary>
    public static bool InAppositive(string clause, int clauseStart, int triggerOffset, Timex3 time)
    {
        var start = Math.Clamp(time.Start - clauseStart, 0, clause.Length);
        var end = Math.Clamp(time.End - clauseStart, start, clause.Length);
        var trigger = Math.Clamp(triggerOffset - clauseStart, end, clause.Length);
        var open = start > 0 ? clause.LastIndexOf(',', start - 1) : -1;
        var close = clause.IndexOf(',', end);
        return open > 0 && close >= 0 && close < trigger && AppositiveOpening().IsMatch(clause[(open + 1)..start]);
    }

    [GeneratedRegex(@"^\s*(?:the|a|an|its|his|her|their)\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex AppositiveOpening();

    // The clause's first words: "After", "Shortly before", "Ever since", "Soon after", "Two weeks after", "In the days after".
    [GeneratedRegex(@"^\W*(?:(?:shortly|just|soon|long|ever|only|even)\s+)?(?:(?:in\s+the\s+(?:first\s+|last\s+|final\s+)?|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few)\s+)(?:hours|days|weeks|months|years|hour|day|week|month|year)\s+)?(?:after|before|since|until|once)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedRegex();

    /// <summary>A word of two or more letters all in capitals ("WHO", "IF"): a name, never a function word.</summary>
    public static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    // "when" is not among them: what happens when another thing happens happens then too ("was threatened with arrest
    // when filming the beach last week", "will publish the findings when the inquiry ends next month"). Nor is "while" before
    // a participle, which says what the subject was doing as it happened ("crashed while landing at the airport on Saturday",
    // "was injured while skiing in Norway on Monday"); "while" with a clause of its own ("while Shell's fell on Monday") stays.
    // "apologised for comments that were made during a show on 17 March", "blamed a fire that broke out in November": a relative
    // "that" with its own verb opens one too (a past form: "that day", "that week" are no clause).
    // "was denied bail and will be sentenced on 29 November": so does a second verb phrase with an auxiliary of its own.
    // "cancel the dividend due for payment on June 21": "due" after a noun and its time tell the noun's deadline, not the
    // cancelling ("the verdict is due on Monday" is the verdict's own time).
    // "is sinking into recession and many analysts expect the economy will contract this year": a second subject with a verb of
    // expecting or saying after "and" opens what they expect, whose time it is.
    // "was faulted for its response, with some drawing comparisons to Katrina in 2005", "performs well, with cash flow expected
    // to exceed $30bn in 2010": "with", a subject and a participle after a comma make a clause of their own; "with the revised
    // figures" is a noun phrase.
    // "Should a hurricane strike the Gulf this weekend": an inverted condition, capitalised, opens a clause of its own.
    // "than" before a figure ("paid more than $9,000 a month in May") or an amount in words ("cut its forecast by more than half
    // last month") compares amounts, not happenings: it opens no clause.
    [GeneratedRegex(@"(?-i:\b(?:Should|Were|Had)\s+(?:a|an|the|it|he|she|they|we|there|this|that)\b)|(?<!\b(?:is|are|was|were|be|been|being|now|still|not|'s|’s)\s+)\bdue\s+(?:(?:for|on|in|by|at|next|this|before)\b|(?-i:(?=[A-Z0-9]))|$)|\b(?:before|after|since|until|till|whenever|(?:while|whilst)(?!\s+(?!(?:during|morning|evening|nothing|something|anything|everything)\b)[a-z]+ing\b)|because|which|who|whose|where|whether|following|amid|than(?!\s+(?:(?:[$£€#]\s*)?\d|(?:half|a\s+(?:half|third|quarter|fifth|tenth)|one|two|three|four|five|six|seven|eight|nine|ten|double|twice|triple)\b))|if|unless|once)\b|(?-i:,\s+[a-z]+ing\b)|,\s+with\s+(?!(?:a|an|the|its|their|his|her|this|that|these|those|new)\s+\w+(?:ing|ed)\b)(?:[\w'’-]+\s+){1,4}[""“]?\w+(?:ing|ed)\b|\bthat\s+(?:were|was|had|has|have|(?-i:[a-z]+ed)|broke|began|came|fell|rose|took|went|hit|struck|ran|grew|won|lost|sank|spread|caught|left|led|killed)\b|\b(?:and|but)\s+(?:will|would|shall|should|could|can|may|might|must|is|are|was|were|has|have|had)\b|\b(?:and|but)\s+(?:(?:many|most|some|other|several|the|its|their)\s+)?[\w-]+\s+(?:expect|expects|expected|predict|predicts|predicted|forecast|forecasts|believe|believes|fear|fears|feared|estimate|estimates|estimated|think|thinks|say|says|said|warn|warns|warned|hope|hopes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherClauseRegex();

    [GeneratedRegex(@"^the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|day|eve)$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfDayRegex();

    /// <summary>A part of a day with no day, "this" or "last": "morning", "the night".</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:morning|afternoon|evening|night)$", RegexOptions.IgnoreCase)]
    public static partial Regex BarePartOfDayRegex();

    // Whether a word of a noun phrase follows the time that ends at end: "the daily morning call", "the night shift"; not a
    // preposition, a conjunction or a verb NotModified lists, nor a word that opens a clause ("the night before", "in the
    // morning they left").
    private static bool ModifiesNounAfter(string clause, int end) =>
        end >= 0 && end < clause.Length && NounAfterRegex().Match(clause[end..]) is { Success: true } next
        && !NotModified.Contains(next.Groups["word"].Value) && !OpensAfterPartOfDay.Contains(next.Groups["word"].Value);

    private static readonly HashSet<string> OpensAfterPartOfDay = new(StringComparer.Ordinal)
    {
        "when", "while", "as", "after", "before", "until", "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those",
        "his", "her", "its", "their", "our", "my", "the", "a", "an", "so", "then", "too", "also", "alone",
    };

    // Words before a part of a day that pick some day or the story's one: "a recent", "one", "that", "the next", "every".
    [GeneratedRegex(@"\b(?:an?(?:\s+\w+)?|one|that|every|each|the\s+(?:same|next|following|previous|preceding))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SomeDayEndRegex();

    [GeneratedRegex(@"^\s+of\s+(?:the|a|an|his|her|its|their|our|my|[\w-]+['’]s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfAfterRegex();

    // "than", "compared with", "the worst ... since" up to a few words before the expression, no verb of its own between; "more
    // than half last month" compares amounts.
    [GeneratedRegex(@"\b(?:than(?!\s+(?:half|a\s+(?:half|third|quarter|fifth|tenth)|one|two|three|four|five|six|seven|eight|nine|ten|double|twice|triple)\s)|compared\s+(?:with|to)|the\s+(?:\w+\s+)?(?:worst|biggest|largest|highest|lowest|best|first|most|least|smallest|strongest|weakest)\s+(?:\w+\s+){0,3}(?:in|since|for))\s+(?:(?:the|a|an|its|their|his|her|last|this|that|early|late|mid|[\w-]+(?:'s|’s)?)\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonRegex();

    // "since", "as of" up to a few words before the expression: the time a span starts from.
    [GeneratedRegex(@"\b(?:since|as\s+of)\s+(?:(?:the|a|an|its|their|his|her|last|this|that|early|late|mid|[\w-]+(?:'s|’s)?)\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex StartingPointRegex();

    [GeneratedRegex(@"^(?:the\s+next\s+|a\s+|an\s+|\d+\s+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|few)\b.*\b(?:years?|months?|weeks?|days?|decades?|hours?)$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthRegex();

    [GeneratedRegex(@"\b(?:in|within|over|for|after)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex InRegex();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)$")]
    private static partial Regex MonthOnlyRegex();

    [GeneratedRegex(@"(?:\b(?:in|by|until|till|through|during|of|before|after|early|late|mid|since|from|to|and|or|this|last|next|that|each|every|on)|[-–,]|^)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthContextRegex();

    [GeneratedRegex(@"\b(?:more|most|until|till|up\s+until|up\s+to)\s+(?:very\s+)?recently$", RegexOptions.IgnoreCase)]
    private static partial Regex NarrativeRecentRegex();

    [GeneratedRegex(@"\b(?:had|'d|’d)\s+(?:[a-z]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex PastPerfectBeforeRegex();

    [GeneratedRegex(@"(?:\b(?:its|their|his|her|our|the|a|an|this|that|these|those)|\w(?:'s|’s|s'|s’))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerEndRegex();

    // A figure and "for", maybe with its amount between: "results for ", "a loss of $3.2 billion for ", "dividend for the ".
    [GeneratedRegex(@"\b(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|figures|accounts|dividends?|turnover|income|output|production|growth|GDP|guidance|numbers|bonus(?:es)?|payouts?)(?:\s+of\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?[$£€#]?\s*\d[\d.,]*\s*(?:bn|billion|m|mn|million|trillion|%|percent)?)?\s+for\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureForEndRegex();

    // The figures of a period: results, earnings, profit, a loss, sales, a dividend, growth; one word may stand between
    // ("third-quarter net profit", "first-half pre-tax loss").
    [GeneratedRegex(@"^[\s-]*(?:[\w-]+\s+)?(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|figures|accounts|dividends?|turnover|income|output|production|growth|GDP|forecasts?|guidance|numbers|bonus(?:es)?|payouts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureNounRegex();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnlyRegex();

    [GeneratedRegex(@"(?:\b(?:in|by|until|till|through|during|of|before|after|early|late|mid|since|from|to|and|or|summer|spring|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|[-–,])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex YearContextRegex();

    [GeneratedRegex(@"^\s*For\s+$")]
    private static partial Regex FrontedForRegex();
}
