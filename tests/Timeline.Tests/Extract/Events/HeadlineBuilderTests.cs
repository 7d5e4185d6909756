using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// A headline is the subject's registry name, the verb group and the predicate up to its first boundary,
/// without time expressions; tested through the whole extractor, which finds the mentions and times.
/// </summary>
public sealed class HeadlineBuilderTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    private string Title(string body) => Assert.Single(Events(body)).Title;

    [Fact]
    public void A_possessive_takes_no_word_of_the_budget()
    {
        // Fourteen words as the title shows them; "'s" is no fifteenth.
        Assert.Equal("Maersk Line agreed to buy most of Fjord Shipping's container and tanker shipping business",
            Title("Maersk Line agreed on Monday to buy most of Fjord Shipping's container and tanker shipping business for $4 billion."));
    }

    [Fact]
    public void A_registry_name_put_in_for_a_mention_takes_all_its_words_of_the_budget()
    {
        // "Mr Holm" is told as "Mr Lars Holm": one word more than the sentence, which must still fit.
        var events = Events("Maersk chief executive Lars Holm resigned on Monday.\n\n"
            + "Meanwhile, police are protecting Mr Holm's family at their home in Aarhus in southern Denmark after they received threats.");

        Assert.Contains(events, e => e.Title == "Police are protecting Mr Lars Holm's family at their home in Aarhus");
    }

    [Theory]
    [InlineData("Lars Holm defended the government's response to the 2 March explosion that destroyed the Vell rig.",
        "Lars Holm defended the government's response to the 2 March explosion")]
    [InlineData("Lars Holm oversaw payments to victims of the Sept. 11, 2001, attacks.", "Lars Holm oversaw payments to victims of the Sept. 11, 2001 attacks")]
    public void A_date_that_says_which_happening_a_noun_is_stays_in_the_title(string sentence, string title)
    {
        var e = Assert.Single(Events(sentence));

        Assert.Equal(title, e.Title);
        // The date is the explosion's or the attacks', not the defence's or the payments'.
        Assert.Equal(("2024-03-15", DateRelation.Before), (e.Date.Value, e.Date.Relation));
    }

    [Fact]
    public void A_time_expression_is_left_out_of_the_title()
    {
        Assert.Equal("Mette Frederiksen signed the treaty in Oslo", Title("Mette Frederiksen signed the treaty on Monday in Oslo."));
    }

    [Theory]
    [InlineData("Maersk unveiled the eLink 4S on Tuesday.", "Maersk unveiled the eLink 4S")]
    [InlineData("Maersk unveiled the new eReader on Tuesday.", "Maersk unveiled the new eReader")]
    [InlineData("Maersk released iOS on Monday.", "Maersk released iOS")]
    public void A_product_name_shaped_as_a_name_ends_a_title_whatever_its_tag(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Theory]
    [InlineData("Lars Holm was sworn in as prime minister on Tuesday.", "Lars Holm was sworn in as prime minister")]
    [InlineData("Lars Holm was sworn in on Tuesday.", "Lars Holm was sworn in")]
    public void The_particle_of_a_phrasal_verb_stays_in_the_title(string sentence, string title)
    {
        var e = Assert.Single(Events(sentence));

        Assert.Equal(title, e.Title);
        Assert.Equal("other", e.Type);
    }

    [Fact]
    public void A_preposition_before_a_time_is_no_particle()
    {
        Assert.Equal("Lars Holm resigned", Title("Lars Holm resigned in March."));
    }

    [Fact]
    public void A_second_predicate_after_and_is_no_complement_of_an_active_verb()
    {
        Assert.Equal("Lars Holm apologised", Title("Lars Holm apologised on Tuesday and promised a full inquiry."));
    }

    [Fact]
    public void A_bare_passive_before_a_second_predicate_tells_nothing()
    {
        Assert.Empty(Events("On Tuesday Maersk was hurried and could have acted more safely."));
    }

    [Theory]
    [InlineData("Ida Berg ordered tests of all Maersk models sold in Norway on Tuesday.", "ordered", "Ida Berg ordered tests of all Maersk models sold in Norway")]
    [InlineData("Ida Berg ordered tests of cars built in 2009 on Tuesday.", "ordered", "Ida Berg ordered tests of cars")]
    public void A_participle_of_the_objects_noun_is_no_happening_and_leaves_the_title_whole(string sentence, string trigger, string title)
    {
        var e = fixture.ByTrigger(sentence, Published, trigger);

        Assert.Equal(title, e.Title);
    }

    [Fact]
    public void Names_joined_by_and_after_call_for_are_the_infinitives_subject()
    {
        Assert.DoesNotContain(Events("Lars Holm called for the Coast Guard and Vell Maritime Management Service to investigate the incident on Monday."),
            e => e.Title.EndsWith("Service", StringComparison.Ordinal));
    }

    [Fact]
    public void What_an_announcement_makes_known_is_the_happening()
    {
        var e = Assert.Single(Events("Lars Holm announced on Friday morning that he would resign in April."));

        Assert.Equal("Lars Holm will resign", e.Title);
        Assert.True(e.Date.Planned);
    }

    [Fact]
    public void An_active_verb_with_nothing_after_its_particle_tells_nothing()
    {
        Assert.Empty(Events("On Tuesday Lars Holm gave in, as he always does."));
    }

    [Fact]
    public void A_slash_between_words_stays_unspaced()
    {
        Assert.Equal("Lars Holm wrote a history of Denmark's 9/11", Title("Lars Holm wrote a history of Denmark's 9/11."));
    }

    [Fact]
    public void An_adverb_inside_quotation_marks_is_kept_as_quoted()
    {
        Assert.Equal("Ida Berg recorded \"astonishingly high\" salt levels in the harbour",
            Title("Ida Berg recorded \"astonishingly high\" salt levels in the harbour."));
    }

    [Fact]
    public void A_possessive_time_expression_leaves_no_stray_possessive()
    {
        Assert.Equal("Mette Frederiksen released details of the vote count", Title("Mette Frederiksen released details of yesterday's vote count."));
    }

    [Fact]
    public void An_infinitive_that_says_what_a_plan_is_stays_in_the_title()
    {
        Assert.Equal("Maersk introduced new risks in its plan to tow a ferry to Oslo", Title("Maersk introduced new risks in its plan to tow a ferry to Oslo."));
    }

    [Fact]
    public void A_purpose_infinitive_after_an_adjunct_is_still_cut()
    {
        Assert.Equal("Ida Berg met Lars Holm in Oslo", Title("Ida Berg met Lars Holm in Oslo to reinforce ties."));
    }

    [Theory]
    [InlineData("Maersk will publish the full findings of the Danish inquiry into the causes of the Bornholm ferry disaster.")]
    [InlineData("Ida Berg promised a new team would conduct internal investigations of the associations between regulators and industry.")]
    public void A_title_too_long_is_not_cut_between_a_noun_and_the_phrase_that_says_which_one(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Ida Berg met Lars Holm, Maria Dahl and Per Lund in Oslo.", "Ida Berg met Lars Holm, Maria Dahl and Per Lund in Oslo")]
    [InlineData("Maersk sold ferries to Stena Line, DFDS and Viking Line.", "Maersk sold ferries to Stena Line, DFDS and Viking Line")]
    public void A_list_of_names_is_not_cut_at_its_first_comma(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void A_comma_before_a_description_still_ends_the_object()
    {
        Assert.Equal("Ida Berg met Lars Holm", Title("Ida Berg met Lars Holm, the Danish minister, in Oslo."));
    }

    [Fact]
    public void An_acronym_in_capitals_is_no_clause_boundary()
    {
        Assert.Equal("Ida Berg met WHO officials in Geneva", Title("Ida Berg met WHO officials in Geneva."));
    }

    // Each clause has a date of its own: a count from another happening alone gives no event (CountedFromHappening).
    [Theory]
    [InlineData("On March 4, Ida Berg stepped down hours before a planned press conference.", "Ida Berg stepped down")]
    [InlineData("In February, Ida Berg blocked a report on pollution two weeks after the flood.", "Ida Berg blocked a report on pollution")]
    [InlineData("On March 1, Ida Berg sold 3,000 shares in Vestas just days before the merger.", "Ida Berg sold 3,000 shares in Vestas")]
    public void A_measure_of_time_before_before_or_after_is_cut_with_it(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Theory]
    [InlineData("Another plan Maersk is investigating would tow the ship to Oslo.", "investigating")]
    [InlineData("Sweden has not seen the severity that Norway has suffered.", "suffered")]
    [InlineData("She notes Canada has not seen the damage that Peru has suffered.", "suffered")]
    [InlineData("Officials counted the losses that Norway has suffered.", "suffered")]
    [InlineData("Ida Berg will be supplying not one but 32 ferries to Maersk.", "supplying")]
    [InlineData("Police identified the victim as Lars Holm.", "identified")]
    public void A_title_that_misreads_the_clause_is_not_made(string sentence, string trigger)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("Dr Lars Holm has pleaded not guilty. Mr Erik Vang said the effects from swallowing the drug, a powerful anaesthetic that Dr Holm injected to relieve Berg's insomnia, would be \"trivial\".")]
    public void An_object_relative_clause_whose_verb_goes_on_without_an_object_gives_no_title(string body)
    {
        Assert.DoesNotContain(Events(body), e => e.Sources[0].Trigger == "injected");
    }

    [Theory]
    [InlineData("Lars Holm told reporters that Maersk would sail to Oslo on Friday.", "sail")]
    public void A_clause_told_to_a_noun_after_a_verb_is_no_relative_clause(string body, string trigger)
    {
        Assert.Contains(Events(body), e => e.Sources[0].Trigger == trigger || e.Title.Contains(trigger, StringComparison.Ordinal));
    }

    [Fact]
    public void A_vote_is_no_title_without_what_it_was_for()
    {
        Assert.DoesNotContain(Events("The Nordic Council voted 91-5, with most members joining the Greens to support it."), e => e.Sources[0].Trigger == "voted");
        Assert.Equal("Nordic Council voted 91-5 to ban cod fishing", Title("The Nordic Council voted 91-5 to ban cod fishing."));
    }

    [Theory]
    [InlineData("For the first time, Lars Holm stepped before the cameras this afternoon and took questions.", "stepped")]
    [InlineData("After dinner, Ida Berg went before the board of Maersk.", "went")]
    public void A_verb_of_going_is_not_a_title_without_where_it_went(string sentence, string trigger)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Sources[0].Trigger == trigger && e.Title.EndsWith(trigger, StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_a_time_expression_ends_the_title()
    {
        Assert.Equal("Ida Berg will meet Lars Holm in Oslo", Title("Ida Berg will meet Lars Holm in Oslo on Wednesday prepared to offer concessions."));
    }

    [Fact]
    public void A_participle_before_a_purpose_infinitive_is_cut_with_it()
    {
        Assert.Equal("Ida Berg wrote in Oslo about what it meant to be Norwegian", Title("Ida Berg wrote in Oslo about what it meant to be Norwegian."));
        Assert.Equal("Ida Berg inspected the cranes in Oslo", Title("Ida Berg inspected the cranes in Oslo used to lift containers."));
    }

    [Fact]
    public void An_intransitive_verb_with_only_a_time_after_it_makes_a_headline()
    {
        Assert.Equal("Tony Hayward resigned", Title("Tony Hayward resigned on Tuesday."));
    }

    [Theory]
    [InlineData("Mette Frederiksen began the slow process of trying to fit a smaller tube inside the crumpled pipe on the sea floor to stop the leak.")]
    [InlineData("Mette Frederiksen will publish the full findings of the inquiry into the causes of the harbour collapse when it is completed.")]
    public void A_title_is_never_cut_before_an_of_phrase(string sentence)
    {
        foreach (var e in Events(sentence))
        {
            var last = e.Title.Split(' ')[^1];
            Assert.DoesNotContain(" " + last + " of ", sentence, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Mette Frederiksen rejected that estimate.")]
    [InlineData("Mette Frederiksen reached a similar conclusion.")]
    [InlineData("Mette Frederiksen signed these agreements in Oslo.")]
    public void A_title_pointing_back_to_an_earlier_sentence_gives_no_event(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Mette Frederiksen met families of those killed in the ferry fire.", "Mette Frederiksen met families of those killed in the ferry fire")]
    [InlineData("Mette Frederiksen visited those injured in the blast.", "Mette Frederiksen visited those injured in the blast")]
    [InlineData("Mette Frederiksen thanked those on board the ferry.", "Mette Frederiksen thanked those on board the ferry")]
    public void Those_that_the_words_after_it_define_points_forward(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Theory]
    [InlineData("Mette Frederiksen got tired of waiting and decided to do something: she hired ferries to carry the stranded.")]
    [InlineData("Since the fire, Maersk has sent hundreds of staff to Aarhus to do everything from cleaning the quays to counting the losses.")]
    public void A_word_for_whatever_that_the_text_goes_on_to_spell_out_ends_no_title(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Title.EndsWith("something", StringComparison.Ordinal) || e.Title.EndsWith("everything", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_for_whatever_that_ends_its_sentence_stays()
    {
        Assert.Equal("Ida Berg lost everything", Title("Ida Berg lost everything."));
    }

    [Theory]
    [InlineData("Mette Frederiksen rejected those claims.")]
    [InlineData("Mette Frederiksen met those leaders in Oslo.")]
    public void Those_before_a_noun_still_points_back(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Fact]
    public void An_of_phrase_that_fits_stays_in_the_title()
    {
        Assert.Equal("Mette Frederiksen met a number of local drug makers and chemical firms",
            Title("Mette Frederiksen met a number of local drug makers and chemical firms from the northern regions to discuss plans for a new plant."));
    }

    [Theory]
    [InlineData("Mette Frederiksen warned shareholders that profits would fall.")]
    [InlineData("Mette Frederiksen told lawmakers: the treaty is dead.")]
    [InlineData("Mette Frederiksen declined to comment.")]
    [InlineData("Mette Frederiksen refused to elaborate on the treaty.")]
    [InlineData("Lars Holm declined to address the complaints of the Bornholm fishermen.")]
    [InlineData("Maersk declined to name the buyer of the Bornholm ferry.")]
    [InlineData("Lars Holm declined to directly address the complaints of the Bornholm fishermen.")]
    [InlineData("Maersk refused to publicly confirm the sale of the Bornholm ferry.")]
    [InlineData("Maersk refused comment on the sale of the Bornholm ferry.")]
    [InlineData("Lars Holm declined any comment on the complaints of the Bornholm fishermen.")]
    public void A_telling_verb_without_its_content_or_a_refusal_to_comment_gives_no_event(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Mette Frederiksen asked Norway, which shares the border, to close the crossing.")]
    [InlineData("Mette Frederiksen launched a campaign to get parliament, the unions and the employers to agree on a plan.")]
    [InlineData("Lars Jensen complained repeatedly during the hearing that he had no powers to call witnesses.")]
    [InlineData("The Danish Health Ministry also warned people against touching or kissing while greeting each other.")]
    public void A_verb_whose_content_comes_after_the_title_gives_no_event(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Mette Frederiksen cautioned people not to shake hands when greeting or to share food.", "Mette Frederiksen cautioned people not to shake hands")]
    [InlineData("Mette Frederiksen asked Norway for help, and Sweden agreed to send a ship.", "Mette Frederiksen asked Norway for help")]
    public void A_later_infinitive_of_another_clause_is_not_the_content(string sentence, string title)
    {
        Assert.Contains(Events(sentence), e => e.Title == title);
    }

    [Theory]
    [InlineData("Lars Jensen has been portrayed in the Danish press as a villain.")]
    [InlineData("Lars Jensen dismissed the Maersk report as a public relations stunt.")]
    public void A_verb_of_describing_without_its_as_phrase_gives_no_event(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Fact]
    public void A_verb_of_describing_used_without_an_as_phrase_still_tells_a_happening()
    {
        Assert.Equal("Maersk dismissed three managers", Title("Maersk dismissed three managers."));
    }

    [Fact]
    public void Only_stays_in_a_title_because_it_restricts_what_follows()
    {
        Assert.Equal("Maersk has ordered workers to use the software only for colour correction",
            Title("Maersk has ordered workers to use the software only for colour correction."));
    }

    [Theory]
    [InlineData("Denmark began a nationwide shutdown in a bid to contain the virus.")]
    [InlineData("Denmark began a nationwide shutdown in an effort to contain the virus.")]
    [InlineData("Denmark began a nationwide shutdown in order to contain the virus.")]
    public void A_purpose_phrase_is_left_out_whole(string sentence)
    {
        Assert.Equal("Denmark began a nationwide shutdown", Title(sentence));
    }

    [Fact]
    public void A_telling_verb_keeps_its_infinitive_content()
    {
        Assert.Equal("Mette Frederiksen urged companies to cut emissions", Title("Mette Frederiksen urged companies to cut emissions."));
    }

    [Fact]
    public void An_adjective_after_its_noun_completes_the_predicate()
    {
        Assert.Equal("Mette Frederiksen left the door open", Title("Mette Frederiksen left the door open."));
    }

    [Fact]
    public void A_partial_name_is_spelt_out()
    {
        var events = Events("Tony Hayward flew to London. Hayward met Ed Markey.");

        Assert.Contains(events, e => e.Title == "Tony Hayward met Ed Markey");
    }

    [Fact]
    public void An_appositive_naming_the_object_is_kept()
    {
        Assert.Equal("Li Shangfu met his Russian counterpart, Sergei Shoigu, in Moscow", Title("Li Shangfu met his Russian counterpart, Sergei Shoigu, in Moscow."));
    }

    [Fact]
    public void A_purpose_infinitive_after_an_adverbial_is_cut()
    {
        Assert.Equal("Li Shangfu met Sergei Shoigu in Moscow", Title("Li Shangfu met Sergei Shoigu in Moscow to reinforce military ties."));
    }

    [Fact]
    public void An_infinitive_right_after_the_object_is_kept()
    {
        Assert.Equal("Mette Frederiksen urged companies to act", Title("Mette Frederiksen urged companies to act."));
    }

    [Fact]
    public void More_than_before_a_number_is_a_quantity_not_a_boundary()
    {
        Assert.Equal("Denmark evacuated more than 2 million people", Title("Denmark evacuated more than 2 million people."));
    }

    [Theory]
    [InlineData("Maersk paid $1.5bn for the port.", "Maersk paid $1.5bn for the port")]
    [InlineData("Maersk hired 5,000 workers.", "Maersk hired 5,000 workers")]
    public void A_number_is_written_as_it_stands_in_the_text(string body, string title)
    {
        Assert.Equal(title, Title(body));
    }

    [Theory]
    [InlineData("Mette Frederiksen met the Norwegian envoy, who had arrived from Bergen.")]
    [InlineData("Mette Frederiksen met the Norwegian envoy, saying the treaty was ready.")]
    public void A_relative_or_participle_clause_ends_the_predicate(string body)
    {
        Assert.Equal("Mette Frederiksen met the Norwegian envoy", Title(body));
    }

    [Fact]
    public void A_reported_would_is_told_as_will()
    {
        var e = Assert.Single(Events("Mette Frederiksen said she would visit Oslo."));

        Assert.Equal("Mette Frederiksen will visit Oslo", e.Title);
        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void A_long_predicate_is_cut_before_a_preposition_after_a_noun()
    {
        var title = Title("Mette Frederiksen opened the long awaited new Danish national centre for the study of old maritime fishing boats.");

        Assert.Equal("Mette Frederiksen opened the long awaited new Danish national centre", title); // not "for the study", cut before its "of"
    }

    [Fact]
    public void A_title_whose_predicate_cannot_fit_is_dropped()
    {
        Assert.Empty(Events("Mette Frederiksen opened the long awaited new Danish national maritime fishing boat and ship heritage centre."));
    }

    [Theory]
    [InlineData("Mette Frederiksen met the Norwegian defence minister in Oslo on Monday to discuss the fishing treaty and the future of the Arctic Council and the northern border.")]
    [InlineData("Mette Frederiksen opened the long awaited new Danish national centre for the study of old maritime fishing boats.")]
    [InlineData("Mette Frederiksen visited Oslo, Bergen and Trondheim, Stavanger, Tromso, Alesund, Bodo, Molde, Hamar, Lillehammer, Gjovik, Kongsberg, Drammen and Moss.")]
    public void Every_title_has_at_most_fourteen_words_and_passes_the_headline_rules(string body)
    {
        var events = Events(body);

        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.True(e.Title.Split(' ').Length <= HeadlineRules.MaxWords, e.Title);
            Assert.Empty(HeadlineRules.Check(e.Title));
        });
    }

    [Theory]
    [InlineData("Mette Frederiksen lost her brother, Anders, in the ferry crash.", "her")]
    [InlineData("Denmark called the ruling \"unjustified\" and recalled its envoy.", "ruling")]
    public void A_title_is_never_left_ending_in_a_cut_phrase(string sentence, string lastWordOfCut)
    {
        var events = Events(sentence);
        Assert.DoesNotContain(events, e => e.Title.EndsWith(" " + lastWordOfCut, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Novo Nordisk has pointed out forcefully that the trial was small.")]
    [InlineData("Mette Frederiksen will indicate which ministries face cuts.")]
    [InlineData("Novo Nordisk cited the weak krone as a reason.")]
    [InlineData("Novo Nordisk is stressing the failure of a supplier's valve.")]
    [InlineData("Maersk was insisting on a full refund from the yard.")]
    public void A_statement_whose_content_is_cut_gives_no_event(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Maersk has also dispatched remotely operated vehicles to shut off the valve.", "Maersk has dispatched remotely operated vehicles to shut off the valve")]
    [InlineData("Iran has produced highly enriched uranium at the Fordow plant.", "Iran has produced highly enriched uranium at the Fordow plant")]
    public void An_adverb_that_tells_which_thing_a_noun_is_stays_in_the_title(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Theory]
    [InlineData("Maersk will fight accusations that it was grossly negligent.", "Maersk will fight accusations that it was grossly negligent")]
    [InlineData("Maersk contested claims that its ferry was dangerously unstable.", "Maersk contested claims that its ferry was dangerously unstable")]
    [InlineData("Maersk quickly sold the damaged ferry to Vell Lines.", "Maersk sold the damaged ferry to Vell Lines")]
    public void An_adverb_that_says_how_far_an_adjective_holds_stays_and_one_of_manner_goes(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void A_verb_of_trying_left_at_the_end_gives_no_title()
    {
        var events = Events("Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n"
            + "After its first attempt to seal the well failed, the company announced it would try again on Saturday night.");

        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "announced");
        Assert.Contains(events, e => e.Sources[0].Trigger == "halted");
    }

    [Fact]
    public void A_verb_of_trying_with_what_is_tried_keeps_its_title()
    {
        Assert.Equal("Vell Lines attempted a rescue of the ferry", Title("Vell Lines attempted a rescue of the ferry on Tuesday."));
    }

    [Theory]
    [InlineData("Vell Lines issued a statement on Monday saying the ruling favours Maersk.")]
    [InlineData("Vell Lines responded to the ruling in a statement on Monday.")]
    [InlineData("Vell Lines released a pointed statement: \"The ruling favours Maersk.\"")]
    public void A_statement_told_without_what_it_says_gives_no_title(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Fact]
    public void What_is_issued_other_than_a_statement_keeps_its_title()
    {
        Assert.Equal("Vell Lines issued a new timetable for its Aarhus ferries", Title("Vell Lines issued a new timetable for its Aarhus ferries on Monday."));
    }

    [Fact]
    public void A_letter_of_intent_keeps_what_it_intends()
    {
        Assert.Equal("Maersk has signed a letter of intent to purchase two ferries from Vell Lines",
            Title("Maersk has signed a letter of intent to purchase two ferries from Vell Lines."));
    }

    [Fact]
    public void An_adverb_before_enough_stays_in_the_title()
    {
        Assert.Equal("Mette Frederiksen criticised Maersk for not acting quickly enough", Title("Mette Frederiksen criticised Maersk for not acting quickly enough."));
    }

    [Fact]
    public void A_quotation_that_closes_at_the_end_stays_whole()
    {
        Assert.Equal("Mette Frederiksen accused Maersk of \"gross negligence\"", Title("Mette Frederiksen accused Maersk of \"gross negligence\"."));
    }

    [Theory]
    [InlineData("The Danish government outlined a more limited ban on trawling.")]
    [InlineData("Maersk is pursuing a cheaper fix.")]
    public void A_comparison_without_its_other_side_gives_no_event(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Fact]
    public void An_amount_is_no_comparison()
    {
        Assert.Equal("Maersk ordered more than 20 ships", Title("Maersk ordered more than 20 ships."));
    }

    [Theory]
    [InlineData("Maersk funded groups that deny global warming.", "Maersk funded groups that deny global warming")]
    [InlineData("Mette Frederiksen urged companies who make the drugs to ramp up production.", "Mette Frederiksen urged companies who make the drugs to ramp up production")]
    public void A_relative_clause_that_says_which_ones_stays_in_the_title(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void A_clause_after_that_with_its_own_subject_is_still_cut()
    {
        Assert.Equal("Maersk closed a port in Oslo", Title("Maersk closed a port in Oslo that the navy had used."));
    }

    [Fact]
    public void A_verb_of_informing_needs_its_message()
    {
        Assert.Empty(Events("Lars Holm informed his bosses at Maersk's Oslo headquarters on Monday."));
        Assert.Equal("Lars Holm informed Maersk of the leak", Title("Lars Holm informed Maersk of the leak on Monday."));
    }
    [Theory]
    [InlineData("Maersk will tomorrow unveil a new container ship in Aarhus.", "Maersk will unveil a new container ship in Aarhus")]
    [InlineData("Maersk will next week unveil a new container ship in Aarhus.", "Maersk will unveil a new container ship in Aarhus")]
    [InlineData("Maersk will on Tuesday unveil a new container ship in Aarhus.", "Maersk will unveil a new container ship in Aarhus")]
    [InlineData("Maersk has this week unveiled a new container ship in Aarhus.", "Maersk has unveiled a new container ship in Aarhus")]
    public void A_time_inside_the_verb_group_is_left_to_the_date(string body, string title)
    {
        Assert.Equal(title, Title(body));
    }

    [Theory]
    // A verb whose second complement was cut says something else than the text.
    [InlineData("The council blocked harbour inspectors from warning the fishermen of the potential damage caused by the broken pipe at the old ferry terminal.")]
    [InlineData("The ministry had cast the visit to Bergen by the king, Queen Sonja and their daughter Ingrid as a goodwill mission.")]
    [InlineData("The White House had cast the trip to Panama City by the president, Michelle Obama and daughter Sasha as a solidarity mission.")]
    // A noun of number without its "of" phrase says nothing of what was gathered.
    [InlineData("Maersk has assembled a small army.")]
    // "parallel" compares with something the title does not name.
    [InlineData("Maersk confronted a parallel escalation.")]
    // "declined to directly address": the adverb does not hide a "no comment".
    [InlineData("The ministry declined to directly address adding in extra provisions.")]
    public void A_title_that_loses_what_its_verb_needs_is_not_given(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Colin Powell joined calls for the military to take command of the operation.", "Colin Powell joined calls for the military to take command of the operation")]
    [InlineData("Ida Berg complained about the need for her residents to file new paperwork.", "Ida Berg complained about the need for her residents to file new paperwork")]
    [InlineData("Maersk has been casting about for ways to contain the leak.", "Maersk has been casting about for ways to contain the leak")]
    public void An_infinitive_whose_subject_follows_for_stays_in_the_title(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void A_purpose_infinitive_after_another_for_phrase_is_still_cut()
    {
        Assert.Equal("Maersk agreed to hand over $20m for a fund", Title("Maersk agreed to hand over $20m for a fund to pay damages to the fishermen."));
    }

    [Theory]
    [InlineData("On Monday, Maersk raised about $10bn from asset sales and its costs from the clean-up operation are tailing off.", "Maersk raised about $10bn from asset sales")]
    [InlineData("Ida Berg has stopped all new drilling for the moment and a number of politicians want that to become permanent.", "Ida Berg has stopped all new drilling for the moment")]
    public void And_before_a_noun_phrase_with_a_verb_of_its_own_ends_the_object(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void And_before_a_noun_phrase_without_a_verb_joins_two_objects()
    {
        Assert.Equal("Ida Berg met Lars Holm and the ferry crew", Title("Ida Berg met Lars Holm and the ferry crew."));
    }

    [Fact]
    public void The_year_of_a_named_law_stays_in_the_title_and_does_not_date_the_event()
    {
        var signed = Assert.Single(Events("Ida Berg signed the Ferry Safety Act of 2019 into law."));

        Assert.Equal("Ida Berg signed the Ferry Safety Act of 2019 into law", signed.Title);
        Assert.NotEqual("2019", signed.Date.Value);
    }

    [Theory]
    [InlineData("Ida Berg warned, however, that the ferry service remained at risk.")]
    [InlineData("Ida Berg said after meeting the ministers in Oslo that the repairs will be costly.")]
    [InlineData("Ida Berg asked, clearly surprised.")]
    public void A_verb_of_saying_whose_words_are_cut_is_no_title(string sentence)
    {
        Assert.Empty(Events(sentence));
    }

    [Theory]
    [InlineData("Maersk issued a forecast that warned, \"Storms will close the port.\"", "Maersk issued a forecast")]
    [InlineData("Maersk issued new rules for ferry operators that want to sail to Oslo.", "Maersk issued new rules for ferry operators")]
    public void A_relative_clause_cut_before_its_content_is_left_out(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void A_year_that_says_which_noun_stays_in_the_title()
    {
        Assert.Equal("Maersk listed Ida Berg in its 2019 safety plan", Title("Maersk listed Ida Berg in its 2019 safety plan."));
    }

    [Fact]
    public void An_amount_opened_by_as_much_as_is_the_object_not_a_clause()
    {
        Assert.Equal("Ida Berg bought as much as 50,000 dollars of stock in Vestas", Title("Ida Berg bought as much as 50,000 dollars of stock in Vestas."));
    }

    [Fact]
    public void A_verb_that_needs_an_object_does_not_end_the_title()
    {
        Assert.DoesNotContain(Events("Maersk has recruited as head of its media department Lars Holm, the former adviser to the mayor of Oslo."),
            e => e.Sources[0].Trigger == "recruited");
    }

    [Theory]
    [InlineData("Maersk's former chief executive Lars Holm departed following the Aarhus ferry fire which claimed 15 lives.", "departed")]
    [InlineData("Maersk resumed on Thursday evening.", "resumed")]
    [InlineData("Maersk originated in 1904 as the Dampskibsselskabet Svendborg, a Danish shipping line.", "originated")]
    public void Departing_resuming_or_originating_with_nothing_after_it_does_not_end_a_title(string sentence, string trigger)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Sources[0].Trigger == trigger);
    }

    [Theory]
    [InlineData("Vell Shipping halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nLars Holm has promised to tighten up the regime.", "promised")]
    [InlineData("Vell Shipping halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nMaersk has promised to review the procedure.", "promised")]
    public void A_title_ending_on_a_noun_whose_sense_an_earlier_sentence_gave_is_not_told(string body, string trigger)
    {
        Assert.DoesNotContain(Events(body), e => e.Sources[0].Trigger == trigger);
    }

    [Fact]
    public void A_title_naming_which_regime_is_told()
    {
        Assert.Contains(Events("Vell Shipping halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nLars Holm has promised to tighten up the regime for offshore drilling."),
            e => e.Sources[0].Trigger == "promised");
    }

    [Fact]
    public void Departing_for_a_place_is_told()
    {
        Assert.Contains(Events("Ida Berg departed for Oslo on Monday."), e => e.Sources[0].Trigger == "departed");
    }

    [Fact]
    public void A_compound_written_with_spaces_round_its_hyphen_is_one_word()
    {
        Assert.Equal("Maersk has reinstalled a gas-venting valve on its ferry in Oslo", Title("Maersk has reinstalled a gas - venting valve on its ferry in Oslo."));
    }

    [Fact]
    public void A_title_too_long_is_not_cut_between_room_and_what_it_is_for()
    {
        Assert.DoesNotContain(Events("Maersk said it had decided to build only one version of the ferry with room for four hundred cars."),
            e => e.Title.EndsWith("room", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_too_long_is_not_cut_before_the_place_a_verb_of_putting_needs()
    {
        Assert.DoesNotContain(Events("Maersk crews were forced to abandon their efforts to put a lid over the crack in the hull."),
            e => e.Title.EndsWith("a lid", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_verb_of_letting_in_the_title_lets_its_object_do_stays_after_a_place()
    {
        Assert.Equal("Norway has agreed to allow all 80 Danes in Aarhus to leave", Title("Norway has agreed to allow all 80 Danes in Aarhus to leave."));
    }

    [Fact]
    public void A_purpose_infinitive_after_a_plain_verb_in_the_title_is_still_cut()
    {
        Assert.Equal("Norway has agreed to send ferries from Oslo", Title("Norway has agreed to send ferries from Oslo to bring the Danes home."));
    }

    [Fact]
    public void What_the_object_was_chosen_to_do_is_no_purpose_clause()
    {
        Assert.Equal("Lars Holm was tapped by Maersk to run its ferry fleet", Title("Lars Holm was tapped by Maersk to run its ferry fleet."));
    }

    [Theory]
    [InlineData("Ida Berg urged anyone with a private well to use bottled water.", "Ida Berg urged anyone with a private well to use bottled water")]
    [InlineData("Ida Berg urged staff in an email to stay at home.", "Ida Berg urged staff in an email to stay at home")]
    [InlineData("Ida Berg ordered residents near the plant to leave their homes.", "Ida Berg ordered residents near the plant to leave their homes")]
    public void What_the_object_was_told_to_do_stays_after_a_phrase_of_the_object(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void What_a_sum_asked_for_is_for_is_still_cut()
    {
        Assert.Equal("Ida Berg asked parliament for $50m", Title("Ida Berg asked parliament for $50m to repair the harbour."));
    }

    [Fact]
    public void What_the_object_was_made_to_do_stays_after_the_agent()
    {
        Assert.Equal("Maersk was forced by the Danish government to set up a compensation fund",
            Title("Maersk was forced by the Danish government to set up a compensation fund."));
    }

    [Fact]
    public void A_name_after_for_is_the_subject_of_the_infinitive_after_it()
    {
        Assert.Equal("Ida Berg urged farmers to keep praying for God to send rain", Title("Ida Berg urged farmers to keep praying for God to send rain."));
    }

    [Theory]
    [InlineData("Ida Berg called on farmers to do all they can to save water.", "they")]
    [InlineData("Ida Berg called on the mayor to stop playing until the leak is fixed.", "stop")]
    [InlineData("Ida Berg urged police to track down anyone who may have met the sick driver on his long journey home from Oslo.", "anyone")]
    [InlineData("Danish health officials are tracing people who sat near the sick driver on the ferry from Aarhus to Oslo, Ida Berg said.", "people")]
    [InlineData("Maersk evacuated elderly passengers who had cabins on the lower deck near the engine room of the ferry on Monday.", "passengers")]
    public void A_title_does_not_end_where_a_verb_or_a_relative_clause_was_cut(string sentence, string last)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Title.EndsWith(" " + last, StringComparison.Ordinal));
    }

    [Fact]
    public void A_determined_noun_of_people_says_which_ones_without_its_clause()
    {
        Assert.Equal("Maersk evacuated the passengers of the Fjord ferry",
            Title("Maersk evacuated the passengers of the Fjord ferry who had cabins on the lower deck near the engine room on Monday."));
    }

    [Fact]
    public void A_class_of_people_after_of_belongs_to_the_noun_before_it()
    {
        Assert.Equal("Maersk agreed to meet the claims of fishermen and families",
            Title("Maersk agreed to meet the claims of fishermen and families whose boats had been damaged by the storm."));
    }

    [Fact]
    public void A_place_told_as_there_does_not_stand_alone()
    {
        Assert.DoesNotContain(Events("The Barents Sea is rich in cod. Ida Berg opened up Danish waters there to fishing last year."), e => e.Title.Contains("there", StringComparison.Ordinal));
    }

    [Fact]
    public void A_defining_which_clause_right_after_its_noun_is_kept()
    {
        Assert.Equal("Maersk was fined by Danish regulators for a safety plan which had gaps", Title("Maersk was fined by Danish regulators for a safety plan which had gaps."));
    }

    [Fact]
    public void A_title_too_long_drops_the_passive_agent_before_the_clause_that_defines_its_noun()
    {
        Assert.Equal("Maersk was criticised for having a safety plan which appeared to have serious gaps",
            Title("Maersk was criticised by Danish lawmakers for having a safety plan which, even before the collision, appeared to have serious gaps."));
    }

    [Theory]
    [InlineData("Maersk has struck back at Lars Holm however over the report.", "Maersk has struck back at Lars Holm over the report")]
    public void A_sentence_adverb_is_left_out_of_the_title(string text, string title)
    {
        Assert.Equal(title, Title(text));
    }

    [Theory]
    [InlineData("Lars Holm will hold a call with investors on Friday Meanwhile, investors in Maersk fear a cut.", "Lars Holm will hold a call with investors")]
    [InlineData("Lars Holm visited the port of Aarhus The rain fell all day.", "Lars Holm visited the port of Aarhus")]
    [InlineData("Lars Holm accused Maersk of cutting its spending on clean energy A rooftop protest in Aarhus.", "Lars Holm accused Maersk of cutting its spending on clean energy")]
    public void A_sentence_run_on_where_its_stop_was_lost_ends_the_title(string text, string title)
    {
        Assert.Equal(title, Title(text));
    }

    [Fact]
    public void A_letter_a_label_noun_takes_stays_in_the_title()
    {
        Assert.Equal("Lars Holm caught type A influenza in Aarhus", Title("Lars Holm caught type A influenza in Aarhus."));
    }

    [Fact]
    public void A_capitalised_the_inside_a_name_stays_in_the_title()
    {
        Assert.Equal("Lars Holm bought shares in The Maersk Group", Title("Lars Holm bought shares in The Maersk Group."));
    }

    [Fact]
    public void A_quotation_closed_after_its_comma_is_kept_whole()
    {
        Assert.Equal("Lars Holm urged people to stop calling the new illness \"pig flu\"",
            Title("Lars Holm urged people to stop calling the new illness \"pig flu,\" because no pigs were found."));
    }

    [Fact]
    public void Quotation_marks_take_no_room_of_the_word_limit()
    {
        Assert.Equal("Lars Holm downgraded his rating on Maersk to \"neutral\" from \"buy\"",
            Title("Lars Holm downgraded his rating on Maersk to \"neutral\" from \"buy,\" citing the costs of the strike."));
    }

    [Fact]
    public void A_verb_of_naming_is_not_cut_before_the_name()
    {
        var events = Events("Lars Holm called the closure of the port of Aarhus during the strike a \"sensible step.\"");
        Assert.DoesNotContain(events, e => e.Title.StartsWith("Lars Holm called", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Maersk on Friday denied reports that it was looking for a buyer for its tanker arm.", "Maersk denied reports that it was looking for a buyer for its tanker arm")]
    [InlineData("The Vell board on Monday rejected claims that it had misled investors.", "The Vell board rejected claims that it had misled investors")]
    [InlineData("Maersk on Friday denied claims that the process was slow.", "Maersk denied claims that the process was slow")]
    public void A_claim_keeps_what_it_claims(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void A_claim_whose_content_does_not_fit_is_not_told_without_it()
    {
        Assert.Empty(Events("Maersk on Friday disputed claims by the regional minister Halvor Dahl that its ferries were unsafe and poorly kept in winter storms off the coast."));
    }

    [Fact]
    public void A_claim_whose_content_does_not_fit_ends_before_the_adjunct_that_holds_it()
    {
        Assert.Equal("Lars Holm defended the crew of the Vell",
            Title("Lars Holm on Tuesday defended the crew of the Vell against mounting criticism from local fishermen that it had ignored the warnings of the harbour master about the leak."));
    }

    [Fact]
    public void A_relative_clause_after_a_noun_of_saying_is_still_read_as_one()
    {
        Assert.Equal("Maersk released a report", Title("Maersk on Friday released a report that largely blamed its partners for the leak in the harbour near the old bridge at Aarhus."));
    }

    [Theory]
    [InlineData("Vell Aid on Monday provided food, rent, and heating aid.", "Vell Aid provided food, rent, and heating aid")]
    [InlineData("Vell Aid on Monday provided food, rent and heating aid.", "Vell Aid provided food, rent and heating aid")]
    // A comma after the last item closes the list as the sentence's end does.
    [InlineData("Lars Holm on Tuesday raised duties on chips, solar cells and batteries, in a move to protect Aarhus factories.", "Lars Holm raised duties on chips, solar cells and batteries")]
    // Where things follow that comma, the "and" joined words inside one item and the list goes on: cut at its first comma.
    [InlineData("Vell Aid on Monday asked Maersk to make public all measurements of the leak, air and water samples, maps of the plumes and sites of the dispersants.", "Vell Aid asked Maersk to make public all measurements of the leak")]
    public void A_list_of_things_is_not_cut_at_its_first_comma(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void A_list_of_things_too_long_to_keep_ends_the_title_before_the_phrase_that_holds_it()
    {
        Assert.Equal("Maersk paid out millions of kroner", Title("Maersk on Monday paid out millions of kroner to fishermen, retailers, ferry captains, dock workers and hotel owners."));
    }

    [Theory]
    [InlineData("Maersk will move the $4bn (£3bn) harbour fund to Oslo.", "Maersk will move the $4bn harbour fund to Oslo")]
    [InlineData("Maersk paid C$1.2 billion ($1.8 billion) for the Vell ferry line.", "Maersk paid C$1.2 billion for the Vell ferry line")]
    [InlineData("Maersk has agreed to place $4bn (#3bn) in a special fund to pay the ferry victims.", "Maersk has agreed to place $4bn in a special fund")]
    public void A_sum_converted_in_brackets_does_not_end_the_title(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Theory]
    [InlineData("Ida Berg joined the crews at the annual Nordic Ferry Association (NFA) Awards show, which was moved to Oslo.", "Ida Berg joined the crews at the annual Nordic Ferry Association Awards show")]
    [InlineData("Maersk was fined by the Danish Maritime Authority (DMA) on Monday.", "Maersk was fined by the Danish Maritime Authority")]
    [InlineData("Maersk sold the ferry to Vell (a rival) on Monday.", "Maersk sold the ferry to Vell")]
    public void Initials_in_brackets_after_a_name_do_not_end_the_title(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Theory]
    [InlineData("Maersk listed Ida Berg as a consultant in its harbour plan.", "Maersk listed Ida Berg as a consultant in its harbour plan")]
    [InlineData("Lars Holm acted as adviser to the Aarhus council.", "Lars Holm acted as adviser to the Aarhus council")]
    [InlineData("Ida Berg took pains to repeatedly refer to the storm as the \"Aarhus gale.\"", "Ida Berg took pains to refer to the storm as the \"Aarhus gale\"")]
    public void The_role_an_as_phrase_gives_the_object_stays_in_the_title(string sentence, string title)
    {
        Assert.Equal(title, Title(sentence));
    }

    [Fact]
    public void An_as_clause_after_the_object_is_still_cut()
    {
        Assert.Equal("Maersk listed Ida Berg", Title("Maersk listed Ida Berg as the storm reached Aarhus."));
    }

    [Fact]
    public void Adjectives_after_the_as_of_a_role_end_the_title_whole()
    {
        Assert.Equal("Maersk defended its harbour plan as safe and thorough", Title("Maersk defended its harbour plan as safe and thorough."));
    }

    [Fact]
    public void An_active_verb_of_giving_a_role_without_its_object_is_not_told()
    {
        Assert.Empty(Events("Maersk has also named as a bidder for the ferry line."));
    }

    [Fact]
    public void A_title_too_long_does_not_end_before_the_as_phrase_of_a_split_infinitive()
    {
        var events = fixture.Extract("Ida Berg and Lars Holm took pains to repeatedly refer to the storm as the \"Aarhus gale.\"", Published).Events;

        Assert.DoesNotContain(events, e => e.Title.EndsWith("to the storm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_too_long_may_end_before_an_as_phrase_the_object_does_without()
    {
        Assert.Equal("Ida Berg will replace Lars Holm",
            Title("Maersk said Ida Berg will replace Lars Holm as chief executive Mr Holm will leave his post by mutual agreement in October."));
    }

    [Fact]
    public void A_relative_clause_inside_the_subject_is_not_told_as_the_main_clause()
    {
        Assert.DoesNotContain(Events("Another option Maersk is investigating involves towing the ferry to Aarhus."), e => e.Title.Contains("investigating involves", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lars Holm describes Maersk's government mandated clean-up fund as a slush fund.")]
    [InlineData("Lars Holm criticised Maersk's government mandated clean-up fund.")]
    public void A_participle_inside_the_object_of_another_verb_is_no_clause_to_tell(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Title.StartsWith("Maersk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Prime Minister Lars Holm issued a May 31 directive to the crews.", "Lars Holm issued a May 31 directive to the crews")]
    [InlineData("Prime Minister Lars Holm oversaw the payments to victims of the September 11, 2001 attacks.", "Lars Holm oversaw the payments to victims of the September 11, 2001 attacks")]
    [InlineData("Prime Minister Lars Holm issued the directive to the crews on May 31.", "Lars Holm issued the directive to the crews")]
    public void A_date_that_says_which_thing_a_noun_is_stays_whole_in_the_title_and_one_that_dates_the_verb_goes(string sentence, string title)
    {
        Assert.Equal(title, Events(sentence).Single(e => e.Sources[0].Trigger is "issued" or "oversaw").Title);
    }

    [Fact]
    public void A_plural_noun_with_the_first_name_of_a_list_cut_after_it_ends_the_title_and_the_plain_list_takes_part()
    {
        var hired = Events("Maersk has hired investment banks Vell Capital, Fjord Bank, Oslo Trust and Nordic Partners as advisers, a source said.").Single(e => e.Sources[0].Trigger == "hired");
        var signed = Events("Maersk signed contracts with shipping companies Vell Lines, which makes ferries, and Fjord Shipping, which makes tugs, to double its fleet.")
            .Single(e => e.Sources[0].Trigger == "signed");
        var one = Events("The Maersk team criticised contractors Vell Lines for doing inadequate tests on the hull.").Single(e => e.Sources[0].Trigger == "criticised");

        Assert.Equal("Maersk has hired investment banks", hired.Title);
        Assert.Contains("vell-capital", hired.Actors);
        Assert.Contains("nordic-partners", hired.Actors);
        Assert.Equal("Maersk signed contracts with shipping companies", signed.Title);
        Assert.Equal("The Maersk team criticised contractors Vell Lines for doing inadequate tests on the hull", one.Title);
    }

    [Fact]
    public void A_title_too_long_is_not_cut_inside_a_name_the_article_names()
    {
        var title = Title("Maersk received its original swine flu virus samples from the US Centers for Disease Control and Prevention in Atlanta.");

        Assert.Equal("Maersk received its original swine flu virus samples", title);
    }

    [Fact]
    public void A_part_of_a_day_a_happening_names_is_not_cut_out_of_the_title_leaving_its_of_phrase()
    {
        var title = Events("Prime Minister Lars Holm was given four milligrams of midazolam on the morning of his death.").Single(e => e.Sources[0].Trigger == "given").Title;

        Assert.DoesNotContain("midazolam of his", title, StringComparison.Ordinal);
        Assert.StartsWith("Lars Holm was given four milligrams of midazolam", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In 2008, Maersk peppered Washington, D.C. subway stations with ads showing ferries.", "peppered", "Maersk peppered Washington, D.C. subway stations with ads showing ferries")]
    [InlineData("Prime Minister Ida Berg was transferred to the command center in Houma, La., the hub of the response.", "transferred", "Ida Berg was transferred to the command center in Houma, La.")]
    [InlineData("Prime Minister Jonas Dahl visited Paris, France on Monday.", "visited", "Jonas Dahl visited Paris")]
    [InlineData("Maersk has issued flood warnings along the Mississippi, Ohio, Wabash, Illinois, Missouri and White Rivers.", "issued", "Maersk has issued flood warnings")]
    public void A_us_state_after_a_towns_comma_is_part_of_the_place(string sentence, string trigger, string title)
    {
        Assert.Equal(title, Events(sentence).Single(e => e.Sources[0].Trigger == trigger).Title);
    }

    [Theory]
    [InlineData("Prime Minister Lars Holm spent the day with his son at the Aarhus race.", "spent", "Lars Holm spent the day with his son at the Aarhus race")]
    [InlineData("Prime Minister Ida Berg left the port in the morning with her son.", "left", "Ida Berg left the port with her son")]
    public void A_stretch_of_time_the_verb_takes_as_its_object_stays_in_the_title(string sentence, string trigger, string title)
    {
        Assert.Equal(title, Events(sentence).Single(e => e.Sources[0].Trigger == trigger).Title);
    }
}
