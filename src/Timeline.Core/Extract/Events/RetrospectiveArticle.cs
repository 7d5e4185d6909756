using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Whether an article retells an earlier era rather than reporting news: "Legacy of the Torrey Canyon: Britain's worst-ever oil
/// spill in 1967 ...", "Dzul was a teenager when the Ixtoc 1 rig collapsed in June 1979". Such a feature names its era in its
/// opening paragraphs before any newer time; a news report names its own day first ("said on Thursday that the leak was the
/// worst since 1989"), or no time at all. In a retrospective the era holds until a newer time ends it, not only for the few
/// sentences a report's background holds (<see cref="BackgroundEra"/>): "Pemex also used booms and skimmers", ten sentences on,
/// is of 1979. Pure.
/// </summary>
internal static partial class RetrospectiveArticle
{
    /// <summary>How many opening paragraphs (a headline, a byline, a caption, the lead) may name the article's era.</summary>
    public const int OpeningParagraphs = 2;

    /// <summary>
    /// True when the first past time of the opening paragraphs lies more than a year before <paramref name="published"/>. The
    /// day the article was written with its year ("Tuesday 1 June 2010" in a byline) is no time of the story; "today" or "on
    /// Thursday" is its news. A time that could date no clause (<see cref="OwnTimeFilter.CanDate"/>) tells no era: one that
    /// names ("the Class of 1990"), counts a figure ("its 2009 profit"), says which noun ("the 2006 spill"), compares ("smaller
    /// than after the 1989 spill", "the worst since 1989") or counts from another ("two months later").
    /// </summary>
    public static bool Is(string text, IReadOnlyList<Sentence> sentences, IEnumerable<Timex3> times, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(times);
        if (published is not { } writtenOn || sentences.Count == 0) return false;
        var opening = sentences.TakeWhile(x => x.Paragraph <= sentences[0].Paragraph + OpeningParagraphs - 1).Last();
        var openingEnd = opening.Start + opening.Text.Length;
        var first = times
            .Where(t => t.Type is "DATE" or "TIME" && t.Start >= 0 && t.End <= openingEnd && OwnTimeFilter.CanDate(text, 0, t))
            .OrderBy(t => t.Start)
            .Select(t => (Time: t, Date: TimexResolver.Resolve(t, writtenOn)))
            .FirstOrDefault(t => t.Date is { Planned: false } d && (d.Start ?? d.End) is { } start && start <= writtenOn
                && !(d.Start == writtenOn && (d.End ?? writtenOn) == writtenOn && YearRegex().IsMatch(t.Time.Text)));
        return first.Date is { } era && (era.End ?? era.Start) is { } end && end < writtenOn.AddYears(-1);
    }

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b")]
    private static partial Regex YearRegex();
}
