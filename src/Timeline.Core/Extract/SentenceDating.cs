using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>Ties each sentence to the days its time expressions resolve to and to the actors it names.</summary>
public static partial class SentenceDating
{
    /// <summary>One <see cref="DatedSentence"/> per sentence, in order.</summary>
    public static List<DatedSentence> Date(IReadOnlyList<Sentence> sentences, IReadOnlyList<Timex3> times, IReadOnlyList<ResolvedMention> mentions)
    {
        var result = new List<DatedSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var dates = times.Where(t => t.Start >= sentence.Start && t.Start < sentence.End)
                .Select(DayOf).OfType<DateOnly>().Distinct().ToList();
            var actors = mentions.Where(m => m.Mention.Start >= sentence.Start && m.Mention.Start < sentence.End)
                .Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
            result.Add(new DatedSentence { Offset = sentence.Start, Length = sentence.Text.Length, Dates = dates, Actors = actors });
        }

        return result;
    }

    /// <summary>
    /// The day a time expression names, when it names one: a date (<c>2010-04-20</c>) or a time of a day
    /// (<c>2010-04-20T22:00</c>). A date with a modifier such as BEFORE or AFTER names no day of its own.
    /// </summary>
    public static DateOnly? DayOf(Timex3 time)
    {
        if (time.Type is not ("DATE" or "TIME") || time.Mod is "BEFORE" or "AFTER" or "ON_OR_BEFORE" or "ON_OR_AFTER") return null;
        var match = DayValue().Match(time.Value);
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:T|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DayValue();
}
