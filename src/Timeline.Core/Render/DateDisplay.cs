using System.Globalization;
using Timeline.Model;

namespace Timeline.Render;

/// <summary>Turns an <see cref="EventDate"/> into reader-facing text at its precision, and into a <c>&lt;time&gt;</c> element.</summary>
public static class DateDisplay
{
    private const string Unknown = "date unknown";

    /// <summary>Plain text such as <c>18 August 2023</c>, <c>around Q3 2023</c> or <c>2024 (planned)</c>.</summary>
    public static string Format(EventDate date) => Format(date, anchor: null);

    /// <summary>
    /// Like <see cref="Format(EventDate)"/>; a before/after date that cannot be placed on its own
    /// borrows the date of its anchor event ("before August 2023").
    /// </summary>
    public static string Format(EventDate date, EventDate? anchor)
    {
        var effective = Effective(date, anchor);
        var core = Core(effective);
        if (core is null)
        {
            return Unknown;
        }

        var text = date.Relation switch
        {
            DateRelation.Before when date.IsReportedOnly() => "on or before " + core,
            DateRelation.Before => "before " + core,
            DateRelation.After => "after " + core,
            _ => date.Approximate ? "around " + core : core,
        };
        if (date.Approximate && date.Relation != DateRelation.On)
        {
            text += " (approximate)";
        }

        return date.Planned ? text + " (planned)" : text;
    }

    /// <summary>The text wrapped in <c>&lt;time datetime="..."&gt;</c> when a valid machine value exists; HTML-escaped.</summary>
    public static string ToHtml(EventDate date, EventDate? anchor = null)
    {
        var text = Html.Escape(Format(date, anchor));
        var machine = MachineValue(Effective(date, anchor));
        return machine is null ? text : $"<time datetime=\"{machine}\">{text}</time>";
    }

    /// <summary>A valid HTML <c>datetime</c> value for the date (day, month, week or year), or null.</summary>
    public static string? MachineValue(EventDate date)
    {
        if (date.Relation == DateRelation.Before && date.End is { } end)
        {
            return Iso(end);
        }

        if (date.Start is not { } start)
        {
            return null;
        }

        return date.Precision switch
        {
            DatePrecision.Time when TimeOf(date) is { } time => $"{Iso(start)}T{time}",
            DatePrecision.Day or DatePrecision.Time => Iso(start),
            DatePrecision.Week => $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue)):D4}-W{Week(start):D2}",
            DatePrecision.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Year => start.Year.ToString("D4", CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private static bool Placeable(EventDate date) => date.Start is not null || date.End is not null;

    /// <summary>
    /// The date to show: its own, or for a before/after date that cannot be placed, its anchor's
    /// (before an anchor means before it began; after it, after it ended).
    /// </summary>
    private static EventDate Effective(EventDate date, EventDate? anchor)
    {
        if (Placeable(date) || date.Relation == DateRelation.On || anchor is null || !Placeable(anchor))
        {
            return date;
        }

        var day = date.Relation == DateRelation.Before ? anchor.Start ?? anchor.End : anchor.End ?? anchor.Start;
        return date with { Value = anchor.Value, Precision = anchor.Precision, Start = day, End = null };
    }

    private static string? Core(EventDate date)
    {
        if (date.Relation == DateRelation.Before && date.End is { } end)
        {
            return Day(end);
        }

        if (date.Start is { } start)
        {
            return AtPrecision(date, start);
        }

        return date.End is { } onlyEnd ? Day(onlyEnd) : null;
    }

    private static string? AtPrecision(EventDate date, DateOnly start) => date.Precision switch
    {
        DatePrecision.Time => TimeOf(date) is { } time ? $"{Day(start)}, {time}" : Day(start),
        DatePrecision.Day when date.End is { } end && end > start => DayRange(start, end),
        DatePrecision.Day => Day(start),
        DatePrecision.Week => $"week {Week(start)}, {ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}",
        DatePrecision.Month => $"{MonthName(start.Month)} {start.Year}",
        DatePrecision.Quarter => $"Q{QuarterOf(date, start)} {start.Year}",
        DatePrecision.Season => $"{SeasonOf(date, start)} {YearOfValue(date) ?? start.Year}",
        DatePrecision.Year => start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Decade => $"the {start.Year / 10 * 10}s",
        DatePrecision.Century => $"the {Ordinal((start.Year / 100) + 1)} century",
        _ => null,
    };

    private static string DayRange(DateOnly start, DateOnly end)
    {
        if (start.Year != end.Year)
        {
            return $"{Day(start)} – {Day(end)}";
        }

        return start.Month == end.Month
            ? $"{start.Day}–{end.Day} {MonthName(start.Month)} {start.Year}"
            : $"{start.Day} {MonthName(start.Month)} – {end.Day} {MonthName(end.Month)} {start.Year}";
    }

    private static string Day(DateOnly day) => $"{day.Day} {MonthName(day.Month)} {day.Year}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static int Week(DateOnly day) => ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue));

    private static int QuarterOf(EventDate date, DateOnly start)
    {
        var value = date.Value;
        var q = value.IndexOf("-Q", StringComparison.Ordinal);
        return q >= 0 && q + 2 < value.Length && value[q + 2] is >= '1' and <= '4'
            ? value[q + 2] - '0'
            : ((start.Month - 1) / 3) + 1;
    }

    private static string SeasonOf(EventDate date, DateOnly start)
    {
        var code = date.Value.Length >= 2 ? date.Value[^2..] : "";
        return code switch
        {
            "SP" => "spring",
            "SU" => "summer",
            "FA" or "AU" => "autumn",
            "WI" => "winter",
            _ => start.Month switch { >= 3 and <= 5 => "spring", >= 6 and <= 8 => "summer", >= 9 and <= 11 => "autumn", _ => "winter" },
        };
    }

    private static int? YearOfValue(EventDate date) =>
        date.Value.Length >= 4 && int.TryParse(date.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;

    /// <summary>The <c>HH:mm</c> part of a TIMEX3 value such as <c>2023-08-18T14:30</c>, when present.</summary>
    private static string? TimeOf(EventDate date)
    {
        var t = date.Value.IndexOf('T', StringComparison.Ordinal);
        if (t < 0 || date.Value.Length < t + 6)
        {
            return null;
        }

        var time = date.Value.Substring(t + 1, 5);
        return TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? time : null;
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
