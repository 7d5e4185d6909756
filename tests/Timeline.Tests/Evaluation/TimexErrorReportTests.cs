using Timeline.Evaluation;

namespace Timeline.Tests.Evaluation;

public sealed class TimexErrorReportTests
{
    [Fact]
    public void Groups_errors_by_kind_with_the_most_frequent_patterns_first()
    {
        const string text = "Today and today again, then Monday, not Friday, for a week.";
        GoldTimex[] gold =
        [
            TimeMl.Gold(text, "Today", "2001-03-04"), TimeMl.Gold(text, "today", "2001-03-04"),
            TimeMl.Gold(text, "Monday", "2001-03-05"), TimeMl.Gold(text, "a week", "P1W", "DURATION"),
        ];
        var alignment = TimexAligner.Align(gold,
        [
            TimeMl.System(text, "Monday", "2001-W10"), TimeMl.System(text, "Friday", "2001-03-02"),
            TimeMl.System(text, "week", "P1W", "DATE"),
        ]);

        var errors = TimexErrorFinder.Find("a.tml", text, alignment);
        var report = TimexErrorReport.Format(errors);

        Assert.Equal([TimexErrorKind.Missed, TimexErrorKind.Missed, TimexErrorKind.Spurious, TimexErrorKind.WrongExtent,
            TimexErrorKind.WrongValue, TimexErrorKind.WrongType], errors.Select(e => e.Kind));
        Assert.StartsWith("6 error(s): 2 missed, 1 spurious, 1 wrong extent, 1 wrong value, 1 wrong type\n", report, StringComparison.Ordinal);
        Assert.Contains("== missed: 2 ==\nmost frequent (gold text):\n     2  \"today\"\n", report, StringComparison.Ordinal);
        Assert.Contains("     1  9999-99-99 -> 9999-W99\n", report, StringComparison.Ordinal);
        Assert.Contains("     1  DURATION -> DATE\n", report, StringComparison.Ordinal);
        Assert.Contains("  a.tml  gold: \"Monday\" DATE 2001-03-05  system: \"Monday\" DATE 2001-W10  | ", report, StringComparison.Ordinal);
        Assert.Contains("then [Monday], not Friday", report, StringComparison.Ordinal);
    }
}
