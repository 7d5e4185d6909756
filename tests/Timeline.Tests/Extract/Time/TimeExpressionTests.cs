using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Tests.Extract.Time;

public sealed class TimeExpressionTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    public static TheoryData<string> Cases() => [.. TimeCase.All.Select(c => c.Text)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_the_time_expression_of_each_case_in_the_yaml_file(string text)
    {
        var c = TimeCase.All.First(x => x.Text == text);

        var mentions = TimexAnnotator.Annotate(c.Text, c.Reference, fixture.Tagger.Tag(c.Text, c.Reference));
        var mention = c.Mention is null ? (mentions.Count > 0 ? mentions[0] : null) : mentions.FirstOrDefault(m => m.Text == c.Mention);
        Assert.True(mention is not null, $"no time expression '{c.Mention}' found in '{c.Text}'; found: {string.Join(", ", mentions.Select(m => m.Text))}");
        Assert.Equal(mention.Text, c.Text.Substring(mention.Start, mention.Length));

        var date = TimexResolver.Resolve(mention, c.Reference);

        if (c.Value is null)
        {
            Assert.Null(date);
            return;
        }

        Assert.NotNull(date);
        Assert.Equal(c.Value, date.Value);
        Assert.Equal(c.Precision, date.Precision.ToString().ToLowerInvariant());
        Assert.Equal(c.Approximate, date.Approximate);
        Assert.Equal(c.Planned, date.Planned);
        Assert.Equal(c.Relation, date.Relation.ToString().ToLowerInvariant());
        Assert.Equal(mention.Text, date.Text);
        if (c.Start is { } start) Assert.Equal(start, date.Start);
        if (c.End is { } end) Assert.Equal(end, date.End);
    }

    [Fact]
    public void The_yaml_file_has_cases_for_every_precision_used_by_news()
    {
        var precisions = TimeCase.All.Select(c => c.Precision).OfType<string>().ToHashSet();

        Assert.Superset(new HashSet<string> { "day", "week", "month", "quarter", "season", "year", "decade" }, precisions);
    }

    [Fact]
    public void Reads_a_weekday_forward_when_the_verb_next_to_it_looks_ahead()
    {
        var reference = new DateOnly(2023, 8, 16);
        const string pastText = "The leaders met on Friday.";
        const string futureText = "The leaders will meet on Friday.";

        var past = TimexResolver.Resolve(TimexAnnotator.Annotate(pastText, reference, fixture.Tagger.Tag(pastText, reference)).Single(), reference);
        var future = TimexResolver.Resolve(TimexAnnotator.Annotate(futureText, reference, fixture.Tagger.Tag(futureText, reference)).Single(), reference);

        Assert.Equal("2023-08-11", past?.Value);
        Assert.Equal("2023-08-18", future?.Value);
        Assert.True(future?.Planned);
    }

    [Fact]
    public void Gives_offsets_of_every_mention_into_a_longer_text()
    {
        const string text = "On May 2, the envoy arrived. Two days later, on May 4, she left for Cairo.";

        var mentions = fixture.Tagger.Tag(text, new DateOnly(2023, 5, 10));

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Contains(mentions, m => m.Text.Contains("May 4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Maersk raised its alert level on Tuesday from three to four.", "Tuesday", "2023-05-09")]
    [InlineData("Maersk raised its freight rates on 2 May from 3 to 4.", "2 May", "2023-05-02")]
    [InlineData("The agency raised its storm alert on April 29 to 5 on its scale.", "April 29", "2023-04-29")]
    [InlineData("Vell raised its flood warning on April 30 through 4.", "April 30", "2023-04-30")]
    public void Bare_figures_after_a_day_are_no_hours(string text, string day, string value)
    {
        var reference = new DateOnly(2023, 5, 10);
        var mention = TimexAnnotator.Annotate(text, reference, fixture.Tagger.Tag(text, reference)).Single();

        Assert.Equal(day, mention.Text);
        Assert.Equal(value, TimexResolver.Resolve(mention, reference)?.Value);
    }

    [Fact]
    public void A_range_of_days_that_runs_forwards_stays_a_range()
    {
        const string text = "The fair in Aarhus runs from April 2 to 5.";
        var reference = new DateOnly(2023, 5, 10);

        var mention = TimexAnnotator.Annotate(text, reference, fixture.Tagger.Tag(text, reference)).Single();

        Assert.Contains("5", mention.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_with_their_marker_after_a_day_stay_hours()
    {
        const string text = "Ida Berg will speak on Tuesday from 3 to 4 pm.";
        var reference = new DateOnly(2023, 5, 10);

        var mention = TimexAnnotator.Annotate(text, reference, fixture.Tagger.Tag(text, reference)).Single();

        Assert.Contains("pm", mention.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_against_no_reference_without_failing()
    {
        const string text = "The accord was signed in 2015.";
        var mention = TimexAnnotator.Annotate(text, null, fixture.Tagger.Tag(text, null)).Single();

        var date = TimexResolver.Resolve(mention, null);

        Assert.Equal(new EventDate { Value = "2015", Precision = DatePrecision.Year, Start = new DateOnly(2015, 1, 1), End = new DateOnly(2015, 12, 31), Text = mention.Text }, date);
    }
}
