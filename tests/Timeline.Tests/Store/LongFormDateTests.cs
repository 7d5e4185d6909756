using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Store;

/// <summary>The long form's <c>value</c> is checked as the short form is: a month 13 fails in both.</summary>
public sealed class LongFormDateTests : IDisposable
{
    private readonly TempFolder _out = new();

    public LongFormDateTests()
    {
        Directory.CreateDirectory(_out.File("events"));
        File.WriteAllText(_out.File("actors.yaml"), "actors:\n- id: belarus\n  name: Belarus\n  kind: country\n");
    }

    public void Dispose() => _out.Dispose();

    private (string Path, List<Diagnostic> Diagnostics) Validate(string value, string precision)
    {
        var path = _out.File("events", "a1.yaml");
        File.WriteAllText(path, $"article:\n  id: a1\n  title: T\nevents:\n- id: e1\n  title: One\n  date:\n    value: \"{value}\"\n    precision: {precision}\n");
        var diagnostics = new DiagnosticBag();
        new StoreValidator(_out.Path).Validate(diagnostics);
        return (path, [.. diagnostics.ToSortedList()]);
    }

    [Theory]
    [InlineData("2023-13", "month", "'2023-13' is not a date: there is no month 13 (01-12)")]
    [InlineData("2023-00", "month", "'2023-00' is not a date: there is no month 00 (01-12)")]
    [InlineData("2023-02-30", "day", "'2023-02-30' is not a date: there is no day 30 in 2023-02")]
    [InlineData("2023-W54", "week", "'2023-W54' is not a date: there is no week 54 in 2023 (01-52)")]
    [InlineData("2023-Q5", "quarter", "'2023-Q5' is not a date; " + DateValue.Forms)]
    [InlineData("August 2023", "month", "'August 2023' is not a date; " + DateValue.Forms)]
    [InlineData("2023-13/2023-14", "month", "'2023-13' is not a date: there is no month 13 (01-12)")]
    public void A_long_form_value_off_the_calendar_is_a_date_error_at_the_value(string value, string precision, string message)
    {
        var (path, diagnostics) = Validate(value, precision);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("TL0307", path, 8, 12, message), (error.Code, error.Path, error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData("2023", "year")]
    [InlineData("2023-08", "month")]
    [InlineData("2024-02-29", "day")]
    [InlineData("2020-W53", "week")]
    [InlineData("2023-W32-WE", "week")]
    [InlineData("2023-Q3", "quarter")]
    [InlineData("2023-H2", "quarter")]
    [InlineData("2021-SU", "season")]
    [InlineData("199", "decade")]
    [InlineData("19", "century")]
    [InlineData("XXXX-XX-XX", "unknown")]
    [InlineData("-0044", "year")]
    [InlineData("2023-08-16/2023-08-18", "day")]
    [InlineData("../2023-08", "month")]
    public void Every_value_the_extractor_or_the_short_forms_write_passes(string value, string precision)
    {
        Assert.Empty(Validate(value, precision).Diagnostics);
    }

    [Fact]
    public void The_same_month_13_fails_in_the_short_form_too()
    {
        var path = _out.File("events", "a1.yaml");
        File.WriteAllText(path, "article:\n  id: a1\n  title: T\nevents:\n- id: e1\n  title: One\n  date: 2023-13\n");
        var diagnostics = new DiagnosticBag();

        new StoreValidator(_out.Path).Validate(diagnostics);

        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "TL0307" && d.Message.Contains("no month 13", StringComparison.Ordinal));
    }
}
