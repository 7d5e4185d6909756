using System.Globalization;

namespace Timeline.Extract.Time.Shapes;

/// <summary>
/// The shapes the fast engine reads, at one token of a window: "March 3, 1998", "3 March 1998", "March 3", "3 March",
/// "March 1998", "March", a year, a weekday, "yesterday"/"today"/"tomorrow", "last/this/next week/month/year",
/// "N days/weeks/months/years ago" and "N days/weeks/months/years". Gives null when no shape starts there,
/// <see cref="Shape.Doubt"/> when one does but the recogniser might read it otherwise (an impossible or leap day, a lone
/// "May" or "Dec", "the 20 April").
/// </summary>
internal sealed class ShapeMatcher(string text, List<ShapeToken> tokens, DateTime reference)
{
    public Shape? At(int i)
    {
        var token = tokens[i];
        if (token.Kind == ShapeTokenKind.Mark) return null;
        if (MonthAt(i) is { } month) return AtMonth(i, month.Month, month.Last);
        if (AtDuration(i) is { } duration) return duration;
        if (token.Kind == ShapeTokenKind.Number) return AtNumber(i);
        var word = Word(i);
        if (ShapeWords.Weekdays.TryGetValue(word, out var weekday)) return Found(i, i, "date", ShapeValues.Weekday(weekday, reference));
        if (Deictic(word) is { } shift)
        {
            var day = reference.AddDays(shift);
            return Found(i, i, "date", ShapeValues.Date(ShapeValues.Day(day), day));
        }

        if (Shift(word) is { } move && i + 1 < tokens.Count && Unit(Word(i + 1)) is { } unit and not 'D' && !Word(i + 1).EndsWith('s'))
        {
            return Found(i, i + 1, "daterange", ShapeValues.Unit(unit, move, reference));
        }

        return ShapeWords.Counts.TryGetValue(word, out var count) ? Ago(i, count) : null;
    }

    // "two weeks ago", "a year ago": the reference day moved back.
    private Shape? Ago(int i, int count)
    {
        if (i + 2 >= tokens.Count || Unit(Word(i + 1)) is not { } unit || !Word(i + 2).Equals("ago", StringComparison.OrdinalIgnoreCase)) return null;
        // "one weeks ago" or "two week ago" is not written; if it is, the recogniser decides.
        if ((count == 1) == Word(i + 1).EndsWith('s')) return Shape.Doubt;
        var day = unit switch
        {
            'D' => reference.AddDays(-count),
            'W' => reference.AddDays(-7 * count),
            'M' => reference.AddMonths(-count),
            _ => reference.AddYears(-count),
        };
        return Found(i, i + 2, "date", ShapeValues.Date(ShapeValues.Day(day), day));
    }

    // "two years", "a day", "18 months": a duration, unless "ago" follows (a date, above) or "in" comes before ("in two
    // days" is a date to the recogniser).
    private Shape? AtDuration(int i)
    {
        if (i + 1 >= tokens.Count || Unit(Word(i + 1)) is not { } unit) return null;
        int count;
        if (tokens[i].Kind == ShapeTokenKind.Number)
        {
            if (Number(i, 1, 99) is not { } n) return null;
            count = n;
        }
        else if (!ShapeWords.Counts.TryGetValue(Word(i), out count))
        {
            return null;
        }

        if (i + 2 < tokens.Count && Word(i + 2).Equals("ago", StringComparison.OrdinalIgnoreCase)) return null;
        if ((count == 1) == Word(i + 1).EndsWith('s') || tokens[i + 1].Start == tokens[i].End) return Shape.Doubt;
        if (i > 0 && Word(i - 1).Equals("in", StringComparison.OrdinalIgnoreCase)) return Shape.Doubt;
        var seconds = unit switch { 'D' => 86_400L, 'W' => 604_800L, 'M' => 2_592_000L, _ => 31_536_000L };
        return Found(i, i + 1, "duration", [new() { ["timex"] = Invariant($"P{count}{unit}"), ["type"] = "duration", ["value"] = Invariant($"{count * seconds}") }]);
    }

