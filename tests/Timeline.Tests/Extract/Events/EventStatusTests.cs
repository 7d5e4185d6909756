using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// What the text says did not happen, or only might, is not an event; a completed action in the present
/// perfect happened; "is still negotiating" is ongoing; "will" and "plans to" are planned.
/// </summary>
public sealed class EventStatusTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("The Danish minister did not sign the Nordic fishing treaty on Monday.")]
    [InlineData("The Danish minister has never visited Oslo.")]
    [InlineData("The Danish minister could meet the Norwegian envoy in Oslo.")]
    [InlineData("The Danish minister might resign next month.")]
    [InlineData("Officials said Mette Frederiksen could meet the Norwegian envoy in Oslo next month.")]
    [InlineData("Mette Frederiksen wants to visit Oslo.")]
    [InlineData("Mette Frederiksen is yet to sign the Nordic fishing treaty.")]
    [InlineData("Mette Frederiksen is expected to visit Oslo.")]
    [InlineData("Mette Frederiksen hasn't signed the Nordic fishing treaty.")]
    public void A_negated_or_hypothetical_clause_gives_no_event(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Theory]
    [InlineData("Ida Berg said Maersk will be fine in a year.")]
    [InlineData("Ida Berg said the Vell ferry is sound.")]
    public void A_predicate_adjective_after_be_is_a_state_not_a_plan(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Fact]
    public void A_participle_after_be_in_a_reported_clause_is_still_a_happening()
    {
        var e = Assert.Single(fixture.Extract("Ida Berg said Maersk was fined by the Aarhus port authority on Monday.", Published).Events);

        Assert.Equal("fined", e.Sources[0].Trigger);
    }

    [Fact]
    public void The_period_of_a_reported_figure_stays_in_the_headline_and_dates_nothing()
    {
        var delayed = Assert.Single(fixture.Extract("Maersk has delayed the publication of its third-quarter results by a week.", Published).Events);
        Assert.Contains("its third-quarter results", delayed.Title, StringComparison.Ordinal);
        Assert.Equal(DateRelation.Before, delayed.Date.Relation);
        Assert.Equal(Published, delayed.Date.End);
    }

    [Fact]
    public void A_month_or_year_gone_by_in_a_present_perfect_clause_belongs_to_another_happening()
    {
        // "in June 2009" is the shooting's time; the plea came on or before the article date.
        var pleaded = Assert.Single(fixture.Extract("Lars Holm has pleaded not guilty to the shooting of a guard at the Copenhagen port in June 2009.", Published).Events);
        Assert.Equal(DateRelation.Before, pleaded.Date.Relation);
        Assert.Equal(Published, pleaded.Date.End);

        var pleadedThen = Assert.Single(fixture.Extract("Lars Holm pleaded not guilty to the shooting of a guard at the Copenhagen port in June 2009.", Published).Events);
        Assert.Equal("2009-06", pleadedThen.Date.Value);

        // Right by the verb, a month gone by is the verb's own, loose as the tense is.
        var resigned = Assert.Single(fixture.Extract("Lars Holm has resigned last month as chairman of the Maersk board.", Published).Events);
        Assert.Equal("2024-02", resigned.Date.Value);
        var closed = Assert.Single(fixture.Extract("Maersk has closed its Lima depot last month after the strike.", Published).Events);
        Assert.Equal("2024-02", closed.Date.Value);
    }

    [Fact]
    public void A_day_gone_by_in_a_present_perfect_clause_belongs_to_another_happening()
    {
        // "summoned for talks on Wednesday": Wednesday is the talks' day; the summons came on or before the article date.
        var summoned = Assert.Single(fixture.Extract("Lars Holm has been summoned to the palace for talks with the king on Wednesday.", Published).Events);
        Assert.Equal(DateRelation.Before, summoned.Date.Relation);
        Assert.Equal(Published, summoned.Date.End);

        var resigned = Assert.Single(fixture.Extract("Lars Holm resigned from the Danish government on Wednesday.", Published).Events);
        Assert.Equal("2024-03-13", resigned.Date.Value);
        Assert.Equal(DateRelation.On, resigned.Date.Relation);
    }

    [Theory]
    [InlineData("Maersk paid no compensation to the Bornholm fishermen.")]
    [InlineData("Lars Holm signed no contracts with Maersk.")]
    public void A_clause_negated_by_its_object_gives_no_event(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Fact]
    public void A_no_that_is_part_of_an_amount_does_not_negate()
    {
        Assert.NotEmpty(fixture.Extract("Lars Holm raised no more than 5,000 kroner for the Bornholm ferry fund.", Published).Events);
    }

    [Theory]
    [InlineData("The Danish health agency continues to watch for changes in the virus.")]
    [InlineData("The Danish health agency continues to monitor the outbreak.")]
    [InlineData("Maersk was operating the ferry when it sank.")]
    public void Attention_going_on_or_the_scene_of_another_event_is_no_event(string sentence)
    {
        Assert.DoesNotContain(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger is "watch" or "monitor" or "operating");
    }

    [Theory]
    [InlineData("Lars Jensen covered the shipping industry for three years.")]
    [InlineData("Lars Jensen ran the Maersk ferry division for decades.")]
    [InlineData("Lars Jensen spent his whole career in Danish shipping.")]
    [InlineData("Lars Jensen spent his career in Danish shipping, most recently as the boss of Maersk.")]
    public void A_span_of_years_tells_a_career_not_a_happening(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Theory]
    [InlineData("Denmark suspended flights to Mexico for 48 hours.", "suspended")]
    [InlineData("Denmark will ban imports of Mexican pork for ten years.", "ban")]
    public void A_shorter_span_or_a_plan_for_years_is_still_an_event(string sentence, string trigger)
    {
        Assert.Contains(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("Maersk had leased the ferry from a Norwegian owner.")]
    [InlineData("Mette Frederiksen had been due to spend her holidays in Skagen.")]
    public void The_past_perfect_outside_reported_speech_is_background(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, Published).Events);
    }

    [Theory]
    [InlineData("Maersk said it had sealed a leaking ferry.", "sealed")]
    [InlineData("Maersk had sealed a leaking ferry on Monday.", "sealed")]
    public void The_past_perfect_reported_or_dated_by_its_own_time_is_an_event(string sentence, string trigger)
    {
        Assert.Contains(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger == trigger);
    }

    [Fact]
    public void A_completed_action_in_the_present_perfect_happened()
    {
        var e = Assert.Single(fixture.Extract("Mette Frederiksen has signed the Nordic fishing treaty.", Published).Events);

        Assert.Equal(EventStatus.Happened, e.Status);
    }

    [Fact]
    public void A_progressive_present_is_ongoing_and_will_is_planned()
    {
        var ongoing = Assert.Single(fixture.Extract("Mette Frederiksen is negotiating the Nordic fishing treaty.", Published).Events);
        var planned = Assert.Single(fixture.Extract("Mette Frederiksen will visit Oslo next month.", Published).Events);
        var plans = Assert.Single(fixture.Extract("Mette Frederiksen plans to visit Oslo.", Published).Events);

        Assert.Equal(EventStatus.Ongoing, ongoing.Status);
        Assert.Equal(EventStatus.Planned, planned.Status);
        Assert.Equal("2024-04", planned.Date.Value);
        Assert.Equal(EventStatus.Planned, plans.Status);
    }

    [Fact]
    public void The_day_of_saying_opens_the_span_of_what_was_said_to_come()
    {
        var e = Assert.Single(fixture.Extract("Mette Frederiksen said on Tuesday that she would visit Oslo.", Published).Events);
        var undated = Assert.Single(fixture.Extract("Mette Frederiksen said that she would visit Oslo.", Published).Events);

        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal(DateRelation.After, e.Date.Relation);
        Assert.Equal(new DateOnly(2024, 3, 12), e.Date.Start);
        Assert.Equal(Published, undated.Date.Start);
    }

    [Theory]
    [InlineData("A Maersk official told reporters on Monday that the company had paid the Bornholm fishermen.", "2024-03-11", "2024-03-11")]
    [InlineData("Yesterday, Lars Holm said Maersk had paid the Bornholm fishermen.", "2024-03-14", "2024-03-14")]
    [InlineData("Lars Holm said this week that Maersk had paid the Bornholm fishermen.", "2024-W11", "2024-03-15")]
    public void What_was_reported_happened_by_the_day_it_was_said(string sentence, string value, string end)
    {
        var e = Assert.Single(fixture.Extract(sentence, Published).Events);

        Assert.Equal(value, e.Date.Value);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), e.Date.End);
        Assert.True(e.Date.IsReportedOnly());
    }

    [Fact]
    public void What_was_reported_keeps_its_own_date_before_the_day_of_saying()
    {
        var e = Assert.Single(fixture.Extract("Lars Holm said on Monday that Maersk had paid the Bornholm fishermen on March 1.", Published).Events);

        Assert.Equal("2024-03-01", e.Date.Value);
        Assert.Equal(DateRelation.On, e.Date.Relation);
    }

    [Fact]
    public void The_simple_present_of_habit_or_state_gives_no_event()
    {
        Assert.Empty(fixture.Extract("Mette Frederiksen visits Oslo every summer.", Published).Events);
    }

    [Fact]
    public void An_event_dated_by_its_own_words_is_surer_than_one_placed_at_the_article_date()
    {
        var dated = fixture.Extract("The Danish minister Mette Frederiksen met the Norwegian envoy in Oslo on Monday.", Published).Events.Single();
        var undated = fixture.Extract("The Danish minister Mette Frederiksen met the Norwegian envoy in Oslo.", Published).Events.Single();

        Assert.True(dated.Confidence > undated.Confidence, $"{dated.Confidence} vs {undated.Confidence}");
    }

    [Fact]
    public void Prior_to_puts_an_event_before_the_one_it_names()
    {
        const string body = "Finland opened the Nordic summit in Helsinki on March 12. Prior to the summit, the Danish prime minister Mette Frederiksen met Finnish President Alexander Stubb in Turku.";

        var events = ChronologicalOrder.Sort(fixture.Extract(body, Published).Events);

        var summit = events.FindIndex(e => e.Sources[0].Trigger == "summit" || e.Sources[0].Trigger == "opened");
        var meeting = events.FindIndex(e => e.Sources[0].Trigger == "met");
        Assert.True(summit >= 0 && meeting >= 0, string.Join(" | ", events.Select(e => e.Title)));
        Assert.True(meeting < summit, string.Join(" | ", events.Select(e => $"{e.Title} ({e.Date.Relation} {e.Date.Value})")));
        Assert.Equal(DateRelation.Before, events[meeting].Date.Relation);
    }

    [Fact]
    public void A_plan_on_a_bare_weekday_is_the_weekday_to_come()
    {
        // 2024-03-15 is a Friday: "on Wednesday" in a plan is 2024-03-20, not the Wednesday just past.
        var e = Assert.Single(fixture.Extract("Mette Frederiksen will meet Jonas Gahr Store in Oslo on Wednesday.", Published).Events);

        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal("2024-03-20", e.Date.Value);
    }
}
