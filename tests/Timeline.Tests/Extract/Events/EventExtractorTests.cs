using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

public sealed class EventExtractorTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    // A dated lead, so that the sentence under test is not the article's lead.
    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";

    private const string Visit =
        "On March 3, Brazilian President Luiz Inácio Lula da Silva traveled to Santiago. "
        + "He met Chilean President Gabriel Boric at the presidential palace.";

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    private static TimelineEvent ByTrigger(List<TimelineEvent> events, string trigger) =>
        events.SingleOrDefault(e => e.Sources[0].Trigger == trigger)
        ?? throw new Xunit.Sdk.XunitException($"no event with trigger '{trigger}' in: {string.Join(" | ", events.Select(e => $"{e.Sources[0].Trigger}: {e.Title}"))}");

    [Fact]
    public void Dates_a_past_event_by_its_own_time_expression()
    {
        var travel = ByTrigger(Events(Visit), "traveled");

        Assert.Equal("2023-03-03", travel.Date.Value);
        Assert.False(travel.Date.Approximate);
        Assert.Equal(EventStatus.Happened, travel.Status);
        Assert.Equal("santiago", travel.Place);
        Assert.Contains("luiz-inacio-lula-da-silva", travel.Actors);
    }

    [Theory]
    [InlineData("How long Lars Holm will spend in prison is up to the judge.", "spend")]
    [InlineData("Why Maersk sold the ferry to Vell Lines remains unclear.", "sold")]
    [InlineData("Whether Maersk will pay the fine is for the court to decide.", "pay")]
    [InlineData("Maersk would not say how much it paid for the ferry.", "paid")]
    public void A_clause_a_question_word_opens_gives_no_event(string sentence, string trigger)
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n" + sentence);

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == trigger);
        Assert.Contains(events, e => e.Sources[0].Trigger == "halted");
    }

    [Fact]
    public void A_clause_the_question_word_does_not_open_is_told()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nMaersk sold the ferry to Vell Lines on Monday.");

        Assert.Contains(events, e => e.Sources[0].Trigger == "sold");
    }

    [Fact]
    public void Dates_an_undated_past_event_at_the_time_the_narrative_is_at()
    {
        var events = Events(Visit);
        var travel = ByTrigger(events, "traveled");
        var meeting = ByTrigger(events, "met");

        Assert.Equal("2023-03-03", meeting.Date.Value);
        Assert.Equal(DateRelation.On, meeting.Date.Relation);
        Assert.Equal(travel.Id, meeting.Date.Anchor);
        Assert.Contains("luiz-inacio-lula-da-silva", meeting.Actors);
        Assert.Contains("gabriel-boric", meeting.Actors);
    }

    [Theory]
    [InlineData("Maersk hired 300 workers three days after the blast.", "hired")]
    [InlineData("Three days after the blast, Maersk hired 300 workers.", "hired")]
    [InlineData("Maersk hired 40 private boats in the days after the ferry sank on April 22.", "hired")]
    [InlineData("Maersk sold two ferries hours before a planned press conference.", "sold")]
    public void A_time_counted_from_another_happening_gives_no_event_on_or_before_the_article(string body, string trigger)
    {
        Assert.DoesNotContain(Events(body), e => e.Sources[0].Trigger == trigger);
    }

    [Fact]
    public void A_clause_with_a_date_of_its_own_keeps_it_beside_a_count_from_another_happening()
    {
        var sold = ByTrigger(Events("Maersk sold two ferries on April 29, nine days after the collision."), "sold");

        Assert.Equal("2023-04-29", sold.Date.Value);
    }

    [Theory]
    [InlineData("Maersk sold two ferries on November 3.", "2022-11-03")]
    [InlineData("Maersk sold two ferries in December.", "2022-12")]
    public void A_past_verb_with_a_day_or_month_named_without_a_year_tells_the_one_before_the_article(string body, string value)
    {
        var sold = ByTrigger(Events(body), "sold");

        Assert.Equal(value, sold.Date.Value);
        Assert.Equal(EventStatus.Happened, sold.Status);
    }

    [Fact]
    public void A_past_verb_whose_infinitive_names_a_day_ahead_keeps_it()
    {
        var called = ByTrigger(Events("Lars Holm was called to testify on May 17."), "called");

        Assert.Equal("2023-05-17", called.Date.Value);
    }

    [Fact]
    public void A_reported_plan_with_a_day_named_without_a_year_keeps_the_one_to_come()
    {
        var deal = Assert.Single(Events("Maersk said Lars Holm would pay a $5 billion deposit on May 17 as part of the deal."));

        Assert.Equal("2023-05-17", deal.Date.Value);
    }

    [Fact]
    public void A_plan_with_a_day_named_without_a_year_keeps_the_one_to_come()
    {
        var sell = ByTrigger(Events("Maersk will sell two ferries on November 3."), "sell");

        Assert.Equal("2023-11-03", sell.Date.Value);
        Assert.Equal(EventStatus.Planned, sell.Status);
    }

    [Fact]
    public void A_paragraph_that_opens_with_a_pronoun_goes_on_at_the_time_of_the_paragraph_before()
    {
        var events = Events("Lars Holm sold two ferries to Stena Line on April 12.\n\nHe resigned from the board of Maersk.");
        var resigned = ByTrigger(events, "resigned");

        Assert.Equal("2023-04-12", resigned.Date.Value);
        Assert.Equal(DateRelation.On, resigned.Date.Relation);
    }

    [Fact]
    public void A_paragraph_that_opens_with_a_pronoun_goes_on_at_the_day_the_sentence_before_gave_its_actor()
    {
        var events = Events("Pictures of Lars Holm at a sailing race in Aarhus yesterday show a tired man.\n\nHe was photographed on the quay with his son.");
        var photographed = ByTrigger(events, "photographed");

        Assert.Equal("2023-05-09", photographed.Date.Value);
        Assert.Equal(DateRelation.On, photographed.Date.Relation);
    }

    [Fact]
    public void Across_a_paragraph_only_a_day_gone_by_dates_a_told_happening()
    {
        var e = ByTrigger(Events("Lars Holm is in Aarhus today for a sailing race.\n\nHe was photographed on the quay with his son."), "photographed");

        Assert.NotEqual(DateRelation.On, e.Date.Relation);
    }

        [Fact]
    public void A_quotation_before_the_paragraph_gives_its_day_to_nothing()
    {
        var events = Events("\"Lars Holm was at a sailing race in Aarhus yesterday,\" a friend wrote.\n\nHe was photographed on the quay with his son.");
        var photographed = ByTrigger(events, "photographed");

        Assert.NotEqual(DateRelation.On, photographed.Date.Relation);
    }

        [Fact]
    public void A_paragraph_that_names_its_actor_again_does_not()
    {
        var events = Events("Lars Holm sold two ferries to Stena Line on April 12.\n\nLars Holm resigned from the board of Maersk.");
        var resigned = ByTrigger(events, "resigned");

        Assert.NotEqual(DateRelation.On, resigned.Date.Relation);
    }

    [Fact]
    public void The_paragraph_after_the_lede_goes_on_at_the_day_the_lede_gave_the_actor_it_names_again()
    {
        var events = Events("Maersk moved closer on Monday to closing its Aarhus yard as ferry orders fell.\n\nMaersk cut 300 jobs at the yard.");
        var cut = ByTrigger(events, "cut");

        Assert.Equal("2023-05-08", cut.Date.Value);
        Assert.Equal(DateRelation.On, cut.Date.Relation);
    }

    [Fact]
    public void A_later_paragraph_that_names_the_actor_again_does_not_go_on_at_the_day_before()
    {
        var events = Events("Ferry orders fell in April, the shipbuilders' association said.\n\nShipyards in Denmark have lost 2,000 jobs this year.\n\n"
            + "Maersk moved closer on Monday to closing its Aarhus yard.\n\nMaersk cut 300 jobs at the yard.");
        var cut = ByTrigger(events, "cut");

        Assert.NotEqual(DateRelation.On, cut.Date.Relation);
    }

    [Fact]
    public void The_paragraph_after_the_lede_does_not_take_its_day_for_an_actor_the_lede_did_not_name()
    {
        var events = Events("Maersk moved closer on Monday to closing its Aarhus yard as ferry orders fell.\n\nLars Holm cut 300 jobs at his yard.");
        var cut = ByTrigger(events, "cut");

        Assert.NotEqual(DateRelation.On, cut.Date.Relation);
    }

    [Fact]
    public void The_paragraph_after_the_lede_does_not_take_the_day_of_publication()
    {
        var events = Events("Maersk moved closer today to closing its Aarhus yard as ferry orders fell.\n\nMaersk cut 300 jobs at the yard.");
        var cut = ByTrigger(events, "cut");

        Assert.NotEqual(DateRelation.On, cut.Date.Relation);
    }

    [Fact]
    public void A_he_after_a_sentence_opened_by_an_untold_he_is_not_the_person_that_sentence_named_beside_it()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n"
            + "Jonas Dahl runs the ferry arm of Maersk. He is known for his caution. He also stood in for Lars Holm during his illness. He received an award from the mayor.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "received" && e.Actors.Contains("lars-holm"));
    }

    [Fact]
    public void A_she_after_a_sentence_opened_by_an_untold_he_is_the_woman_that_sentence_named()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n"
            + "Jonas Dahl runs the ferry arm of Maersk. He is known for his caution. He also stood in for Ida Holm during her illness. She received an award from the mayor.");

        Assert.Equal(["ida-holm"], ByTrigger(events, "received").Actors);
    }

    [Fact]
    public void A_present_perfect_with_since_and_a_day_dates_from_that_day_on()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nMaersk has closed its Aarhus yard which builds most of its ferries since Monday because of a strike.");
        var closed = ByTrigger(events, "closed");

        Assert.Equal("2023-05-08", closed.Date.Value);
        Assert.Equal(DateRelation.After, closed.Date.Relation);
        Assert.Equal("since Monday", closed.Date.Text);
    }

    [Fact]
    public void A_fronted_since_dates_the_present_perfect_after_it()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nSince 2004, Lars Holm has fought a legal battle with Maersk.");
        var fought = ByTrigger(events, "fought");

        Assert.Equal("2004", fought.Date.Value);
        Assert.Equal(DateRelation.After, fought.Date.Relation);
    }

    [Theory]
    [InlineData("Maersk has signed its biggest order since 2008.", "signed")]
    [InlineData("Maersk has hired the most engineers since 2008.", "hired")]
    [InlineData("Maersk has hired 300 engineers, bringing its staff to 900 since 2008.", "hired")]
    [InlineData("Maersk has hired 300 engineers, most of them since 2008.", "hired")]
    [InlineData("Maersk has bought ferries that Lars Holm has run since 2008.", "bought")]
    [InlineData("Sales have fallen since 2008, and Maersk has hired 300 engineers.", "hired")]
    [InlineData("Lars Holm hired 300 engineers since 2008.", "hired")]
    public void A_since_of_a_comparison_another_verb_or_a_phrase_set_apart_does_not_date_the_perfect(string sentence, string trigger)
    {
        var e = ByTrigger(Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n" + sentence), trigger);

        Assert.NotEqual("2008", e.Date.Value);
    }

    [Fact]
    public void A_present_perfect_progressive_tells_a_process_going_on()
    {
        var hiring = ByTrigger(Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nMaersk has been hiring engineers in Aarhus."), "hiring");
        var hired = ByTrigger(Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nMaersk has hired engineers in Aarhus."), "hired");

        Assert.Equal(EventStatus.Ongoing, hiring.Status);
        Assert.Equal(EventStatus.Happened, hired.Status);
    }

    [Fact]
    public void An_it_that_a_happening_verb_is_done_to_in_the_passive_is_the_happening_not_the_body_before()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nMaersk announced a new ferry show in Aarhus. It is to be held at the Aarhus Theatre on May 20.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "held");
    }

    [Fact]
    public void An_it_that_holds_a_happening_in_the_active_is_the_body_before()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nMaersk announced a new ferry show in Aarhus. It will hold the show at the Aarhus Theatre on May 20.");

        Assert.Equal(["maersk"], ByTrigger(events, "hold").Actors);
    }

    [Fact]
    public void The_writers_example_brought_in_by_bidding_the_reader_is_not_told()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nTake as an example when Denmark declared that it had beaten Sweden and a quarter-century war was over.");

        Assert.DoesNotContain(events, e => e.Actors.Contains("denmark"));
    }

    [Fact]
    public void Dates_an_event_before_the_event_it_is_said_to_precede()
    {
        var events = Events(Visit + "\n\nPeru hosted a summit of twelve nations in Lima on April 12. Prior to the summit, Boric met Lula in Paris.");
        var summit = ByTrigger(events, "hosted");
        var meetings = events.Where(e => e.Sources[0].Trigger == "met").ToList();
        var before = meetings[^1];

        Assert.Equal("2023-04-12", summit.Date.Value);
        Assert.Equal("lima", summit.Place);
        Assert.Equal(DateRelation.Before, before.Date.Relation);
        Assert.Equal(summit.Id, before.Date.Anchor);
        Assert.Null(before.Date.Start);
        Assert.Equal(new DateOnly(2023, 4, 12), before.Date.End);
        Assert.Equal("paris", before.Place);
        Assert.Equal(["gabriel-boric", "luiz-inacio-lula-da-silva"], before.Actors);
    }

    [Fact]
    public void Dates_an_event_after_the_event_it_is_said_to_follow()
    {
        var events = Events("Peru hosted a summit of twelve nations in Lima on April 12. Following the summit, Peru signed a trade accord with Chile.");
        var summit = ByTrigger(events, "hosted");
        var signing = ByTrigger(events, "signed");

        Assert.Equal(DateRelation.After, signing.Date.Relation);
        Assert.Equal(summit.Id, signing.Date.Anchor);
        Assert.Equal(new DateOnly(2023, 4, 12), signing.Date.Start);
        Assert.Equal(Published, signing.Date.End);
    }

    [Fact]
    public void Marks_an_event_announced_for_next_month_as_planned()
    {
        var talks = ByTrigger(Events(Visit + " The two presidents will hold talks next month."), "talks");

        Assert.Equal(EventStatus.Planned, talks.Status);
        Assert.True(talks.Date.Planned);
        Assert.Equal("2023-06", talks.Date.Value);
        Assert.Equal(DatePrecision.Month, talks.Date.Precision);
    }

    [Fact]
    public void Reads_no_event_from_a_negated_clause()
    {
        var events = Events(Visit + " Boric did not sign the agreement.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sign");
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Reads_no_second_event_from_the_same_event_named_again_with_the_definite_article()
    {
        var events = Events("Peru hosted a summit of twelve nations in Lima on April 12. The summit drew large crowds.");

        Assert.Single(events);
    }

    [Theory]
    [InlineData("Farmers alleged that Kenya dumped waste in the river.")]
    [InlineData("Kenya dumped waste in the river, farmers claimed.")]
    [InlineData("Critics argued that Kenya had signed the accord too early.")]
    public void A_claim_is_reported_not_a_happening(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Fact]
    public void What_a_speaker_states_as_fact_is_an_event()
    {
        // A speaker no actor stands for ("Farmers said that ...") makes it a claim: see UnattributedClaimTests.
        Assert.Single(Events("Lars Holm said that Kenya signed the Nairobi accord."), e => e.Sources[0].Trigger == "signed");
    }

    [Fact]
    public void A_dictionary_type_holds_when_the_verb_acts_on_a_named_actor_not_on_a_thing()
    {
        Assert.Equal("other", Assert.Single(Events("Kenya issued a warning to travellers.")).Type);
        Assert.NotEqual("other", Assert.Single(Events("Kenya warned Tanzania.")).Type);
    }

    [Fact]
    public void An_event_the_text_does_not_date_happened_on_or_before_the_article_date()
    {
        var e = Assert.Single(Events("Kenya signed the Nairobi accord."));

        Assert.Equal("2023-05-10", e.Date.Value);
        Assert.Equal(DateRelation.Before, e.Date.Relation);
        Assert.Null(e.Date.Start);
        Assert.Equal(new DateOnly(2023, 5, 10), e.Date.End);
        Assert.False(e.Date.Approximate);
        Assert.True(e.Date.IsReportedOnly());
    }

    [Fact]
    public void Builds_titles_without_leading_adverbials_and_with_partial_names_spelt_out()
    {
        var events = Events(Visit + "\n\nEarlier on Tuesday, Lula met Boric in Valparaíso.");

        Assert.Equal("Luiz Inácio Lula da Silva met Gabriel Boric in Valparaíso", events[^1].Title);
    }

    [Fact]
    public void Builds_titles_without_time_words()
    {
        var events = Events(Visit + " Lula met Boric in Valparaíso on Tuesday.");

        Assert.Equal("Luiz Inácio Lula da Silva met Gabriel Boric in Valparaíso", events[^1].Title);
    }

    [Fact]
    public void Gives_events_readable_slug_ids_from_who_did_what_to_whom()
    {
        var events = Events(Visit + " Lula met Boric in Valparaíso on Tuesday.");

        Assert.Equal("luiz-inacio-lula-da-silva-meet-gabriel-boric", events[^1].Id);
        Assert.All(events, e => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", e.Id));
    }

    [Fact]
    public void Keeps_the_evidence_sentence_and_trigger_offsets()
    {
        var body = Visit;

        var travel = ByTrigger(Events(body), "traveled");

        var source = travel.Sources[0];
        Assert.Equal("test-article", source.Article);
        Assert.Equal(body.Substring(source.Offset, source.Length), travel.Summary);
        Assert.Equal("traveled", body.Substring(source.TriggerOffset, source.TriggerLength));
    }

    [Fact]
    public void A_country_after_a_preposition_of_place_is_where_it_happened_not_who_took_part()
    {
        var opened = Assert.Single(Events("Maersk opened a new container terminal in Singapore."));
        var signed = Assert.Single(Events("Maersk signed a supply deal with Singapore."));

        Assert.DoesNotContain("singapore", opened.Actors);
        Assert.Contains("singapore", signed.Actors);
    }

    [Theory]
    [InlineData("Mette Frederiksen praised Norway for its help with the rescue.")]
    [InlineData("The Danish minister hailed the agreement as a breakthrough for the region.")]
    public void Praise_is_a_view_not_a_happening(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Maersk was leasing the rig from Equinor in 2009.")]
    [InlineData("Lars Holm was cleaning his own car with a red cloth on Monday.")]
    [InlineData("Lars Holm was being treated with an experimental drug at the Aarhus hospital.")]
    public void A_past_progressive_the_writer_tells_is_a_scene_not_an_event(string sentence)
    {
        Assert.Empty(fixture.Extract(sentence, new DateOnly(2024, 3, 15)).Events);
    }

    [Fact]
    public void A_reported_past_progressive_is_news_of_what_is_under_way()
    {
        Assert.NotEmpty(fixture.Extract("Lars Holm said Maersk was closing its office in Oslo.", new DateOnly(2024, 3, 15)).Events);
    }

    [Theory]
    [InlineData("Lars Holm was to be paid 150,000 kroner a month.")]
    [InlineData("Maersk hired the captain in May. Maersk was to pay Lars Holm 2 million kroner.")]
    public void A_plan_seen_from_the_past_with_no_time_is_no_event(string body)
    {
        Assert.DoesNotContain(fixture.Extract(body, new DateOnly(2024, 3, 15)).Events, e => e.Sources[0].Trigger is "paid" or "pay");
    }

    [Theory]
    [InlineData("Lars Holm said Maersk was to sell its fields in the North Sea to Equinor.", "sell")]
    [InlineData("Lars Holm was to fly to Oslo on March 20.", "fly")]
    [InlineData("Lars Holm was due to hold talks with officials from Equinor.", "hold")]
    [InlineData("Maersk was preparing to deploy a metal box over the leak.", "deploy")]
    public void A_plan_seen_from_the_past_is_kept_when_reported_or_dated(string body, string trigger)
    {
        var e = Assert.Single(fixture.Extract(body, new DateOnly(2024, 3, 15)).Events, e => e.Title.Contains(" " + trigger + " ", StringComparison.Ordinal));
        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void A_date_in_a_relative_clause_dates_its_own_verb_not_the_event()
    {
        var e = Assert.Single(fixture.Extract("Lars Holm has apologised to Maersk for comments that were made during a show on 17 March.", new DateOnly(2024, 3, 20)).Events);
        Assert.NotEqual("2024-03-17", e.Date.Value);
    }

    [Fact]
    public void A_title_whose_it_stands_for_a_cut_clause_is_not_used()
    {
        Assert.DoesNotContain(fixture.Extract("The Danish government announced today it was \"likely\" that ten students had caught the virus.", new DateOnly(2024, 3, 20)).Events,
            e => e.Sources[0].Trigger == "announced");
    }

    [Theory]
    [InlineData("Maersk pumped oil into the Gulf of Mexico on Monday.", "mexico")]
    [InlineData("Maersk sent two ferries to the Sea of Japan on Monday.", "japan")]
    public void A_country_in_the_name_of_a_feature_of_the_map_takes_no_part(string sentence, string country)
    {
        var e = Assert.Single(Events(sentence));
        Assert.DoesNotContain(country, e.Actors);
        Assert.Contains("maersk", e.Actors);
    }

    [Theory]
    [InlineData("Maersk overhauled the US civil service on Monday.", "united-states")]
    [InlineData("Maersk audited the Mexico national lottery on Monday.", "mexico")]
    public void A_country_naming_what_kind_of_body_the_object_is_takes_no_part(string sentence, string country)
    {
        var e = Assert.Single(Events(sentence));
        Assert.DoesNotContain(country, e.Actors);
        Assert.Contains("united-states", Assert.Single(Events("Maersk met US federal officials on Monday.")).Actors);
    }

    [Fact]
    public void A_country_that_is_the_object_takes_part()
    {
        var e = Assert.Single(Events("Maersk sued Mexico on Monday."));
        Assert.Contains("mexico", e.Actors);
    }

    [Theory]
    [InlineData("Maersk said today it would sell two ferries to a Greek shipping line.", "sell", "2023-05-10")]
    [InlineData("Maersk said on Monday it would sell two ferries to a Greek shipping line.", "sell", "2023-05-08")]
    [InlineData("Yesterday Maersk sold two ferries to a Greek shipping line.", "sold", "2023-05-09")]
    [InlineData("Maersk yesterday sold two ferries to a Greek shipping line.", "sold", "2023-05-09")]
    public void A_time_phrase_without_a_comma_is_not_the_subject(string body, string trigger, string start)
    {
        var sold = ByTrigger(Events(body), trigger);

        Assert.Equal("maersk", sold.Actors[0]);
        Assert.StartsWith("Maersk", sold.Title, StringComparison.Ordinal);
        Assert.Equal(start, (sold.Date.Start ?? DateOnly.MinValue).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_plan_reported_on_a_day_gone_by_lies_after_that_day()
    {
        var sell = ByTrigger(Events("Maersk said in March it would sell two ferries to a Greek shipping line."), "sell");

        Assert.Equal(EventStatus.Planned, sell.Status);
        Assert.Equal(DateRelation.After, sell.Date.Relation);
        Assert.Equal("2023-03", sell.Date.Value);
        Assert.Equal(new DateOnly(2023, 3, 1), sell.Date.Start);
    }

    [Theory]
    [InlineData("Maersk is still counting the cost of the spill.")]
    [InlineData("Maersk had paid out $40 million as of Friday.")]
    public void A_clause_not_told_still_says_who_it_is_in_the_next(string first)
    {
        var events = Events(first + " It was forced by the Nordic Council to establish a $2bn compensation fund.");
        var forced = Assert.Single(events, e => e.Sources[0].Trigger is "forced" or "establish");
        Assert.Equal("maersk", forced.Actors[0]);
    }

    [Fact]
    public void A_noun_the_lexicon_also_knows_as_a_verb_leaves_the_clause_its_own_verb()
    {
        var retook = ByTrigger(Events("Lars Holm's forces retook the town of Vell on Thursday, officials in Aarhus said."), "retook");

        Assert.Equal("2023-05-04", retook.Date.Value);
        Assert.Contains("lars-holm", retook.Actors);
    }

    [Fact]
    public void A_vote_to_act_is_the_happening_of_the_day_the_vote_was_held()
    {
        var vote = ByTrigger(Events("The Nordic Council voted on Thursday to impose a ban on cod fishing."), "voted");

        Assert.Equal("2023-05-04", vote.Date.Value);
        Assert.Equal(EventStatus.Happened, vote.Status);
        Assert.StartsWith("Nordic Council voted to impose a ban", vote.Title);
    }

    [Fact]
    public void A_sentence_whose_only_verb_the_tagger_took_for_a_participle_tells_its_happening()
    {
        var filed = ByTrigger(Events("Komatsu Brothers filed for bankruptcy on Monday."), "filed");

        Assert.Equal("2023-05-08", filed.Date.Value);
        Assert.Equal(EventStatus.Happened, filed.Status);
    }

    [Fact]
    public void An_infinitive_after_a_noun_leaves_the_clause_its_finite_verb()
    {
        var filed = ByTrigger(Events("Komatsu Brothers Inc filed for bankruptcy protection on Monday, after talks to rescue the yard collapsed."), "filed");

        Assert.Equal("2023-05-08", filed.Date.Value);
        Assert.StartsWith("Komatsu Brothers Inc filed for bankruptcy protection", filed.Title);
    }

    [Fact]
    public void A_title_too_long_ends_after_a_sum_of_money()
    {
        var agreed = ByTrigger(Events("Maersk Holding Corp agreed to buy Komatsu Nordic Shipping Group for about $50 billion in stock on Sunday."), "agreed");

        Assert.Equal("Maersk Holding Corp agreed to buy Komatsu Nordic Shipping Group for about $50 billion", agreed.Title);
    }

    [Theory]
    [InlineData("Fjord Airways grounded its fleet of six jets on Monday after one of its engines blew apart over Aarhus.", "grounded", "Fjord Airways grounded its fleet of six jets")]
    [InlineData("Maersk closed its Aarhus terminal on Monday because a strike by dockers killed the night shift.", "closed", "Maersk closed its Aarhus terminal")]
    [InlineData("Lars Holm halted new drilling projects on Monday unless rigs have new safeguards to prevent another disaster.", "halted", "Lars Holm halted new drilling projects")]
    public void The_main_clause_tells_the_happening_not_the_clause_after_it(string sentence, string trigger, string title)
    {
        var e = ByTrigger(Events(sentence), trigger);

        Assert.Equal(title, e.Title);
        Assert.Equal("2023-05-08", e.Date.Value);
    }

    [Theory]
    [InlineData("Maersk will mothball its Aarhus terminal when the strike ends.", "mothball", "Maersk will mothball its Aarhus terminal")]
    [InlineData("Maersk will repaint its Aarhus terminal while the dockers strike.", "repaint", "Maersk will repaint its Aarhus terminal")]
    public void A_main_verb_after_a_modal_tells_the_plan_not_the_clause_after_it(string sentence, string trigger, string title)
    {
        var e = ByTrigger(Events(sentence), trigger);

        Assert.Equal(title, e.Title);
        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Theory]
    [InlineData("Lars Holm watched as the oil slick closed in on the Aarhus beach on Monday.", "watched")]
    [InlineData("Ida Berg emerged after the meeting on Monday and said two issues had been discussed.", "emerged")]
    public void A_main_verb_with_nothing_after_it_does_not_take_the_happening_from_the_clause_after_it(string sentence, string verb)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Sources[0].Trigger == verb);
    }

    [Fact]
    public void A_news_outlet_reporting_what_others_did_is_no_event_of_its_own()
    {
        var relayed = Events(Lead + "Reuters is reporting the only items the Holms gave to Aarhus School for a fundraiser are a signed copy of a magazine featuring the minister.");
        var done = Events(Lead + "Reuters reported on Monday that Prime Minister Lars Holm sacked Jonas Dahl.");

        Assert.DoesNotContain(relayed, e => e.Sources[0].Trigger == "reporting");
        Assert.Contains(done, e => e.Sources[0].Trigger == "sacked");
    }

    [Fact]
    public void A_claim_after_a_plural_subject_reports_a_claim_not_a_happening()
    {
        var claimed = Events(Lead + "His lawyers claim Prime Minister Lars Holm sacked Jonas Dahl.");
        var told = Events(Lead + "Prime Minister Lars Holm sacked Jonas Dahl.");

        Assert.DoesNotContain(claimed, e => e.Sources[0].Trigger == "sacked");
        Assert.Contains(told, e => e.Sources[0].Trigger == "sacked");
    }

    [Fact]
    public void A_second_past_verb_joined_by_and_tells_its_act_on_the_person_the_first_named()
    {
        var e = fixture.ByTrigger("The Nordic Council today stripped Lars Holm of his three titles and banned him from the sport for life.", Published, "banned");

        Assert.Equal("Nordic Council banned Lars Holm from the sport for life", e.Title);
        Assert.Equal(["nordic-council", "lars-holm"], e.Actors);
        Assert.Equal("2023-05-10", e.Date.Value);
    }
}
