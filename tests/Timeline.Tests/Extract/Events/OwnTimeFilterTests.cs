using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Events;

/// <summary>A time expression dates its clause's event unless it compares, measures a length, or is part of a name.</summary>
public sealed class OwnTimeFilterTests
{
    private static Timex3 Time(string clause, string text, string type = "DATE", string value = "2008")
    {
        var at = clause.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in '{clause}'");
        return new Timex3 { Start = at, Text = text, Type = type, Value = value };
    }

    private static bool CanDate(string clause, string text, string type = "DATE", string value = "2008") =>
        OwnTimeFilter.CanDate(clause, 0, Time(clause, text, type, value));

    [Theory]
    [InlineData("The storm was the worst since 1987", "1987")]
    [InlineData("Prices rose higher than in 2008", "2008")]
    [InlineData("The river flooded since the April 20 storm", "April 20")]
    [InlineData("The firm has grown since 2003", "2003")]
    [InlineData("Output was steady as of March", "March")]
    [InlineData("Sales were the highest in a decade compared with 2008", "2008")]
    public void A_comparison_or_a_starting_point_does_not_date_the_event(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Yesterday, at this year's trade fair, the company unveiled a phone", "this year")]
    [InlineData("The minister condemned last week's attack", "last week")]
    [InlineData("The minister condemned last week's attack", "last week's")]
    [InlineData("The minister condemned yesterday's attack", "yesterday")]
    [InlineData("The Vell Party won 40 seats in this year's election", "this year")]
    [InlineData("The Vell Party won 40 seats in yesterday's paper", "yesterday")]
    public void A_possessive_time_belongs_to_its_noun_and_does_not_date_the_event(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("The Vell Party won a majority in yesterday's federal election", "yesterday")]
    [InlineData("Lars Holm was injured in Monday's bomb attack", "Monday")]
    [InlineData("Lars Holm spoke at Tuesday's meeting of the council", "Tuesday")]
    public void What_happens_in_a_happening_a_day_s_possessive_names_happens_that_day(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Lars Holm won last year's presidential election on a message of hope", "last year")]
    [InlineData("The Vell Party lost Sunday's vote on the budget", "Sunday")]
    [InlineData("Aarhus won last month's final", "last month")]
    public void A_contest_is_won_or_lost_when_its_possessive_time_says(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Lars Holm criticised last year's presidential election", "last year")]
    [InlineData("The Vell Party won praise for last month's budget", "last month")]
    [InlineData("Lars Holm lost last year's paper", "last year")]
    public void A_possessive_time_after_other_verbs_or_before_other_nouns_is_still_the_nouns(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("The nurse pleaded not guilty to a charge over the singer's June 2009 death", "June 2009")]
    [InlineData("Maersk paid compensation for the firm's April 20 blast", "April 20")]
    [InlineData("The court heard the Joneses' 2008 complaint", "2008")]
    [InlineData("Lars Holm had been due to spend his Easter holidays in Aarhus", "Easter")]
    [InlineData("Their summer break was cut short", "summer")]
    public void A_time_between_a_possessor_and_its_noun_belongs_to_that_noun(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Lars Holm vowed new rules to prevent a repeat of the April 20 blast", "April 20")]
    [InlineData("Maersk sold the stake under an Aug. 10, 1988, purchase agreement", "Aug. 10, 1988")]
    [InlineData("The minister spoke at a 10am press conference", "10am")]
    [InlineData("Holm defended the response to the 20 April explosion", "the 20 April")]
    public void A_time_between_an_article_and_its_noun_names_that_noun(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("The farm closed on the 20th of April", "the 20th of April")]
    [InlineData("The farm closed on Monday, the day the strike began", "Monday")]
    [InlineData("On the 20 April, police arrested the farmer", "the 20 April")]
    [InlineData("The farm closed on the 20 April amid protests", "the 20 April")]
    public void A_time_after_an_article_that_no_noun_follows_still_dates_the_clause(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Lars Holm will step down at the end of the year, the shipyard said", "end of the year")]
    [InlineData("The yard will close by the end of the month, a spokesman said", "end of the month")]
    [InlineData("Holm will leave at the end of 2025, his office said", "end of 2025")]
    public void A_time_after_an_article_then_a_comma_and_the_next_noun_phrase_still_dates_the_clause(string clause, string time)
    {
        // The determiner after the comma opens a phrase of its own; "an Aug. 10, 1988, purchase agreement" goes on with a noun.
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Maersk's chairman resigned in June 2009", "June 2009")]
    [InlineData("The singer's lawyers filed the appeal on April 20", "April 20")]
    [InlineData("Maersk's board met on Friday and approved the plan", "Friday")]
    [InlineData("Ida Berg told her Monday that the deal was off", "Monday")]
    public void A_time_after_a_possessive_phrase_of_the_clause_still_dates_it(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("The farm closed in 2008", "2008")]
    [InlineData("The farm closed on Monday", "Monday")]
    [InlineData("The farm closed last March", "last March")]
    [InlineData("The farm closed in March", "March")]
    public void A_plain_date_of_the_clause_dates_it(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("The bank delayed the publication of its third-quarter results by a week", "third-quarter", "2010-Q3")]
    [InlineData("The miner reported a first-half loss of $3bn", "first-half", "2010-H1")]
    [InlineData("The carmaker cut its full-year sales forecast", "full-year", "2010")]
    [InlineData("Analysts welcomed the group's fourth-quarter net profit", "fourth-quarter", "2010-Q4")]
    [InlineData("The bank is due to release its results for the second quarter on Tuesday", "the second quarter", "2010-Q2")]
    [InlineData("The miner reported a loss of $3.2 billion for 2009", "2009", "2009")]
    [InlineData("The board raised the dividend for the first half", "the first half", "2010-H1")]
    public void The_period_a_reported_figure_covers_does_not_date_the_event(string clause, string time, string value)
    {
        Assert.False(CanDate(clause, time, value: value));
    }

    [Theory]
    [InlineData("In the third quarter sales rose by a fifth", "the third quarter", "2010-Q3")]
    [InlineData("The bank published its results in the third quarter", "the third quarter", "2010-Q3")]
    [InlineData("The union will hold its vote in the first half", "the first half", "2010-H1")]
    [InlineData("The bank raised $3bn for its fund in 2009", "2009", "2009")]
    public void A_period_that_is_no_figure_s_modifier_still_dates_the_event(string clause, string time, string value)
    {
        Assert.True(CanDate(clause, time, value: value));
    }

    [Theory]
    [InlineData("Lars Holm handed over the day-to-day running of the yard", "the day")]
    [InlineData("Maersk launched a year-long inquiry", "year")]
    public void A_time_joined_to_a_compound_word_does_not_date_the_event(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Maersk sold the yard in mid-June", "June")]
    [InlineData("Maersk sold the yard on Monday - a surprise", "Monday")]
    public void A_time_by_a_dash_or_after_a_prefix_still_dates_the_event(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Ida Berg lifted the lid off a bowl on a recent afternoon", "afternoon")]
    [InlineData("Lars Holm left Aarhus earlier that morning", "morning")]
    [InlineData("Lars Holm joined the daily morning call with the yard", "morning")]
    [InlineData("Maersk hired Lars Holm for the night shift", "the night")]
    public void A_part_of_some_day_or_of_a_noun_does_not_date_the_event(string clause, string time)
    {
        Assert.False(CanDate(clause, time, "TIME", "2024-03-15TMO"));
    }

    [Theory]
    [InlineData("Maersk sold the yard in the morning", "the morning")]
    [InlineData("In the morning they left Aarhus", "the morning")]
    [InlineData("Maersk sold the yard on the night before the vote", "the night")]
    public void A_part_of_the_day_the_text_tells_still_dates_the_event(string clause, string time)
    {
        Assert.True(CanDate(clause, time, "TIME", "2024-03-15TMO"));
    }

    [Theory]
    [InlineData("Anna Holm took her husband to task for recently visiting a casino", "took", "recently", false)]
    [InlineData("The minister was accused of last year hiding the losses", "accused", "last year", false)]
    [InlineData("The mayor apologised after yesterday insulting the council", "apologised", "yesterday", false)]
    [InlineData("The mayor apologised for the remarks yesterday", "apologised", "yesterday", true)]
    [InlineData("The mayor apologised on Monday for insulting the council", "apologised", "Monday", true)]
    [InlineData("The firm was fined for failures during March", "fined", "March", true)]
    public void A_time_between_a_preposition_and_its_gerund_dates_the_gerund(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("A Vell Air jet crashed while landing at Aarhus airport on Saturday", "crashed", "Saturday", true)]
    [InlineData("Lars Holm was injured while skiing in Norway on Monday", "injured", "Monday", true)]
    [InlineData("Maersk shares rose while Vell's fell on Monday", "rose", "Monday", false)]
    [InlineData("Maersk shares rose while during March they fell", "rose", "March", false)]
    public void A_time_after_while_and_a_participle_dates_the_happening_it_accompanies(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("President Lars Holm has asked Danes to stay at home over the holiday weekend", "asked", "weekend", false)]
    [InlineData("Maersk agreed to keep the port closed until March", "agreed", "March", false)]
    [InlineData("Maersk agreed to pay into the fund throughout 2013", "agreed", "2013", false)]
    [InlineData("Lars Holm flew to Oslo over the weekend", "flew", "weekend", true)]
    [InlineData("Maersk agreed to close the port on Monday", "agreed", "Monday", true)]
    public void A_span_after_an_infinitive_is_the_infinitive_s(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("The bank will cancel the dividend due for payment on June 21", "cancel", "June 21", false)]
    [InlineData("The firm paid the invoices due on Friday", "paid", "Friday", false)]
    [InlineData("Maersk sold $125 million of notes due Oct. 15, 2031", "sold", "Oct. 15, 2031", false)]
    [InlineData("Vell repaid its bonds due 2030", "repaid", "2030", false)]
    [InlineData("The verdict is due on Monday", "verdict", "Monday", true)]
    [InlineData("The bank is due to announce its results on July 27", "announce", "July 27", true)]
    public void A_time_after_due_dates_the_noun_s_deadline(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Lars Holm uncovered a document prepared in 2001 by Maersk", "uncovered", "2001", false)]
    [InlineData("Maersk sold the ferry, built in 1976, to Vell", "sold", "1976", false)]
    [InlineData("Maersk paid the fines the court imposed on Monday", "paid", "Monday", false)]
    [InlineData("Lars Holm was arrested and charged on Monday", "arrested", "Monday", true)]
    [InlineData("Maersk sold the ferry in 1976", "sold", "1976", true)]
    [InlineData("Maersk closed the plant it owned in Aarhus on Monday", "closed", "Monday", true)]
    [InlineData("Lars Holm was arrested and charged with fraud on Monday", "arrested", "Monday", true)]
    [InlineData("Lars Holm stepped down as chairman of Vell, the charity he founded in 1997", "stepped", "1997", false)]
    [InlineData("Maersk sold the ferries they had bought on Monday", "sold", "Monday", false)]
    [InlineData("Maersk paid the fines the court had imposed on Monday", "paid", "Monday", false)]
    [InlineData("Maersk sold the ferry to him on Monday", "sold", "Monday", true)]
    public void A_verb_after_a_noun_takes_the_time_that_follows_it(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("On Friday, rating agency Vell Ratings downgraded Maersk", "downgraded", "Friday", true)]
    [InlineData("Yesterday, striking dockers blocked the port of Aarhus", "blocked", "Yesterday", true)]
    [InlineData("On Monday, drilling resumed at the Vell field", "resumed", "Monday", true)]
    [InlineData("On Friday, citing the spill, Maersk cut its dividend", "cut", "Friday", false)]
    [InlineData("On Monday, drilling companies that had left the field returned", "returned", "Monday", false)]
    public void An_ing_word_after_a_fronted_time_and_its_comma_is_in_the_subject(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Maersk blamed an electrical fire that broke out on a test flight in November", "blamed", "November", false)]
    [InlineData("Maersk apologised for remarks that offended the crew on Monday", "apologised", "Monday", false)]
    [InlineData("Maersk closed the terminal that week", "closed", "that week", true)]
    [InlineData("Maersk blamed the electrical fire in November", "blamed", "November", true)]
    public void A_relative_that_with_a_past_verb_of_its_own_takes_the_time_after_it(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Maersk accused of ignoring a report Should a storm strike the coast this weekend, work would stop", "accused", "this weekend", false)]
    [InlineData("Maersk had to stop work this weekend as a storm struck", "stop", "this weekend", true)]
    public void An_inverted_condition_opens_a_clause_of_its_own(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Lars Holm was seen at the harbour on the morning of his death", "the morning", false)]
    [InlineData("Vell closed the road on the night of the fire", "the night", false)]
    [InlineData("Vell closed the road on the night of the storm's landfall", "the night", false)]
    [InlineData("Vell closed the road in the morning", "the morning", true)]
    [InlineData("Holm was given a tablet at 1.30 am on the morning of his death", "1.30 am", false)]
    [InlineData("Holm was given a tablet at 1.30 am in the morning", "1.30 am", true)]
    [InlineData("Holm was given a tablet at 1.30 am", "1.30 am", true)]
    public void A_part_of_a_day_named_by_a_happening_does_not_date_the_event_nor_a_clock_time_in_it(string clause, string time, bool dates)
    {
        Assert.Equal(dates, CanDate(clause, time));
    }

    [Fact]
    public void A_length_of_time_after_in_does_not_date_the_event()
    {
        Assert.False(CanDate("The farm will close in six years", "six years"));
        Assert.False(CanDate("The farm will close within two months", "two months"));
    }

    [Fact]
    public void A_duration_or_a_set_never_dates_the_event()
    {
        Assert.False(CanDate("The strike lasted a week", "a week", type: "DURATION", value: "P1W"));
        Assert.False(CanDate("The union meets every Monday", "every Monday", type: "SET", value: "XXXX-WXX-1"));
    }

    [Fact]
    public void Now_dates_nothing()
    {
        Assert.False(CanDate("The farm is closing now", "now", value: "PRESENT_REF"));
    }

    [Theory]
    [InlineData("Members of Local 1520 walked out", "1520")]
    [InlineData("The airline bought a Beechcraft 1900", "1900")]
    public void A_bare_number_not_written_as_a_year_does_not_date_the_event(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Fact]
    public void A_bare_year_after_a_preposition_dates_the_event()
    {
        Assert.True(CanDate("The union walked out in 1520", "1520", value: "1520"));
    }

    [Fact]
    public void A_fronted_for_and_a_year_set_off_by_a_comma_is_the_clauses_period()
    {
        Assert.True(CanDate("For 2008, Maersk earned $40 million", "2008"));
        Assert.False(CanDate("Maersk set aside money for 2008 bonuses", "2008"));
        Assert.False(CanDate("For 2008 models the shipyard raised prices", "2008"));
    }

    [Fact]
    public void A_month_after_a_capitalised_word_is_part_of_a_name()
    {
        Assert.False(CanDate("Veterans of the Long March gathered", "March", value: "XXXX-03"));
    }

    [Fact]
    public void Is_part_of_name_tells_a_month_after_a_capitalised_word_from_one_after_a_preposition()
    {
        var name = Tokenizer.Tokenize("Veterans of the Long March gathered");
        var date = Tokenizer.Tokenize("Veterans gathered in March");

        Assert.True(OwnTimeFilter.IsPartOfName(name, 4));
        Assert.False(OwnTimeFilter.IsPartOfName(date, 3));
    }

    [Fact]
    public void Same_clause_takes_the_time_of_a_when_clause()
    {
        const string clause = "A camera crew was threatened with arrest when filming the beach last week";

        Assert.True(OwnTimeFilter.SameClause(clause, 0, clause.IndexOf("threatened", StringComparison.Ordinal), Time(clause, "last week")));
    }

    [Theory]
    [InlineData("Maersk bought the ferry for more than $90,000 in May 2009", "bought", "May 2009", true)]
    [InlineData("Vell sold more than 4,000 cars in March", "sold", "March", true)]
    [InlineData("Vell sold more cars than it did in March", "sold", "March", false)]
    public void Than_before_a_figure_compares_amounts_and_opens_no_clause(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Fact]
    public void Same_clause_rejects_a_time_behind_before_and_a_new_verb()
    {
        const string clause = "BP removed the cap before it was capped on July 15";

        Assert.False(OwnTimeFilter.SameClause(clause, 0, clause.IndexOf("removed", StringComparison.Ordinal), Time(clause, "July 15")));
    }

    [Fact]
    public void Same_clause_accepts_a_time_with_nothing_between_it_and_the_event()
    {
        const string clause = "BP capped the well on July 15";

        Assert.True(OwnTimeFilter.SameClause(clause, 0, clause.IndexOf("capped", StringComparison.Ordinal), Time(clause, "July 15")));
    }

    [Fact]
    public void Same_clause_accepts_a_time_before_the_event_word()
    {
        const string clause = "On July 15 BP capped the well";

        Assert.True(OwnTimeFilter.SameClause(clause, 0, clause.IndexOf("capped", StringComparison.Ordinal), Time(clause, "July 15")));
    }

    [Theory]
    [InlineData("Last month, the World Health Organization (WHO) warned against fake medicines", true)]
    [InlineData("Last month, the agency, which WHO funds, warned against fake medicines", false)]
    public void Same_clause_reads_an_acronym_in_capitals_as_a_name_not_a_pronoun(string clause, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf("warned", StringComparison.Ordinal), Time(clause, "Last month")));
    }

    [Fact]
    public void Same_clause_rejects_a_time_behind_a_participle_phrase()
    {
        const string clause = "BP capped the well, ending the leak on July 15";

        Assert.False(OwnTimeFilter.SameClause(clause, 0, clause.IndexOf("capped", StringComparison.Ordinal), Time(clause, "July 15")));
    }

    [Theory]
    [InlineData("More recently, the mayor blamed the contractor", "More recently", false)]
    [InlineData("Until very recently, the firm funded the groups", "recently", false)]
    [InlineData("He worked in shipping, most recently as the boss of Maersk", "recently", false)]
    [InlineData("The minister recently visited Oslo", "recently", true)]
    [InlineData("The minister has recently visited Oslo", "recently", true)]
    [InlineData("Holm had recently stepped back into the limelight", "recently", false)]
    [InlineData("Holm had only recently returned to Oslo", "recently", false)]
    [InlineData("Holm had returned to Oslo recently", "recently", false)]
    [InlineData("Holm, who had left, recently returned to Oslo", "recently", true)]
    public void Only_a_plain_recently_dates_before_the_article(string clause, string time, bool dates)
    {
        Assert.Equal(dates, CanDate(clause, time, value: "PAST_REF"));
    }

    [Theory]
    [InlineData("A year earlier, the agency fined the firm", "A year earlier")]
    [InlineData("The firm paid the fine two days later", "two days later")]
    public void A_time_counted_from_the_story_is_not_the_clause_own_date(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }
    [Theory]
    [InlineData("After the virus was identified on April 23, Mexico banned public events", "April 23", "banned", false)]
    [InlineData("Shortly before the well blew out on April 20, BP sacked two engineers", "April 20", "sacked", false)]
    [InlineData("Once the relief well is finished in August, BP will seal the well", "August", "seal", false)]
    [InlineData("In the days after the rig sank on April 22, BP began hiring private boats", "April 22", "began", false)]
    [InlineData("Two weeks after the well blew out on April 20, BP sacked two engineers", "April 20", "sacked", false)]
    [InlineData("After talks on Monday, Mexico banned public events", "Monday", "banned", true)]
    [InlineData("Mexico on April 24 banned public events, after the virus was identified", "April 24", "banned", true)]
    public void A_fronted_clause_of_its_own_keeps_its_time(string clause, string time, string trigger, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("The fire was the worst accident in Denmark since 1990", "1990", true)]
    [InlineData("Sales were higher than in 2008", "2008", true)]
    [InlineData("Output fell compared with 2009", "2009", true)]
    [InlineData("Since 2003, the firm has built ten ferries", "2003", false)]
    [InlineData("Maersk bought the yard in 2005", "2005", false)]
    public void A_comparison_sets_the_clause_against_its_time(string clause, string time, bool compares)
    {
        Assert.Equal(compares, OwnTimeFilter.Compares(clause, 0, Time(clause, time)));
    }

    [Theory]
    [InlineData("Maersk was faulted for its response, with some drawing comparisons to the Vell sinking in 1987", "1987", "faulted", false)]
    [InlineData("Maersk is doing well, with cash flow \"expected to exceed $3bn in 2025\"", "2025", "doing", false)]
    [InlineData("Maersk cut 500 jobs, with most of the losses coming in Aarhus in March", "March", "cut", false)]
    [InlineData("Maersk met the families, with the revised figures, on Tuesday", "Tuesday", "met", true)]
    [InlineData("Maersk met the families, with a lawyer, on Tuesday", "Tuesday", "met", true)]
    [InlineData("Maersk signed the deal with Vell on Tuesday", "Tuesday", "signed", true)]
    public void A_with_clause_of_its_own_keeps_its_time(string clause, string time, string trigger, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Conrad Murray was denied bail and will be sentenced on 29 November", "29 November", "denied", false)]
    [InlineData("BP was fined and was ordered on Monday to pay the state", "Monday", "fined", false)]
    [InlineData("Police arrested and charged the driver on Monday", "Monday", "arrested", true)]
    public void A_second_verb_phrase_with_an_auxiliary_of_its_own_keeps_its_time(string clause, string time, string trigger, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Parliament amended the Ferry Safety Act of 1990", "1990")]
    [InlineData("She spoke to the Class of 1998 at the college", "1998")]
    public void A_year_after_a_capitalised_noun_and_of_is_part_of_a_name_and_does_not_date_the_event(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("The company moved to Oslo in April of 2019", "2019")]
    [InlineData("Prices fell at the end of 2019", "2019")]
    public void A_year_after_a_month_or_a_common_noun_and_of_still_dates_the_event(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Lars Holm promised during his 2017 campaign to cut taxes", "2017")]
    [InlineData("Lars Holm won in the 2008 election", "2008")]
    [InlineData("Ida Berg criticised Maersk during the 2008 presidential campaign", "2008")]
    [InlineData("Ida Berg spoke at the 2009 conference in Oslo", "2009")]
    [InlineData("The ferry sank in the 2005 storm season", "2005")]
    public void A_year_of_a_happening_the_clause_takes_place_in_dates_it(string clause, string time)
    {
        Assert.True(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Maersk listed her in its 2019 safety plan", "2019")]
    [InlineData("Parliament approved new studies in the 1990 law", "1990")]
    [InlineData("Lars Holm criticised the 2008 campaign", "2008")]
    [InlineData("Lars Holm paid for the damage after the 2008 storm", "2008")]
    public void A_year_of_a_thing_or_of_a_happening_the_clause_is_not_in_does_not_date_it(string clause, string time)
    {
        Assert.False(CanDate(clause, time));
    }

    [Theory]
    [InlineData("Maersk listed her in its 2019 safety plan", "2019", true)]
    [InlineData("Parliament approved new studies in the 1990 law", "1990", true)]
    [InlineData("Maersk closed the office in 2019", "2019", false)]
    [InlineData("Maersk closed the office in the 2019 and 2020 seasons", "2019", false)]
    [InlineData("Holm issued a May 31 directive to the crews", "May 31", true)]
    [InlineData("Holm paid the victims of the September 11, 2001 attacks", "September 11, 2001", true)]
    [InlineData("Holm wrote about a Nov. 24 letter from the board", "Nov. 24", true)]
    [InlineData("Holm issued the directive on May 31 to the crews", "May 31", false)]
    [InlineData("Holm named a Tuesday deadline for the crews", "Tuesday", false)]
    [InlineData("Holm defended the response to the 20 April explosion", "the 20 April", true)]
    [InlineData("Holm spoke on the 20 April about the explosion", "the 20 April", false)]
    public void A_year_or_a_calendar_day_between_a_determiner_and_a_noun_modifies_the_noun(string text, string time, bool modifies)
    {
        Assert.Equal(modifies, OwnTimeFilter.ModifiesNoun(text, 0, Time(text, time)));
    }

    [Theory]
    [InlineData("Maersk, the largest shipper in Denmark for most of the last century, filed for bankruptcy on Monday", "filed", "the last century", false)]
    [InlineData("Lars Holm, the chairman since 2001, resigned", "resigned", "2001", false)]
    [InlineData("Lars Holm, on Monday, resigned", "resigned", "Monday", true)]
    [InlineData("Maersk filed for bankruptcy on Monday", "filed", "Monday", true)]
    public void A_time_inside_an_apposition_describes_the_subject_not_the_verb(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Denmark is sinking into recession and many analysts expect the economy will shrink this year", "sinking", "this year", false)]
    [InlineData("Maersk cut 300 jobs and economists said more cuts would follow this year", "cut", "this year", false)]
    [InlineData("Maersk cut 300 jobs and closed two yards this year", "cut", "this year", true)]
    public void A_second_subject_expecting_or_saying_opens_what_it_expects(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }

    [Theory]
    [InlineData("Iceland took control of its biggest bank, Vellthing, on Thursday", "took", "Thursday", true)]
    [InlineData("Maersk opened an office in the Chinese capital, Beijing, on Monday", "opened", "Monday", true)]
    [InlineData("Maersk sold two tankers, saying on Monday that it needed cash", "sold", "Monday", false)]
    public void A_name_in_ing_after_a_comma_is_an_apposition_not_a_participles_clause(string clause, string trigger, string time, bool same)
    {
        Assert.Equal(same, OwnTimeFilter.SameClause(clause, 0, clause.IndexOf(trigger, StringComparison.Ordinal), Time(clause, time)));
    }
}