    private Shape? AtMonth(int i, int month, int last)
    {
        if (Number(last + 1, 1, 31) is { } day)
        {
            if (last + 3 < tokens.Count && Text(last + 2) == "," && Year(last + 3) is { } y) return FullDate(i, last + 3, y, month, day);
            if (Year(last + 2) is { } year) return FullDate(i, last + 2, year, month, day);
            return DayOfMonth(i, last + 1, month, day);
        }

        if (Year(last + 1) is { } y2)
        {
            var first = ShapeValues.First(y2, month);
            return Found(i, last + 1, "daterange", ShapeValues.Range(Invariant($"{y2:D4}-{month:D2}"), first, first.AddMonths(1)));
        }

        // Alone, "May" is mostly the verb and "Dec" may be a name: the recogniser has rules for those.
        var word = Word(i);
        if (word.Length <= 4 && !word.Equals("june", StringComparison.OrdinalIgnoreCase) && !word.Equals("july", StringComparison.OrdinalIgnoreCase)) return Shape.Doubt;
        return Found(i, last, "daterange", ShapeValues.Month(month, reference));
    }

    private Shape? AtNumber(int i)
    {
        if (Number(i, 1, 31) is { } day && i + 1 < tokens.Count && MonthAt(i + 1) is { } month)
        {
            // The recogniser takes the article into "the 20 April explosion"; left to it.
            if (i > 0 && Word(i - 1).Equals("the", StringComparison.OrdinalIgnoreCase)) return Shape.Doubt;
            if (Year(month.Last + 1) is { } year) return FullDate(i, month.Last + 1, year, month.Month, day);
            return DayOfMonth(i, month.Last, month.Month, day);
        }

        if (Year(i) is { } y) return Found(i, i, "daterange", ShapeValues.Range(Invariant($"{y:D4}"), ShapeValues.First(y, 1), ShapeValues.First(y + 1, 1)));
        return Shape.Doubt;
    }

    private Shape FullDate(int first, int last, int year, int month, int day)
    {
        if (day > DateTime.DaysInMonth(year, month)) return Shape.Doubt;
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return Found(first, last, "date", ShapeValues.Date(ShapeValues.Day(date), date));
    }

    private Shape DayOfMonth(int first, int last, int month, int day) =>
        (month == 2 && day == 29) || day > DateTime.DaysInMonth(2001, month)
            ? Shape.Doubt
            : Found(first, last, "date", ShapeValues.MonthDay(month, day, reference));

    // A month name, and the period of its abbreviation when it follows at once ("Dec.").
    private (int Month, int Last)? MonthAt(int i)
    {
        if (i >= tokens.Count || tokens[i].Kind != ShapeTokenKind.Word || !ShapeWords.Months.TryGetValue(Word(i), out var month)) return null;
        var abbreviated = tokens[i].Length <= 4 && !Word(i).Equals("june", StringComparison.OrdinalIgnoreCase) && !Word(i).Equals("july", StringComparison.OrdinalIgnoreCase);
        return abbreviated && i + 1 < tokens.Count && Text(i + 1) == "." && tokens[i + 1].Start == tokens[i].End ? (month, i + 1) : (month, i);
    }

    private int? Year(int i) => i < tokens.Count && tokens[i].Length == 4 ? Number(i, 1900, 2099) : null;

    private int? Number(int i, int low, int high)
    {
        if (i >= tokens.Count || tokens[i].Kind != ShapeTokenKind.Number || tokens[i].Length > 4) return null;
        var span = text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (span.Length > 1 && span[0] == '0') return null;
        var n = int.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture);
        return n >= low && n <= high ? n : null;
    }

    private static int? Deictic(string word) =>
        word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
        : word.Equals("today", StringComparison.OrdinalIgnoreCase) ? 0
        : word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : null;

    private static int? Shift(string word) =>
        word.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1
        : word.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0
        : word.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : null;

    private static char? Unit(string word) => word.ToLowerInvariant() switch
    {
        "day" or "days" => 'D',
        "week" or "weeks" => 'W',
        "month" or "months" => 'M',
        "year" or "years" => 'Y',
        _ => null,
    };

    private Shape Found(int first, int last, string kind, List<Dictionary<string, string>> values) =>
        new() { First = first, Last = last, Kind = kind, Values = values };

    private string Word(int i) => tokens[i].Kind == ShapeTokenKind.Word ? text.Substring(tokens[i].Start, tokens[i].Length) : "";

    private string Text(int i) => text.Substring(tokens[i].Start, tokens[i].Length);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
