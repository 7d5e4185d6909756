using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// A step to come that the speaker rates as likely or possible is a forecast; one the speaker announces is a plan. A warning of
/// what could or might happen is a forecast too; a warning with an order or an object of its own is told.
/// </summary>
public sealed class ForecastFrameTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Ida Berg said it is increasingly likely that Maersk will suspend its dividend.")]
    [InlineData("Ida Berg has said it was possible that Maersk would sell the Aarhus terminal.")]
    public void A_step_rated_as_likely_is_a_forecast_not_a_plan(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Theory]
    [InlineData("Maersk chairman Ida Berg said Lars Holm would be missed.")]
    [InlineData("Lars Holm acknowledged that he would be judged by Maersk's response to the leak.")]
    [InlineData("Ida Berg said Maersk will be blamed for the leak.")]
    public void How_others_will_feel_about_or_judge_someone_is_a_forecast(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Fact]
    public void A_planned_passive_of_another_verb_is_a_plan()
    {
        var e = Assert.Single(fixture.Extract("Maersk said Lars Holm would be replaced by Ida Berg.", Published).Events);

        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void A_step_the_speaker_announces_is_a_plan()
    {
        var e = Assert.Single(fixture.Extract("Maersk said it would sell the Aarhus terminal.", Published).Events);

        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void A_rating_inside_the_reported_clause_does_not_make_a_plan_a_forecast()
    {
        var e = Assert.Single(fixture.Extract("Maersk said it will sell the likely loss-making Aarhus terminal.", Published).Events);

        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Theory]
    [InlineData("Maersk has warned the strike could cost it $40m.")]
    [InlineData("Danish officials have warned that discontent might threaten stability.")]
    [InlineData("Maersk warned investors on Monday it may miss its targets.")]
    [InlineData("Lars Holm cautioned that the yard could close.")]
    public void A_warning_of_what_could_happen_is_a_forecast(string sentence)
    {
        Assert.DoesNotContain(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger is "warned" or "cautioned");
    }

    [Theory]
    [InlineData("Maersk warned staff to leave the yard.", "warned")]
    [InlineData("Maersk warned dock workers not to enter the yard.", "warned")]
    public void A_warning_with_an_order_is_told(string sentence, string trigger)
    {
        Assert.Contains(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    // Advice against a course or a belief is a view (see StatedView).
    [Theory]
    [InlineData("Lars Holm warned against complacency because prices could rise.", "warned")]
    [InlineData("Lars Holm cautioned against the idea that the strike could end soon.", "cautioned")]
    public void A_warning_against_a_course_or_a_belief_is_not(string sentence, string trigger)
    {
        Assert.DoesNotContain(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("Maersk warned the strike could cost it $40m.", true)]
    [InlineData("Maersk warned that the strike would cost it $40m.", false)]
    [InlineData("Maersk warned the union, and the strike could end.", false)]
    [InlineData("Maersk warned that prices rose and could rise again.", false)]
    [InlineData("Maersk warned staff because the yard could flood.", false)]
    [InlineData("Maersk warned staff to expect that the yard could flood.", false)]
    [InlineData("Maersk warned of a strike that could start in May.", false)]
    public void Only_a_modal_of_possibility_in_what_was_warned_makes_a_forecast(string sentence, bool forecast)
    {
        var words = Timeline.Extract.Text.Tokenizer.Tokenize(sentence).Select(t => t.Text).ToList();
        var tags = Timeline.Extract.Text.Pos.PosTagger.Default.Tag(words);

        Assert.Equal(forecast, Timeline.Extract.Events.ForecastFrame.WarnsOfPossibility(words, tags, words.IndexOf("warned"), words.Count));
    }
}
