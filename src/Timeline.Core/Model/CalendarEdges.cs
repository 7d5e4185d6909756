namespace Timeline.Model;

/// <summary>
/// Date arithmetic that stays on the calendar (1 January of year 1 to 31 December 9999) instead of throwing
/// at its ends: an article dated 9999-12-31 or an event edited to 0001-01-01 must not stop a run.
/// </summary>
public static class CalendarEdges
{
    /// <summary>
    /// Whether relative expressions ("next year", "in the coming decades") can be counted from this date: the
    /// time recogniser adds and subtracts years around it without checks.
    /// </summary>
    public static bool CanAnchor(DateOnly date) => date.Year is >= 200 and <= 9799;

    /// <summary><paramref name="date"/> moved by <paramref name="days"/>, held at the first or last day of the calendar.</summary>
    public static DateOnly AddDays(DateOnly date, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary><paramref name="date"/> moved by <paramref name="months"/>, held at the first or last day of the calendar.</summary>
    public static DateOnly AddMonths(DateOnly date, int months)
    {
        var index = ((date.Year - 1) * 12L) + date.Month - 1 + months;
        return index < 0 ? DateOnly.MinValue : index >= 9999 * 12 ? DateOnly.MaxValue : date.AddMonths(months);
    }

    /// <summary>The last day of the <paramref name="months"/> months starting at <paramref name="first"/> (day 1 of a month).</summary>
    public static DateOnly LastDayOf(DateOnly first, int months)
    {
        var next = ((first.Year - 1) * 12L) + first.Month - 1 + months;
        return next >= 9999 * 12 ? DateOnly.MaxValue : AddDays(first.AddMonths(months), -1);
    }
}
