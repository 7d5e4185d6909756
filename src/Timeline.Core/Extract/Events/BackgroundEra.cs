using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Whether the sentences just before a clause set the story in an earlier era: "In 1971 the yard built its first ferry at Aarhus. ...
/// He ordered a second one" tells a happening of that era, not of the days the article reports. A past happening the text
/// gives no time of its own then is not known to have happened "on or before the article date" in any useful sense. Pure.
/// </summary>
internal static partial class BackgroundEra
{
    /// <summary>How many sentences back a named era still holds a narrative that gives no newer time.</summary>
    public const int Sentences = 4;

    /// <summary>
    /// True when the last time the text names between <paramref name="from"/> and <paramref name="to"/> (the sentences just
    /// before the clause and its own words before it) lies wholly more than a year before <paramref name="articleDate"/>.
    /// The year of a name ("the Clean Water Act of 1990"), of a figure ("its 2009 profit") or one that says which noun
    /// ("the 2006 spill") sets no era, nor does a time that says which of a possessor's things is meant ("his Easter holidays"),
    /// one a comparison sets the clause against ("the worst accident since 1990") or an old time that no preposition brings in
    /// ("MOEX 2007 LLC"): an era is told "in 1965", "since 2003", "during the 1970s". "Five years later" counts on from the
    /// era, so the time it counts from decides; a time to come sets no era of what was told. A recent time ("last month") or a
    /// clause that comes back to the present ("More recently, ...", "Now ...") ends the era. The era is the story's only when
    /// the last happening told in those sentences with a time of its own (<paramref name="lastTold"/>) is of it too: a year
    /// that only says which happening is meant ("the singer's wedding in May 2001", "battered by a hurricane in 2005") tells no
    /// happening of its own; a time that opens its sentence ("In 1971, ...") sets the scene of what follows whatever the sentence
    /// tells, and one that closes the subject of a past verb ("An explosion at a refinery in 2005 killed 15 people") tells its
    /// happening. In a feature that opens in its era (<paramref name="retrospective"/>, see <see cref="RetrospectiveArticle"/>)
    /// any old time does.
    /// </summary>
    public static bool Holds(string text, IEnumerable<Timex3> times, int from, int to, DateOnly? articleDate, string clause, EventDate? lastTold, bool retrospective)
    {
        if (articleDate is not { } published || BackToPresentRegex().IsMatch(AsideNowRegex().Replace(clause, ","))) return false;
        var old = published.AddYears(-1);
        var toldOld = lastTold is { Planned: false } told && (told.End ?? told.Start) is { } toldEnd && toldEnd < old;
        var last = times.Where(t => t.Start >= from && t.End <= to && t.Type is "DATE" or "TIME" && !AnaphoricTime.IsAnaphoric(t.Text)
                && !OwnTimeFilter.InTitleOfName(text, 0, t) && !OwnTimeFilter.NamesFigurePeriod(text, 0, t) && !OwnTimeFilter.ModifiesNoun(text, 0, t)
                && !OwnTimeFilter.ModifiesPossessorsNoun(text, 0, t) && !OwnTimeFilter.Compares(text, 0, t)
                && !Quoted(text, t.Start) && !VaguePast(t) && !AsideNow(text, t))
            .OrderBy(t => t.Start)
            .Select(t => (Time: t, Date: TimexResolver.Resolve(t, published)))
            // A time after the article's day is a plan, or a name read as a time ("the Sixties field"): no era of the narrative.
            .LastOrDefault(t => t.Date is { Planned: false } d && (d.Start ?? d.End) is { } start && start <= published
                && (AfterPreposition(text, t.Time.Start) || (d.End ?? start) >= old));
        return last.Date is { } era && (era.End ?? era.Start) is { } end && end < old
            && (retrospective || toldOld || OpensSentence(text, last.Time.Start) || AtThatTimeRegex().IsMatch(clause) || DatesMainVerb(text, last.Time.Start)
                || DatesSubjectsHappening(text, last.Time.Start, last.Time.End));
    }

    /// <summary>
    /// Whether an old time closes a main clause's past verb: "He was appointed in 2003", "Holm came to Aarhus in 1982 with a
    /// plan" tell a happening of that year, which sets the story there; "the tanker that ran aground in 1989" only says which
    /// happening is meant. Read from the last comma or the sentence start before the time: a past verb, its only one, no relative
    /// or subordinating word before it, its subject (if there) a pronoun or a name.
    /// </summary>
    public static bool DatesMainVerb(string text, int timeStart)
    {
        var from = Math.Max(text.LastIndexOfAny(['.', '!', '?', '\n', ',', ';', ':', '(', '"', '“', '—'], Math.Max(0, timeStart - 1)) + 1, 0);
        var words = Tokenizer.Tokenize(text[from..timeStart]).Select(t => t.Text).ToList();
        if (words.Count == 0) return false;
        var tags = PosTagger.Default.Tag(words);
        var verb = -1;
        for (var k = words.Count - 1; k >= 0 && verb < 0; k--) if (tags[k].StartsWith("VB", StringComparison.Ordinal)) verb = k;
        if (verb < 0 || words.Take(verb).Any(w => Subordinators.Contains(w))) return false;
        // "the spill could match the gallons spilt", "the doctor charged with": a verb before it, or a common noun that could
        // be what a participle describes, leaves the year with another happening than the clause's.
        var first = tags.ToList().FindIndex(t => t.StartsWith("VB", StringComparison.Ordinal) || t == "MD");
        if (first < verb && words.Skip(first).Take(verb - first).Any(w => w is not ("was" or "were" or "had"))) return false;
        // "The index shed 18 percent in 2003", "The tanker ran aground in 1989": a sentence that opens with a plain noun phrase and
        // then its first verb is as much a main clause as one whose subject is a name; after a comma, "the doctor charged with" is
        // a noun and a participle that says which doctor.
        var plainSubject = from <= SentenceOpening(text, timeStart) && first > 0 && tags.Take(first).All(t => t is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "CD");
        if (first > 0 && tags[first - 1] is not ("PRP" or "NNP" or "NNPS") && !plainSubject) return false;
        return tags[verb] == "VBD" || (tags[verb] == "VBN" && words.Take(verb).Any(w => w is "was" or "were"));
    }

