using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// A clause tells an event only when its subject names an actor, or a pronoun, "the company", an earlier
/// event or "both sides" that the text resolves; tested through the whole extractor, which finds the mentions.
/// </summary>
public sealed class SubjectFinderTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    private TimelineEvent ByTrigger(string body, string trigger) => fixture.ByTrigger(body, Published, trigger);

    [Fact]
    public void A_name_with_a_title_before_it_is_the_subject()
    {
        var e = ByTrigger("Iowa Senator Chuck Grassley opened an inquiry into the bank.", "opened");

        Assert.Equal("chuck-grassley", e.Actors[0]);
        Assert.StartsWith("Chuck Grassley opened", e.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Aarhus prosecutors arrested Lars Holm on Tuesday.", "Aarhus prosecutors arrested Lars Holm", "lars-holm")]
    [InlineData("A federal judge ordered Maersk to pay the fine on Tuesday.", "A federal judge ordered Maersk to pay the fine", "maersk")]
    [InlineData("A judge in Aarhus, Denmark, on Tuesday sentenced Lars Holm to six years in prison.", "A judge in Aarhus sentenced Lars Holm to six years in prison", "lars-holm")]
    [InlineData("Police in Aarhus arrested Lars Holm on Tuesday.", "Police in Aarhus arrested Lars Holm", "lars-holm")]
    [InlineData("A court in Aarhus on Tuesday convicted Lars Holm of fraud and sentenced him to four years in prison.", "A court in Aarhus sentenced Lars Holm to four years in prison", "lars-holm")]
    public void Unnamed_agents_of_the_law_acting_on_a_named_actor_tell_its_happening(string body, string title, string actor)
    {
        var e = Assert.Single(Events(body));

        Assert.Equal(title, e.Title);
        Assert.Equal([actor], e.Actors);
    }

    [Theory]
    [InlineData("Police arrested three men on Tuesday.")]
    [InlineData("Police were questioned by Lars Holm on Tuesday.")]
    [InlineData("Scientists visited Lars Holm on Tuesday.")]
    [InlineData("Police searched a house in Aarhus on Tuesday.")]
    [InlineData("Prosecutors say Lars Holm gave Ida Berg a lethal dose on Tuesday.")]
    [InlineData("Police in riot gear arrested three men in Aarhus on Tuesday.")]
    [InlineData("Tourists in Aarhus visited Lars Holm on Tuesday.")]
    public void Unnamed_agents_acting_on_no_named_actor_or_not_of_the_law_tell_nothing(string body) =>
        Assert.Empty(Events(body));

    [Fact]
    public void A_name_followed_by_an_appositive_is_the_subject()
    {
        var e = ByTrigger("Ed Markey, chairman of the energy committee, has opened an inquiry into BP.", "opened");

        Assert.Equal("ed-markey", e.Actors[0]);
        Assert.Equal("Ed Markey has opened an inquiry into BP", e.Title);
    }

    [Fact]
    public void A_possessive_owner_is_not_the_subject()
    {
        var e = ByTrigger("BP's chief executive Tony Hayward met Ed Markey on Tuesday.", "met");

        Assert.Equal("tony-hayward", e.Actors[0]);
        Assert.DoesNotContain("bp", e.Actors);
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_the_subject()
    {
        Assert.Empty(Events("Lawyers for Tony Hayward filed an appeal."));
        Assert.Single(Events("Tony Hayward filed an appeal."));
    }

    [Fact]
    public void He_is_the_one_person_named_in_the_previous_sentence()
    {
        var e = ByTrigger("Tony Hayward flew to London. He met Ed Markey on Tuesday.", "met");

        Assert.Equal("tony-hayward", e.Actors[0]);
        Assert.Equal("Tony Hayward met Ed Markey", e.Title);
    }

    [Fact]
    public void A_person_placed_by_where_they_work_is_the_subject()
    {
        var e = ByTrigger("Jane Porter of the University of Leeds resigned on Monday.", "resigned");

        Assert.Equal("jane-porter", e.Actors[0]);
        Assert.StartsWith("Jane Porter resigned", e.Title, StringComparison.Ordinal);
        Assert.Equal("ivan-petrov", ByTrigger("Ivan Petrov at the Institute for Policy Studies in Moscow resigned on Monday.", "resigned").Actors[0]);
    }

    [Fact]
    public void A_clause_after_the_affiliation_keeps_its_own_subject()
    {
        Assert.DoesNotContain(Events("Jane Porter of the Leeds Trust on a call as the program stopped taking claims."), e => e.Actors.Contains("jane-porter") && e.Title.Contains("stopped", StringComparison.Ordinal));
    }

    [Fact]
    public void He_after_a_speaker_reads_as_that_speaker()
    {
        var e = ByTrigger("Tony Hayward flew to London. Oil analyst Ivan Petrov at the Institute for Energy Studies said he met Nick Clegg this week.", "met");

        Assert.Equal("ivan-petrov", e.Actors[0]);
        Assert.DoesNotContain("tony-hayward", e.Actors);
    }

    [Fact]
    public void He_after_an_unnamed_speaker_is_not_the_person_before()
    {
        Assert.DoesNotContain(Events("Tony Hayward flew to London. A spokesman for the agency said he had resigned on Monday."), e => e.Sources[0].Trigger == "resigned");
        Assert.Equal("tony-hayward", ByTrigger("Tony Hayward flew to London. He said he had resigned on Monday.", "resigned").Actors[0]);
    }

    [Fact]
    public void He_never_stands_for_a_name_its_own_clause_gives()
    {
        Assert.DoesNotContain(Events("Tony Hayward flew to London. He met Tony Hayward on Monday."), e => e.Sources[0].Trigger == "met");
        Assert.Equal("tony-hayward", ByTrigger("Tony Hayward flew to London. He has outspent Ed Markey.", "outspent").Actors[0]);
    }

    [Fact]
    public void He_is_not_resolved_when_two_persons_were_named_and_neither_acted()
    {
        var events = Events("Tony Hayward and Ed Markey were in London. He met Nick Clegg on Tuesday.");

        Assert.DoesNotContain(events, e => e.Actors.Contains("nick-clegg"));
    }

    [Fact]
    public void He_continues_the_person_who_acted_just_before()
    {
        var events = Events("Tony Hayward met Ed Markey in London. He met Nick Clegg on Tuesday.");

        var second = Assert.Single(events, e => e.Actors.Contains("nick-clegg"));
        Assert.Equal("tony-hayward", second.Actors[0]);
    }

    [Fact]
    public void It_after_said_is_the_speaking_organisation()
    {
        var e = ByTrigger("BP said it had closed the Whiting plant.", "closed");

        Assert.Equal("bp", e.Actors[0]);
        Assert.Equal("BP had closed the Whiting plant", e.Title);
    }

    [Fact]
    public void It_after_a_speaker_that_is_no_actor_gives_no_subject()
    {
        Assert.Empty(Events("The ministry said it had closed the Whiting plant."));
    }

    [Fact]
    public void It_after_a_speaker_that_is_no_actor_is_not_the_body_that_acted_before()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n"
            + "Vell Shipping bought two tankers on Monday. The coastguard said it had sent a ship to the field.");

        Assert.Contains(events, e => e.Sources[0].Trigger == "bought");
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "sent");
    }

    [Theory]
    [InlineData("BP hired a new lawyer. The company closed the Whiting plant on Tuesday.")]
    [InlineData("BP hired a new lawyer. The British oil company closed the Whiting plant on Tuesday.")]
    public void The_company_is_the_organisation_named_last(string body)
    {
        var e = ByTrigger(body, "closed");

        Assert.Equal(["bp"], e.Actors);
        Assert.Equal("BP closed the Whiting plant", e.Title);
    }

    [Theory]
    [InlineData("BP was sued by the Department of Justice. The company closed the Whiting plant on Tuesday.")]
    [InlineData("BP was fined by the Ministry of Fisheries. The company closed the Whiting plant on Tuesday.")]
    public void The_company_is_never_a_public_body_named_with_of(string body)
    {
        Assert.Equal(["bp"], ByTrigger(body, "closed").Actors);
    }

    [Fact]
    public void The_company_with_no_organisation_named_before_gives_no_subject()
    {
        Assert.Empty(Events("The company closed the Whiting plant on Tuesday."));
    }

    [Fact]
    public void Both_sides_take_the_actors_of_the_event_just_told()
    {
        var e = ByTrigger("Mette Frederiksen met Jonas Gahr Store in Oslo. Both sides signed a fishing treaty.", "signed");

        Assert.Equal(["mette-frederiksen", "jonas-gahr-store"], e.Actors);
        Assert.Equal("Both sides signed a fishing treaty", e.Title);
    }

    [Fact]
    public void Both_sides_after_an_event_of_one_actor_give_no_subject()
    {
        Assert.DoesNotContain(Events("Mette Frederiksen visited Oslo. Both sides signed a fishing treaty."), e => e.Sources[0].Trigger == "signed");
    }

    [Fact]
    public void An_event_named_again_acts_with_its_actors()
    {
        var e = ByTrigger("Mette Frederiksen visited Oslo. The visit included talks on fishing.", "talks");

        Assert.Equal(["mette-frederiksen"], e.Actors);
        Assert.StartsWith("The visit included talks", e.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_noun_never_told_before_gives_no_subject()
    {
        Assert.Empty(Events("The visit included talks on fishing."));
    }

    [Fact]
    public void A_plain_noun_phrase_naming_an_actor_takes_that_actor()
    {
        var e = ByTrigger("BP engineers opened the Macondo valve.", "opened");

        Assert.Equal(["bp"], e.Actors);
        Assert.Equal("BP engineers opened the Macondo valve", e.Title);
    }

    [Theory]
    [InlineData("The committee opened an inquiry into the bank.")]
    [InlineData("Some engineers opened the Macondo valve.")]
    public void A_plain_noun_phrase_without_any_actor_gives_no_subject(string body)
    {
        Assert.Empty(Events(body));
    }

    [Fact]
    public void A_named_subject_is_surer_than_a_plain_noun_phrase()
    {
        var named = ByTrigger("Tony Hayward opened the Macondo valve.", "opened");
        var common = ByTrigger("BP engineers opened the Macondo valve.", "opened");

        Assert.True(named.Confidence > common.Confidence, $"{named.Confidence} vs {common.Confidence}");
    }

    [Theory]
    [InlineData("Maersk officials closed the terminal at Aarhus.", "closed")]
    [InlineData("Maersk engineers sealed the Gorm valve.", "sealed")]
    [InlineData("Germany's government expelled two Danish diplomats.", "expelled")]
    [InlineData("Fjord Front fighters seized the ferry terminal at Aarhus.", "seized")]
    public void A_name_acts_through_its_people_and_organs(string sentence, string trigger)
    {
        Assert.NotEmpty(ByTrigger(sentence, trigger).Actors);
    }

    [Theory]
    [InlineData("Danish police arrested Lars Holm on Thursday.", "arrested", "denmark")]
    [InlineData("Chilean officials closed all schools in Vell on Monday.", "closed", "chile")]
    [InlineData("The Danish government expelled two diplomats on Monday.", "expelled", "denmark")]
    public void A_demonym_before_an_organ_of_the_state_is_its_country_acting(string sentence, string trigger, string country)
    {
        Assert.Equal(country, ByTrigger(sentence, trigger).Actors[0]);
    }

    [Theory]
    [InlineData("Denmark's central bank raised its main interest rate to 4% on Thursday.", "raised", "denmark")]
    [InlineData("The Danish central bank raised its main interest rate to 4% on Thursday.", "raised", "denmark")]
    public void A_countrys_central_bank_acts_for_its_state(string sentence, string trigger, string country)
    {
        Assert.Equal(country, ByTrigger(sentence, trigger).Actors[0]);
    }

    [Theory]
    [InlineData("Its debt trades at junk levels, and Moody's has cut its rating three notches.", "cut", "Moody's has cut its rating three notches")]
    public void A_name_ending_in_s_is_the_subject_and_its_s_is_no_auxiliary(string sentence, string trigger, string title)
    {
        Assert.Equal(title, ByTrigger(sentence, trigger).Title);
    }

    [Fact]
    public void A_demonym_before_central_bank_in_the_object_is_its_state()
    {
        Assert.Contains("denmark", ByTrigger("Prime Minister Ida Berg urged the Danish central bank to cut rates on Monday.", "urged").Actors);
    }

    [Theory]
    [InlineData("Denmark's biggest bank raised its main interest rate to 4% on Thursday.")]
    [InlineData("A Danish bank raised its main interest rate to 4% on Thursday.")]
    public void A_countrys_bank_of_any_other_kind_is_not_the_state(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Actors.Contains("denmark"));
    }

    [Theory]
    [InlineData("Danish workers blocked the port of Aarhus on Thursday.")]
    [InlineData("Three Danish soldiers died in Vell on Monday.")]
    public void People_of_a_country_are_not_the_state(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Actors.Contains("denmark"));
    }

    [Theory]
    [InlineData("US media accused Maersk of hiding the spill.", "united-states")]
    [InlineData("Germany's currency was hammered by the news.", "germany")]
    [InlineData("Mette Frederiksen's commission released its report.", "mette-frederiksen")]
    public void A_name_before_a_head_of_its_own_does_not_act_for_it(string sentence, string modifier)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Actors.Contains(modifier));
    }

    [Fact]
    public void The_company_is_the_company_the_speaker_works_for_not_a_legislature_named_before()
    {
        var e = ByTrigger("The House passed a spill bill. Doug Suttles, BP's chief operating officer, says the company has drilled a second relief well.", "drilled");

        Assert.Equal("bp", e.Actors[0]);
        Assert.StartsWith("BP has drilled", e.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_named_before_its_kind_noun_is_the_subject()
    {
        var e = ByTrigger("The United Auto Workers union ended its two-day strike against General Motors on Wednesday.", "ended");

        Assert.Equal("united-auto-workers", e.Actors[0]);
        Assert.StartsWith("United Auto Workers ended its two-day strike", e.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The WHO said on Monday the virus was spreading. The United Nations agency raised its pandemic alert to phase 6 on Thursday.")]
    [InlineData("BP said on Monday it would pay for the spill. The UK company has called on its partners to pay their share of the costs.")]
    public void A_body_named_before_a_noun_of_its_parts_or_its_firms_is_not_the_subject(string body)
    {
        Assert.DoesNotContain(Events(body), e => e.Actors.FirstOrDefault() is "united-nations" or "united-kingdom" or "uk");
    }

    [Theory]
    [InlineData("Vell Shipping chief executive Ida Berg said the company would sell two tankers by May.", "vell-shipping")]
    [InlineData("A Vell Shipping spokesman said the company would sell two tankers by May.", "vell-shipping")]
    [InlineData("Prime Minister Lars Holm said the company would sell two tankers by May.", "maersk")]
    [InlineData("A report by Vell Shipping auditors said the company would sell two tankers by May.", "maersk")]
    public void The_company_is_the_firm_of_its_speaker_over_the_firm_the_story_is_about(string sentence, string firm)
    {
        var e = ByTrigger("Maersk halted drilling at its Aarhus field on Tuesday after a leak. Maersk said the leak was small. Vell Shipping and Maersk traded blame.\n\n"
            + sentence, "sell");

        Assert.Equal(firm, e.Actors[0]);
    }

    [Fact]
    public void The_company_is_not_the_news_agency_a_spokesman_spoke_to()
    {
        var e = ByTrigger("A Maersk spokesman told Reuters on Friday that the company had sealed a leaking tanker.", "sealed");

        Assert.Equal("maersk", e.Actors[0]);
    }

    [Fact]
    public void A_country_s_office_holder_is_the_person_the_article_names_with_that_office()
    {
        var e = ByTrigger("US President Joe Biden arrived in Oslo on Monday. The US president met Jonas Gahr Store on Tuesday.", "met");

        Assert.Equal("joe-biden", e.Actors[0]);
        Assert.DoesNotContain("united-states", e.Actors);
    }

    [Fact]
    public void A_leader_s_government_is_the_leader_s_country()
    {
        var e = ByTrigger("Norwegian Prime Minister Ida Berg arrived in Oslo on Monday. Ida Berg's government expelled two diplomats on Tuesday.", "expelled");

        Assert.Equal("norway", e.Actors[0]);
        Assert.DoesNotContain("ida-berg", e.Actors);
    }

    [Fact]
    public void A_country_s_office_holder_the_article_does_not_name_is_not_the_country()
    {
        Assert.DoesNotContain(Events("The US president met Jonas Gahr Store in Oslo on Tuesday."), e => e.Actors.Contains("united-states"));
    }

    [Fact]
    public void A_country_before_a_common_noun_is_no_participant()
    {
        var e = ByTrigger("Maersk sent test kits to U.S. states on Monday.", "sent");
        Assert.DoesNotContain("united-states", e.Actors);
        var met = ByTrigger("Maersk met U.S. officials on Monday.", "met");
        Assert.Contains("united-states", met.Actors);
    }
    [Theory]
    [InlineData("Maersk on Tuesday closed the terminal at Aarhus.", "closed", "maersk", "2024-03-12")]
    [InlineData("Tony Hayward in January sold his shares in BP.", "sold", "tony-hayward", "2024-01")]
    [InlineData("The rebels' leader Ahmed Saleh at noon Wednesday freed two hostages.", "freed", "ahmed-saleh", "2024-03-13")]
    public void A_time_between_the_subject_and_its_verb_is_not_the_subject(string sentence, string trigger, string actor, string date)
    {
        var e = ByTrigger(sentence, trigger);

        Assert.Equal(actor, e.Actors[0]);
        Assert.Equal(date, e.Date.Value);
    }

    [Theory]
    [InlineData("Ida Berg urged the Swedish government on Friday to reopen the port.", "urged", "sweden")]
    [InlineData("The Norwegian foreign ministry summoned the Danish ambassador on Monday.", "summoned", "denmark")]
    [InlineData("Finnish jets struck Swedish government forces near the border on Monday.", "struck", "sweden")]
    public void A_demonym_before_an_organ_of_the_state_in_the_object_is_that_state(string sentence, string trigger, string country)
    {
        Assert.Contains(country, ByTrigger(sentence, trigger).Actors);
    }

    [Theory]
    [InlineData("Maersk hired 116 Danish soldiers on Monday.", "hired", "denmark")]
    [InlineData("Ida Berg met Danish fishermen on Monday.", "met", "denmark")]
    public void A_demonym_before_people_of_the_country_in_the_object_is_no_state(string sentence, string trigger, string country)
    {
        Assert.DoesNotContain(country, ByTrigger(sentence, trigger).Actors);
    }

    [Theory]
    [InlineData("Russia and Ukraine signed a trade agreement.", "Russia and Ukraine signed a trade agreement", "russia,ukraine")]
    [InlineData("Microsoft, Google, and Apple on Monday signed a deal.", "Microsoft, Google and Apple signed a deal", "microsoft,google,apple")]
    [InlineData("Presidents Lars Holm of Denmark and Ida Berg of Norway signed a fishing accord on Friday.", "Lars Holm and Ida Berg signed a fishing accord", "lars-holm,ida-berg")]
    [InlineData("Aarhus Mayor Lars Holm and Odense Mayor Ida Berg signed a transport accord on Friday.", "Lars Holm and Ida Berg signed a transport accord", "lars-holm,ida-berg")]
    [InlineData("Finance minister Lars Holm and Nordea chairman Ida Berg signed a rescue accord on Sunday.", "Lars Holm and Ida Berg signed a rescue accord", "lars-holm,ida-berg")]
    [InlineData("Finance minister Lars Holm, Nordea chair Ida Berg and Danske Bank chief executive Per Lund signed a rescue accord on Sunday.", "Lars Holm, Ida Berg and Per Lund signed a rescue accord", "lars-holm,ida-berg,per-lund")]
    public void Names_joined_by_and_act_together(string sentence, string title, string actors)
    {
        var e = ByTrigger(sentence, "signed");

        Assert.Equal(title, e.Title);
        Assert.Equal(actors.Split(','), e.Actors.Take(actors.Split(',').Length));
    }

    [Theory]
    [InlineData("Microsoft and its partners signed a deal.")]
    [InlineData("Microsoft or Apple signed a deal.")]
    [InlineData("Microsoft, Apple signed a deal.")]
    [InlineData("Tony Hayward, the chief executive, and Ed Markey, the congressman, visited the Macondo rig.")]
    public void A_coordination_with_something_other_than_names_gives_no_subject(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Fact]
    public void A_verb_after_and_shares_the_subject_of_the_predicate_before_it()
    {
        var e = ByTrigger("Lars Holm appeared on state television on Monday and urged Norwegians to leave the port.", "urged");

        Assert.Equal("lars-holm", e.Actors[0]);
        Assert.Equal("Lars Holm urged Norwegians to leave the port", e.Title);
    }

    [Theory]
    [InlineData("Ida Berg said Maersk had no cash left and urged the council to sell its shares.", "urged")]
    [InlineData("Maersk is required to pay for the damage, including property losses and lost earnings.", "lost")]
    [InlineData("Lars Holm knew Maersk owned the tanker and sold shares in Vell on Monday.", "sold")]
    [InlineData("Maersk had a plan for Aarhus, and this week is winding down.", "winding")]
    public void A_verb_after_and_with_no_single_predicate_before_it_has_no_subject(string sentence, string trigger)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Sources[0].Trigger == trigger);
    }

    [Fact]
    public void A_name_set_off_after_the_role_it_fills_is_the_subject()
    {
        var e = ByTrigger("Norway's prime minister, Lars Holm, urged Maersk to honour the treaty.", "urged");

        Assert.Equal("lars-holm", e.Actors[0]);
        Assert.StartsWith("Lars Holm urged Maersk", e.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_after_a_role_joined_to_another_name_is_not_the_only_subject()
    {
        Assert.DoesNotContain(Events("The company's chief executive, Lars Holm, and Ida Berg urged the council to sell its shares."), e => e.Actors is ["lars-holm", ..] && !e.Actors.Contains("ida-berg"));
    }

    [Fact]
    public void The_of_of_a_title_before_the_name_is_part_of_the_title()
    {
        var e = ByTrigger("Secretary of State Lars Holm urged Maersk to sell its shares.", "urged");

        Assert.Equal("lars-holm", e.Actors[0]);
        Assert.StartsWith("Lars Holm urged Maersk", e.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(Events("Friends of Lars Holm urged Maersk to sell its shares."), e => e.Title.StartsWith("Lars Holm", StringComparison.Ordinal));
    }

    [Fact]
    public void Warplanes_act_for_the_body_that_flies_them()
    {
        var e = ByTrigger("Nordic Council warplanes bombed the Fjord terminal on Monday.", "bombed");

        Assert.Equal("nordic-council", e.Actors[0]);
    }

    [Fact]
    public void An_infinitive_of_purpose_after_a_name_or_a_time_leaves_the_clause_its_finite_verb()
    {
        var e = ByTrigger("Lars Holm returned to Norway on Thursday to join the protests.", "returned");

        Assert.Equal("Lars Holm returned to Norway to join the protests", e.Title);
        Assert.Equal("2024-03-14", e.Date.Value);
    }

    [Fact]
    public void An_infinitive_of_purpose_after_a_quoted_noun_leaves_the_clause_its_finite_verb()
    {
        var e = ByTrigger("Lars Holm invoked a \"systemic risk exception\" to protect all depositors on Thursday.", "invoked");

        Assert.Equal("Lars Holm invoked a \"systemic risk exception\" to protect all depositors", e.Title);
        Assert.Equal("2024-03-14", e.Date.Value);
    }

    [Fact]
    public void The_company_after_the_verb_is_the_company_named_last()
    {
        var e = ByTrigger("Maersk lost a tanker off Aarhus last year. The Nordic Council ordered the company to pay $20bn into a compensation fund.", "ordered");

        Assert.Equal(["nordic-council", "maersk"], e.Actors);
    }

    [Fact]
    public void The_company_is_the_firm_the_article_is_about_when_it_was_named_with_another_just_before()
    {
        var e = ByTrigger("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n"
            + "Maersk said the leak had stopped, in a statement to the Copenhagen Stock Exchange. "
            + "The Danish Energy Agency ordered the company to pay for the clean-up on Wednesday.", "ordered");

        Assert.Equal(["danish-energy-agency", "maersk"], e.Actors);
        Assert.Equal("Danish Energy Agency ordered Maersk to pay for the clean-up", e.Title);
    }

    [Fact]
    public void The_company_nothing_before_names_is_the_one_firm_named_later_in_the_sentence()
    {
        var e = ByTrigger("Prime Minister Ida Berg has wrung an agreement from the shipping company to pay $2bn into a fund after a meeting with Maersk executives.", "agreement");

        Assert.Contains("maersk", e.Actors);
        Assert.Equal("Ida Berg has wrung an agreement from Maersk", e.Title);
    }

    [Fact]
    public void The_company_is_no_one_where_the_rest_of_the_sentence_names_two_firms()
    {
        var e = ByTrigger("Prime Minister Ida Berg has wrung an agreement from the shipping company to pay $2bn after a meeting with Maersk and Vell Shipping executives.", "agreement");

        Assert.DoesNotContain("maersk", e.Actors);
    }

    [Theory]
    [InlineData("The new company will build two ferries in Aarhus.")]
    [InlineData("The merged firm will build two ferries in Aarhus.")]
    public void A_company_being_formed_is_not_the_one_named_before(string sentence)
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n"
            + "Maersk and Vell Lines agreed on Monday to merge their ferry arms. " + sentence);

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "build");
    }

    [Fact]
    public void A_company_that_names_itself_is_not_the_one_named_before()
    {
        var e = ByTrigger("Maersk lost a tanker off Aarhus last year. Lars Holm began his career with the shipping company Fjord Line in 1990.", "began");

        Assert.DoesNotContain("maersk", e.Actors);
    }

    [Fact]
    public void The_company_no_sentence_near_names_is_the_firm_the_article_is_about()
    {
        var e = ByTrigger("Maersk cut 300 jobs in Aarhus on Monday.\n\nMaersk has 9,000 staff in Denmark.\n\n"
            + "The Danish government said on Tuesday it would help the workers.\n\n"
            + "Chief Executive Lars Holm told reporters on Wednesday that the company would close two yards in Odense.", "close");

        Assert.Equal("maersk", e.Actors[0]);
    }

    [Theory]
    [InlineData("Maersk cut 300 jobs in Aarhus on Monday and Vell Bank cut 200.\n\nMaersk and Vell Bank have 9,000 staff in Denmark.")]
    [InlineData("The Nordic Health Organization warned of a flu outbreak on Monday.\n\nThe Nordic Health Organization has 300 staff.")]
    public void The_company_is_no_one_where_the_article_is_about_several_firms_or_none(string opening)
    {
        var events = Events(opening + "\n\nThe Danish government said on Tuesday it would help the workers.\n\n"
            + "Chief Executive Lars Holm told reporters on Wednesday that the company would close two yards in Odense.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "close");
    }

    [Theory]
    [InlineData("Rescue teams from Norway, Sweden and Iceland arrived in Aarhus on Wednesday.", "arrived", "norway,sweden,iceland")]
    [InlineData("Officials from Norway met Lars Holm in Aarhus on Wednesday.", "met", "norway,lars-holm")]
    public void Teams_or_organs_of_state_from_named_countries_act_for_them(string body, string trigger, string actors)
    {
        var e = ByTrigger(body, trigger);

        Assert.Equal(actors.Split(','), e.Actors);
        Assert.StartsWith(body[..body.IndexOf(" " + trigger, StringComparison.Ordinal)], e.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tourists from Norway arrived in Aarhus on Wednesday.")]
    [InlineData("Rescue teams from Aarhus arrived in Oslo on Wednesday.")]
    public void People_from_a_country_or_teams_from_a_town_are_not_its_state(string body) =>
        Assert.DoesNotContain(Events(body), e => e.Actors.Contains("norway"));

    [Theory]
    [InlineData("Norway's parliament approved a new climate law on Monday.")]
    [InlineData("The Norwegian parliament approved a new climate law on Monday.")]
    [InlineData("Norwegian lawmakers approved a new climate law on Monday.")]
    public void A_countrys_legislature_acts_for_the_country(string body)
    {
        var e = ByTrigger(body, "approved");

        Assert.Equal(["norway"], e.Actors);
    }
}
