using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>A country acts through its organs ("US officials"), not through its private people ("UK shoppers").</summary>
public sealed class EventParticipantsTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static bool Attributive(string sentence, string country)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var tags = PosTagger.Default.Tag([.. tokens.Select(t => t.Text)]);
        return EventParticipants.Attributive(tokens, tags, sentence.IndexOf(country, StringComparison.Ordinal) + country.Length);
    }

    [Theory]
    [InlineData("Ida Berg urged US tourists to visit Aarhus.", "US")]
    [InlineData("Ida Berg thanked Swedish-born Norway residents for waiting.", "Norway")]
    [InlineData("Ida Berg thanked Sweden's residents for waiting.", "Sweden")]
    [InlineData("The ferry carried Denmark's tourists to Vell.", "Denmark")]
    [InlineData("Ida Berg sent test kits to Norway hospitals.", "Norway")]
    public void A_country_before_its_private_people_or_a_thing_only_says_whose_they_are(string sentence, string country)
    {
        Assert.True(Attributive(sentence, country));
    }

    [Theory]
    [InlineData("Ida Berg urged US officials to visit Aarhus.", "US")]
    [InlineData("Ida Berg thanked Sweden's government for waiting.", "Sweden")]
    [InlineData("Ida Berg criticised Sweden's plan on Monday.", "Sweden")]
    [InlineData("Ida Berg warned Norway on Monday.", "Norway")]
    public void A_country_before_its_organs_or_alone_acts(string sentence, string country)
    {
        Assert.False(Attributive(sentence, country));
    }

    [Theory]
    [InlineData("Ida Berg sued Denmark's Lars Holm on Monday.", "sued", "lars-holm")]
    [InlineData("Ida Berg criticised Britain's Health Protection Agency on Monday.", "criticised", "health-protection-agency")]
    public void A_country_before_the_name_of_one_of_its_own_only_says_whose_they_are(string sentence, string trigger, string named)
    {
        var e = fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger);
        Assert.Contains(named, e.Actors);
        Assert.DoesNotContain(e.Actors, a => a is "denmark" or "united-kingdom");
    }

    [Fact]
    public void A_name_past_another_verb_is_no_target_of_the_first()
    {
        var retracted = fixture.ByTrigger("Lars Holm apologised for apologising to Maersk.", new DateOnly(2024, 3, 15), "apologised");
        var apology = fixture.ByTrigger("Lars Holm apologised to Maersk on Monday.", new DateOnly(2024, 3, 15), "apologised");
        var defended = fixture.ByTrigger("Ida Berg defended outgoing chief executive Lars Holm.", new DateOnly(2024, 3, 15), "defended");

        Assert.NotEqual("SUPPORT", retracted.Type);
        Assert.Equal("SUPPORT", apology.Type);
        Assert.Equal("SUPPORT", defended.Type);
    }

    [Theory]
    [InlineData("The Nordic Council lowered its forecast for Denmark's barley crop on Monday.", "lowered")]
    [InlineData("The Nordic Council raised its estimate of Denmark's fish exports on Monday.", "raised")]
    [InlineData("The Nordic Council cut its outlook for Denmark on Monday.", "cut")]
    public void A_country_an_estimate_is_about_takes_no_part(string sentence, string trigger)
    {
        var e = fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger);
        Assert.Contains("nordic-council", e.Actors);
        Assert.DoesNotContain("denmark", e.Actors);
    }

    [Theory]
    [InlineData("The Nordic Council criticised Denmark's forecast for barley on Monday.", "criticised", "denmark")]
    [InlineData("Ida Berg criticised Britain's response to the Aarhus leak on Monday.", "criticised", "united-kingdom")]
    [InlineData("Ida Berg criticised Britain and Lars Holm on Monday.", "criticised", "united-kingdom")]
    [InlineData("Ida Berg criticised Britain, Lars Holm and Maersk on Monday.", "criticised", "united-kingdom")]
    public void A_country_before_a_common_noun_or_alone_still_takes_part(string sentence, string trigger, string country)
    {
        Assert.Contains(country, fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger).Actors);
    }

    [Fact]
    public void A_country_whose_holidaymakers_are_urged_takes_no_part()
    {
        var events = fixture.Extract("Ida Berg has urged UK holidaymakers to book trips to Aarhus.", new DateOnly(2024, 3, 15)).Events;
        var urged = Assert.Single(events, e => e.Sources[0].Trigger == "urged");
        Assert.DoesNotContain("united-kingdom", urged.Actors);
    }

    [Theory]
    [InlineData("Lars Holm was sacked as chairman of the ferry line on Monday by the board of Maersk, a spokesman said.", "sacked", "maersk")]
    [InlineData("Ida Berg was fined over the ferry fire on Monday by the Nordic Council.", "fined", "nordic-council")]
    public void The_doer_of_a_passive_is_a_participant_wherever_the_headline_stops(string sentence, string trigger, string doer)
    {
        var e = Assert.Single(fixture.Extract(sentence, new DateOnly(2024, 3, 15)).Events, e => e.Sources[0].Trigger == trigger);
        Assert.Contains(doer, e.Actors);
    }

    [Theory]
    [InlineData("Lars Holm was sacked as chairman of the ferry line on Monday by Danish shareholders of Maersk.", "maersk")]
    [InlineData("Lars Holm was criticised for the ferry plan on Monday by US politicians.", "united-states")]
    [InlineData("Lars Holm was sacked on Monday, and the board of Maersk appointed Ida Berg.", "maersk")]
    public void A_by_phrase_names_the_doer_only_when_its_name_heads_it(string sentence, string other)
    {
        var e = fixture.Extract(sentence, new DateOnly(2024, 3, 15)).Events.Find(e => e.Actors.Contains("lars-holm") && e.Sources[0].Trigger is "sacked" or "criticised");
        Assert.True(e is null || !e.Actors.Contains(other), e is null ? "" : string.Join(",", e.Actors));
    }

    [Theory]
    [InlineData("Vell Bank bought a 20% stake in Maersk on Friday.", "bought", "maersk")]
    [InlineData("Fjord Shipping invested $2bn in Maersk on Friday.", "invested", "maersk")]
    public void A_firm_a_stake_or_money_went_into_takes_part(string sentence, string trigger, string firm)
    {
        Assert.Contains(firm, fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger).Actors);
    }

    [Theory]
    [InlineData("Maersk opened an office in Vell Bank's headquarters on Friday.", "opened", "vell-bank")]
    [InlineData("Maersk opened an office in Denmark on Friday.", "opened", "denmark")]
    public void A_place_or_a_firm_s_premises_after_in_is_where_it_happened(string sentence, string trigger, string other)
    {
        Assert.DoesNotContain(other, fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger).Actors);
    }
    [Theory]
    [InlineData("Ida Berg was arrested by Danish officials in Aarhus on Monday.", "arrested", true)]
    [InlineData("Ida Berg was detained by Danish police in Aarhus on Monday.", "detained", true)]
    [InlineData("Ida Berg was attacked by Danish fans in Aarhus on Monday.", "attacked", false)]
    public void A_nationality_before_the_state_s_agents_names_the_state_as_the_doer(string sentence, string trigger, bool named)
    {
        Assert.Equal(named, fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger).Actors.Contains("denmark"));
    }

    [Theory]
    [InlineData("Maersk unveiled a new ferry in Aarhus on Tuesday.", "unveiled")]
    [InlineData("Maersk bought a new ferry from a yard in Aarhus on Tuesday.", "bought")]
    [InlineData("Prime Minister Lars Holm died on Tuesday and Jonas Dahl took over the party.", "died")]
    [InlineData("Sweden warned of long delays in Aarhus on Tuesday.", "warned")]
    [InlineData("Prime Minister Lars Holm died at Aarhus University Hospital on Tuesday.", "died")]
    [InlineData("The Nordic Council examined the Maersk claims on Tuesday.", "examined")]
    [InlineData("Sweden warned Maersk tanker crews on Tuesday over the ferry rules.", "warned")]
    public void A_verb_typed_only_by_the_dictionary_with_no_actor_it_is_done_to_is_other(string sentence, string trigger)
    {
        Assert.Equal("other", fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger).Type);
    }

    [Theory]
    [InlineData("Sweden warned Denmark on Tuesday over its ferry rules.", "warned", "THREATEN")]
    [InlineData("Maersk attacked Sweden on Tuesday over its ferry rules.", "attacked", "ASSAULT")]
    [InlineData("The Nordic Council investigated Maersk on Tuesday over its ferry rules.", "investigated", "ACCUSE")]
    public void A_typed_verb_done_to_a_named_actor_keeps_its_type(string sentence, string trigger, string type)
    {
        Assert.Equal(type, fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger).Type);
    }

    [Theory]
    [InlineData("Maersk opened an office in Oslo on Tuesday, hiring staff in Bergen.", "opened", "oslo")]
    [InlineData("Maersk opened an office on Tuesday, hiring staff in Bergen.", "opened", null)]
    [InlineData("Maersk declared an emergency on Tuesday, and in Bergen, where the ferry sank, the council closed the port.", "declared", null)]
    [InlineData("Lars Holm, speaking in Bergen on Tuesday, opened an office.", "opened", null)]
    [InlineData("Lars Holm, who lives in Bergen, opened an office in Oslo on Tuesday.", "opened", "oslo")]
    [InlineData("Lars Holm had a cold, and died in Oslo on Tuesday.", "died", "oslo")]
    public void A_place_past_a_comma_that_opens_another_phrase_is_that_phrase_s(string sentence, string trigger, string? place)
    {
        var e = fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger);

        Assert.Equal(place, e.Place);
    }

    [Theory]
    [InlineData("Lars Holm returned home on Tuesday after his victory in Bergen.", "returned", null)]
    [InlineData("Lars Holm was hired by Maersk on Tuesday as the firm prepared for its expansion in Bergen.", "hired", null)]
    [InlineData("Lars Holm resigned from Maersk on Tuesday while the firm expanded in Bergen.", "resigned", null)]
    [InlineData("Lars Holm met Ida Berg on Tuesday before the summit in Bergen.", "met", null)]
    [InlineData("Maersk declared an emergency on Tuesday and in Bergen, where the ferry sank, the council closed the port.", "declared", null)]
    // A place before the opening word stays the event's, and "and in" with no comma after the place joins places.
    [InlineData("Lars Holm opened an office in Oslo on Tuesday after talks with Maersk.", "opened", "oslo")]
    [InlineData("Maersk opened offices on Tuesday in Oslo and in Bergen.", "opened", "oslo")]
    public void A_place_past_a_word_that_opens_another_clause_or_phrase_is_that_one_s(string sentence, string trigger, string? place)
    {
        var e = fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger);

        Assert.Equal(place, e.Place);
    }

    [Theory]
    [InlineData("Maersk blocked new permits on Tuesday and suspended planned drilling at two sites in Bergen.", "blocked", null)]
    [InlineData("Lars Holm signed a law on Tuesday to fund the war in Norway.", "signed", null)]
    [InlineData("Lars Holm ordered Maersk to pay for three new piers in Bergen on Tuesday.", "ordered", null)]
    // A place before the second predicate or the infinitive stays the event's; "to" before a noun phrase or a gerund opens none.
    [InlineData("Maersk blocked new permits in Oslo on Tuesday and suspended planned drilling in Bergen.", "blocked", "oslo")]
    [InlineData("Lars Holm handed the award to the winners in Oslo on Tuesday.", "handed", "oslo")]
    [InlineData("Lars Holm turned to painting with a theatre company in Oslo on Tuesday.", "turned", "oslo")]
    public void A_place_past_a_second_predicate_or_an_infinitive_is_that_one_s(string sentence, string trigger, string? place)
    {
        var e = fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger);

        Assert.Equal(place, e.Place);
    }

    [Theory]
    [InlineData("The World Health Organization declared a pandemic on Thursday following a spike in cases in Bergen.", "declared", null)]
    [InlineData("Maersk was fined on Tuesday over fatal accidents in Bergen.", "fined", null)]
    [InlineData("Lars Holm resigned on Tuesday amid protests in Oslo.", "resigned", null)]
    [InlineData("Maersk opened a new ferry terminal on Monday despite protests in Bergen.", "opened", null)]
    [InlineData("Ida Berg asked on Tuesday why Maersk had its headquarters in Bergen.", "asked", null)]
    [InlineData("Ida Berg asked Lars Holm on Tuesday whether the ferries would stop in Bergen.", "asked", null)]
    // A place of the event before the phrase stays the event's.
    [InlineData("Lars Holm resigned in Oslo on Tuesday amid protests in Bergen.", "resigned", "oslo")]
    // "what" opens the object itself as often as a question: "has begun what could be his last appeal, at a hearing in Oslo".
    [InlineData("Lars Holm has begun what could be his last appeal, at a hearing in Oslo.", "begun", "oslo")]
    public void A_place_inside_a_phrase_of_cause_or_topic_or_an_asked_clause_is_that_one_s(string sentence, string trigger, string? place)
    {
        var e = fixture.ByTrigger(sentence, new DateOnly(2024, 3, 15), trigger);

        Assert.Equal(place, e.Place);
    }
}
