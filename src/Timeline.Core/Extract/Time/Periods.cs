namespace Timeline.Extract.Time;

/// <summary>Calendar periods relative to a document date.</summary>
public static class Periods
{
    /// <summary>The last quarter that ended before <paramref name="date"/>: the one earnings news reports on.</summary>
    public static (int Year, int Quarter) LastCompletedQuarter(DateOnly date)
    {
        var current = ((date.Month - 1) / 3) + 1;
        return current == 1 ? (date.Year - 1, 4) : (date.Year, current - 1);
    }

    public static (int Year, int Quarter) QuarterOf(DateOnly date) => (date.Year, ((date.Month - 1) / 3) + 1);
}
