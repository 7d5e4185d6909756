using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Time;

/// <summary>
/// Annotates text with TIMEX3 expressions (extent, type, value) following TimeML conventions,
/// anchored on the document creation time. The same values feed event dates. Thread-safe.
/// </summary>
public sealed partial class TimexAnnotator(TemporalTagger tagger)
{
    public IReadOnlyList<Timex3> Annotate(string text, DateOnly? documentDate) =>
        Annotate(text, documentDate, tagger.Tag(text, documentDate));

    /// <summary>Annotates from mentions already found (so a caller that needs both tags the text once).</summary>
    public static IReadOnlyList<Timex3> Annotate(string text, DateOnly? documentDate, IReadOnlyList<TimeMention> mentions)
    {
        var result = new List<Timex3>();
        var quarterDocument = QuarterRegex().Count(text) >= 1;
        (int, int)? reported = documentDate is { } dct ? Periods.ReportedQuarter(dct, text) : null;
        foreach (var found in mentions.SelectMany(m => TimexSplitter.Split(text, m)))
        {
            var mention = TimexExtent.Adjust(text, found);
            if (TimexFilter.IsSpurious(mention, text)) continue;
            var sentence = SentenceAround(text, mention.Start);
            var context = new TimexContext { Future = LooksAhead(text, mention), ReportedQuarter = reported, Quarter = quarterDocument || sentence.Contains("quarter", StringComparison.OrdinalIgnoreCase), QuarterSentence = sentence.Contains("quarter", StringComparison.OrdinalIgnoreCase) };
            if (TimexNormalizer.Normalize(mention, documentDate, context) is { } timex) result.Add(HalfUnits.Revise(FiscalYears.Revise(timex, text, documentDate), text));
        }

        foreach (var extra in ReferenceWords.Find(text).Concat(PeriodWords.Find(text, documentDate)).Concat(PeriodWords.FindYearAgo(text, documentDate, quarterDocument)).Concat(PeriodWords.FindYearQuarter(text, documentDate)).Concat(SpelledYears.Find(text)).Concat(YearEnds.Find(text, documentDate)))
        {
            // A longer phrase wins over the recogniser's part of it ("the year-earlier quarter" over "the year").
            // So does a phrase the recogniser cut inside a hyphenated word ("the year" of "the year-ago period").
            var overlapping = result.FindAll(t => t.Start < extra.End && extra.Start < t.End);
            if (overlapping.TrueForAll(t => (t.Start >= extra.Start && t.End <= extra.End && t.Length < extra.Length)
                || (t.End < extra.End && t.End < text.Length && text[t.End] == '-')))
            {
                result.RemoveAll(overlapping.Contains);
                result.Add(extra);
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return HolidayYears.Revise(text, NarrativeAnchors.Resolve(text, JoinClockAndDay(text, result)));
    }

    // TimeML takes "9 a.m. Tuesday" and "5 p.m. EST Nov. 9" as one expression: the day's date with the clock time.
    private static List<Timex3> JoinClockAndDay(string text, List<Timex3> timexes)
    {
        var joined = new List<Timex3>(timexes.Count);
        for (var i = 0; i < timexes.Count; i++)
        {
            var clock = timexes[i];
            if (i + 1 < timexes.Count && clock.Type == "TIME" && ClockValueRegex().Match(clock.Value) is { Success: true } time
                && timexes[i + 1] is { Type: "DATE" } day && FullDateRegex().IsMatch(day.Value)
                && BetweenClockAndDayRegex().IsMatch(text[clock.End..day.Start]))
            {
                joined.Add(clock with { Text = text[clock.Start..day.End], Value = day.Value[..10] + time.Value });
                i++;
                continue;
            }

            joined.Add(clock);
        }

        return joined;
    }

    // The tense that matters is the nearest verb's: "said Friday it will ..." reports a past Friday.
    private static bool LooksAhead(string text, TimeMention mention)
    {
        var from = Math.Max(0, mention.Start - 60);
        var to = Math.Min(text.Length, mention.End + 30);
        var window = text[from..to];
        var boundary = SentenceBoundary(window, Math.Max(0, mention.Start - from - 1));
        if (boundary >= 0) window = window[(boundary + 1)..];
        // A deadline ("by August", "until 9 a.m. Tuesday", "through January") lies ahead of the report, unless the
        // sentence looks back from it ("until Thursday they had not ...").
        if (DeadlineRegex().IsMatch(text.AsSpan(Math.Max(0, mention.Start - 30), Math.Min(30, mention.Start))) && !HadRegex().IsMatch(window)) return true;
        // Reported speech looks ahead with "would" ("would be traveling Thursday"), but not into a possessive:
        // "would appeal Wednesday's ruling" is about a ruling already made.
        var possessive = text.AsSpan(mention.End).StartsWith("'s", StringComparison.Ordinal);
        var future = FutureRegex().Matches(window).Where(m => !(possessive && m.Value.Equals("would", StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.Index).DefaultIfEmpty(-1).Max();
        if (future < 0) return false;
        // "will succeed" is not a past verb for ending in -ed.
        var past = PastRegex().Matches(window).Select(m => m.Index).Where(p => !ModalBeforeRegex().IsMatch(window[..p])).ToList();
        var anchor = mention.Start - from - (boundary + 1);
        // The past verb closer to the expression wins.
        return !past.Exists(p => Math.Abs(p - anchor) < Math.Abs(future - anchor));
    }

    // The last sentence end at or before index; the period of an initial or abbreviation ("Daniel P. Davison",
    // "Mr. Smith") is not one.
    private static int SentenceBoundary(string window, int index)
    {
        var at = window.LastIndexOfAny(['.', '\n', ';'], index);
        while (at > 0 && window[at] == '.' && AbbreviationRegex().IsMatch(window[..at]))
        {
            at = window.LastIndexOfAny(['.', '\n', ';'], at - 1);
        }

        return at;
    }

    private static string SentenceAround(string text, int index)
    {
        var from = SentenceSplitter.StartBefore(text, index);
        var to = text.IndexOfAny(['.', '!', '?', '\n'], index);
        return text[from..(to < 0 ? text.Length : to)];
    }

    [GeneratedRegex(@"\b(?:[Ss]aid|[Ss]ays|[Aa]nnounced|[Rr]eported|[Tt]old|[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|(?!(?:need|speed|hundred|indeed|bed|red|seed|feed)\b)[a-z]\w*ed)\b")]
    private static partial Regex PastRegex();

    [GeneratedRegex(@"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Co|Corp|Inc|Ltd|Jr|Sr|U\.S|Jan|Feb|Aug|Sept?|Oct|Nov|Dec))$")]
    private static partial Regex AbbreviationRegex();

    [GeneratedRegex(@"\b(?:will|would|to|shall|may|might|can|could|must)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ModalBeforeRegex();

    [GeneratedRegex(@"\b(?:by|until|till|through)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s*(?:[A-Z]{2,4}T\s*)?,?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineRegex();

    [GeneratedRegex(@"\bhad\b", RegexOptions.IgnoreCase)]
    private static partial Regex HadRegex();

    [GeneratedRegex(@"T\d\d:\d\d$")]
    private static partial Regex ClockValueRegex();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d$")]
    private static partial Regex FullDateRegex();

    [GeneratedRegex(@"^\s*(?:[A-Z]{2,4}T\s*)?,?\s*(?:on\s+)?$")]
    private static partial Regex BetweenClockAndDayRegex();

    [GeneratedRegex(@"\bquarter\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterRegex();

    [GeneratedRegex(@"\b(?:will|would|'ll|shall|going to|plans? to|planned|planning|expected to|scheduled|upcoming|set to|(?:is|are) to|is due|as soon as|as early as|ahead of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureRegex();
}