    /// <summary>
    /// Whether an old time closes the subject of a main clause's past verb: "An explosion at a refinery in 2005 killed 15
    /// people", "A strike at the mine in March 2008 halted output" tell a happening of that time, which sets the story there.
    /// The subject runs from the sentence start with no verb and no comma in it (an aside such as ", the worst since 1990," says
    /// which happening, not when the clause's one was), the time is brought in by "in" or "during", and the past verb follows
    /// it at once.
    /// </summary>
    public static bool DatesSubjectsHappening(string text, int timeStart, int timeEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = SentenceSplitter.StartBefore(text, timeStart);
        if (timeStart <= from || timeEnd > text.Length || !SubjectTimeRegex().IsMatch(text.AsSpan(from, timeStart - from))) return false;
        var tokens = Tokenizer.Tokenize(text[from..Math.Min(text.Length, timeEnd + 40)]);
        var subject = tokens.Count(t => from + t.Start < timeStart);
        var verb = tokens.FindIndex(t => from + t.Start >= timeEnd);
        if (subject < 3 || verb < 0) return false;
        var tags = PosTagger.Default.Tag([.. tokens.Select(t => t.Text)]);
        // The tagger often reads the past verb after a figure as a participle ("in 2005/CD killed/VBN"); one that goes on with "by"
        // ("A fire in 2015 caused by arson") is a participle describing the subject, whose own verb comes later.
        return !tags.Take(subject).Any(t => t.StartsWith("VB", StringComparison.Ordinal) || t == "MD")
            && (tags[verb] == "VBD" || (tags[verb] == "VBN" && (verb + 1 >= tokens.Count || tokens[verb + 1].Text != "by")));
    }

    // A subject that opens on a noun phrase and ends on the preposition that brings the time in: "An explosion at a refinery in ".
    [GeneratedRegex(@"^\s*(?:[Aa]n?|[Tt]he)\s[^,;:""“”()]*\s(?:in|during)\s+$")]
    private static partial Regex SubjectTimeRegex();

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "as", "since", "after", "before", "until", "than",
    };

    // "He said: "In this day and age ..."": a quotation speaks from its speaker's own time, which sets or ends no era of the
    // narrative. A quotation is read within its paragraph, as news opens each quoted paragraph anew.
    private static bool Quoted(string text, int start)
    {
        var paragraph = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return HappeningScreen.InQuotation(text[paragraph..start], start - paragraph);
    }

    // "At the time, Holm ran the yard", "At that time": a clause that opens on the time just named goes on in it; "at the time
    // of the blast" names a happening instead.
    [GeneratedRegex(@"^\W*(?:[Aa]t (?:the|that) time|[Bb]ack then)\b(?! of\b)")]
    private static partial Regex AtThatTimeRegex();

    // "In the past, small spills had been cleaned up with detergents": a past that names no time sets no era and ends none.
    private static bool VaguePast(Timex3 time) => time.Value == "PAST_REF" && time.Text.EndsWith("the past", StringComparison.OrdinalIgnoreCase);

    // "Wes Tunnell, now at a Texas institute, took samples", "Barker, now 81, was sent to report": an aside on what a person is
    // today, set off by commas, does not bring the narrative back to the present.
    private static bool AsideNow(string text, Timex3 time) =>
        time.Text.Equals("now", StringComparison.OrdinalIgnoreCase)
        && AsideNowRegex().Match(text, Math.Max(0, time.Start - 3)) is { Success: true } m && m.Groups["now"].Index == time.Start;

    [GeneratedRegex(@",\s*(?<now>now)\s+[^,.;:!?""“”]{1,60},", RegexOptions.IgnoreCase)]
    private static partial Regex AsideNowRegex();

    private static bool OpensSentence(string text, int start) => OpeningRegex().IsMatch(text.AsSpan(0, start));

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)\s*(?:In|Since|During|By|From|Until|After|Before)\s+(?:the\s+)?$", RegexOptions.RightToLeft)]
    private static partial Regex OpeningRegex();

    // Where the sentence of the character at <paramref name="at"/> begins, past its spaces.
    private static int SentenceOpening(string text, int at)
    {
        var start = Math.Max(text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, at - 1)) + 1, 0);
        while (start < at && char.IsWhiteSpace(text[start])) start++;
        return start;
    }

    private static bool AfterPreposition(string text, int start) => PrepositionRegex().IsMatch(text.AsSpan(0, start));

    // "in 2003", "since the 1990s"; "between December 2002 and April 2003", "from 1998 to 2001": the end of a span brought in so.
    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter)\s+(?:the\s+)?$|\b(?:[Bb]etween\s+[^,.;]{1,40}\s+and|[Ff]rom\s+[^,.;]{1,40}\s+(?:to|until|through))\s+$", RegexOptions.RightToLeft)]
    private static partial Regex PrepositionRegex();

    [GeneratedRegex(@"\b(?:[Rr]ecent(?:ly)?|[Ll]ately|[Nn]ow|[Nn]owadays|[Tt]oday|[Tt]hese days|[Ss]ince then|[Cc]urrent(?:ly)?)\b")]
    private static partial Regex BackToPresentRegex();
}
