using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>
/// One test per TimeML convention the normaliser implements, on hand-written sentences.
/// The document date is Thursday 26 October 1989 unless a test says otherwise.
/// </summary>
public sealed class TimexConventionTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private static readonly DateOnly Dct = new(1989, 10, 26);

    private IReadOnlyList<Timex3> Annotate(string text, DateOnly? dct = null) =>
        TimexAnnotator.Annotate(text, dct ?? Dct, fixture.Tagger.Tag(text, dct ?? Dct));

    private Timex3 Single(string text, string words, DateOnly? dct = null)
    {
        var all = Annotate(text, dct);
        var found = all.FirstOrDefault(t => t.Text == words);
        Assert.True(found is not null, $"'{words}' not annotated in '{text}'; got: {string.Join(" | ", all.Select(t => $"{t.Text}={t.Value}"))}");
        return found;
    }

    [Theory]
    [InlineData("Walt Disney agreed to buy most of 21st Century Fox's film business.", "21st Century")]
    [InlineData("The grant came from the Twentieth Century Fund last year.", "Twentieth Century")]
    public void A_unit_of_time_in_capitals_between_a_number_and_a_name_is_a_word_of_the_name(string text, string words)
    {
        Assert.DoesNotContain(Annotate(text), t => t.Text.Contains(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Wind power will grow in the 21st century, the agency said.", "21st century")]
    [InlineData("In the 21st Century, Lars Holm said, cities will grow.", "21st Century")]
    public void A_unit_of_time_that_no_name_goes_on_from_is_a_time(string text, string words)
    {
        Assert.Contains(Annotate(text), t => t.Text.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void A_weekday_named_on_its_own_day_is_the_document_day()
    {
        Assert.Equal("1989-10-26", Single("The company said Thursday it would cut jobs.", "Thursday").Value);
    }

    [Fact]
    public void A_weekday_in_past_tense_news_is_the_last_such_day()
    {
        Assert.Equal("1989-10-23", Single("Shares fell sharply on Monday.", "Monday").Value);
    }

    [Fact]
    public void A_weekday_next_to_a_future_verb_is_the_next_such_day()
    {
        Assert.Equal("1989-10-30", Single("The board will meet Monday to vote.", "Monday").Value);
    }

    [Fact]
    public void A_weekday_after_would_in_reported_speech_is_the_next_such_day()
    {
        // "United" ends in -ed but is no past verb.
        Assert.Equal("1989-10-28", Single("The minister said the delegation would be flying to the United Nations Saturday.", "Saturday").Value);
    }

    [Fact]
    public void A_possessive_weekday_after_would_is_the_last_such_day()
    {
        Assert.Equal("1989-10-23", Single("Lawyers for the family said they would appeal Monday's ruling.", "Monday").Value);
    }

    [Fact]
    public void A_month_without_a_year_is_in_the_document_year_when_it_has_passed()
    {
        Assert.Equal("1989-06", Single("Sales peaked in June.", "June").Value);
    }

    [Fact]
    public void A_month_in_a_sentence_that_looks_ahead_is_the_coming_one()
    {
        Assert.Equal("1990-01", Single("The new rules will take effect in January.", "January").Value);
    }

    [Fact]
    public void Last_with_a_month_is_the_latest_such_month_before_the_document()
    {
        Assert.Equal("1989-06", Single("The plant closed last June.", "last June").Value);
    }

    [Fact]
    public void A_day_without_a_year_just_ahead_is_the_coming_one()
    {
        Assert.Equal("1989-11-06", Single("The offer expires Nov. 6.", "Nov. 6").Value);
    }

    [Fact]
    public void Quarter_words_of_business_news_name_the_last_completed_quarter()
    {
        Assert.Equal("1989-Q3", Single("Net income in the quarter rose 5%.", "the quarter").Value);
        Assert.Equal("1989-Q3", Single("Profit in the third quarter doubled.", "the third quarter").Value);
    }

    [Fact]
    public void A_year_earlier_in_quarter_news_is_the_same_quarter_a_year_before()
    {
        Assert.Equal("1988-Q3", Single("Third-quarter profit rose to $5 million from $4 million a year earlier.", "a year earlier").Value);
    }

    [Fact]
    public void Ago_keeps_the_granularity_of_its_unit()
    {
        Assert.Equal("1987", Single("The firm was founded two years ago.", "two years ago").Value);
        Assert.Equal("1989-08", Single("He left two months ago.", "two months ago").Value);
    }

    [Fact]
    public void A_range_that_measures_time_is_a_duration()
    {
        var t = Single("Prices rose over the past two weeks.", "the past two weeks");
        Assert.Equal(("DURATION", "P2W"), (t.Type, t.Value));
    }

    [Fact]
    public void Vague_quantities_leave_the_number_open()
    {
        Assert.Equal("PXY", Single("The talks dragged on for several years.", "several years").Value);
    }

    [Fact]
    public void A_clock_time_with_a_weekday_is_on_that_day()
    {
        Assert.Equal("1989-10-24T09:00", Single("Trading was halted at 9 a.m. Tuesday.", "9 a.m. Tuesday").Value);
    }

    [Fact]
    public void A_clock_time_is_on_the_document_day()
    {
        var t = Single("The market closed at 4 p.m. after heavy trading.", "4 p.m.");
        Assert.Equal(("TIME", "1989-10-26T16:00"), (t.Type, t.Value));
    }

    [Fact]
    public void Now_and_currently_are_the_present_as_dates()
    {
        var now = Single("The company is now profitable.", "now");
        Assert.Equal(("DATE", "PRESENT_REF"), (now.Type, now.Value));
        Assert.Equal("PRESENT_REF", Single("The company currently employs 300 people.", "currently").Value);
    }

    [Fact]
    public void Signals_stay_outside_and_approximators_inside_the_extent()
    {
        Assert.NotNull(Single("The plant has been closed since 1987.", "1987"));
        Assert.NotNull(Single("The dispute lasted nearly two years.", "nearly two years"));
    }

    [Fact]
    public void Phrases_that_count_periods_take_their_article()
    {
        Assert.NotNull(Single("Revenue rose 8% in the first nine months.", "the first nine months"));
    }

    [Fact]
    public void Each_end_of_a_range_of_years_is_its_own_date()
    {
        var all = Annotate("Output grew between 1994 and 1997.");
        Assert.Equal(["1994", "1997"], all.Select(t => t.Value));
    }

    [Fact]
    public void Adjectival_lengths_ages_rates_modals_and_fractions_are_not_time_expressions()
    {
        Assert.Empty(Annotate("The bank sold 6-year notes at 8 7/8%."));
        Assert.Empty(Annotate("The driver, 37 years old, was not hurt."));
        Assert.DoesNotContain(Annotate("It runs four flights a week."), t => t.Text == "a week");
        Assert.Empty(Annotate("Officials say the bill may pass."));
    }

    [Fact]
    public void Year_earlier_as_an_adjective_is_the_period_a_year_before()
    {
        Assert.Equal("1988", Single("Sales rose 5% from year-earlier levels.", "year-earlier").Value);
    }

    [Fact]
    public void The_year_ago_quarter_is_that_quarter_a_year_before_and_one_expression()
    {
        Assert.Equal("1988-Q3", Single("Profit fell from $4 million in the year-ago third quarter.", "the year-ago third quarter").Value);
        Assert.Equal("1988-Q3", Single("Sales were flat with the year-ago period.", "the year-ago period").Value);
    }

    [Fact]
    public void A_year_spelt_out_in_a_transcript_is_that_year()
    {
        var t = Single("The station opened in nineteen ninety-six.", "nineteen ninety-six");
        Assert.Equal(("DATE", "1996"), (t.Type, t.Value));
    }

    [Fact]
    public void Without_a_document_date_relative_expressions_keep_their_extent_but_no_value()
    {
        var text = "Officials met last week.";
        var t = TimexAnnotator.Annotate(text, null, fixture.Tagger.Tag(text, null)).Single();
        Assert.Equal(("last week", "XXXX-XX-XX"), (t.Text, t.Value));
    }

    [Fact]
    public void Each_end_of_a_range_of_days_is_its_own_date()
    {
        var all = Annotate("The fund bought shares from Sept. 14 to Monday at $12 each.");
        Assert.Equal([("Sept. 14", "1989-09-14"), ("Monday", "1989-10-23")], all.Select(t => (t.Text, t.Value)));
        Assert.Equal(["1989", "1989-10-19"], Annotate("The index has fallen 2% this year through Oct. 19.").Select(t => t.Value));
    }

    [Fact]
    public void The_year_ended_on_a_date_measures_a_year()
    {
        var t = Single("Net income for the year ended June 30 rose 4%.", "the year");
        Assert.Equal(("DURATION", "P1Y"), (t.Type, t.Value));
    }

    [Fact]
    public void The_full_year_of_a_report_is_that_year_as_a_date()
    {
        var t = Single("The brewer posted higher third-quarter profit and expects record sales for the full year.", "the full year");
        Assert.Equal(("DATE", "1989"), (t.Type, t.Value));
        var january = Single("The retailer said fourth-quarter sales rose, and profit for the full year doubled.", "the full year", new DateOnly(1990, 1, 25));
        Assert.Equal("1989", january.Value);
    }

    [Fact]
    public void Year_end_after_a_preposition_is_the_end_of_the_year()
    {
        var by = Single("The merger should close by year-end.", "year-end");
        Assert.Equal(("DATE", "1989", "END"), (by.Type, by.Value, by.Mod));
        Assert.Equal("1988", Single("The index has gained 12% since year-end.", "year-end").Value);
        Assert.DoesNotContain(Annotate("Year-end bonuses were cut and year-end sales slowed."), t => t.Text.Contains("year-end", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_fiscal_year_is_written_as_the_plain_year()
    {
        Assert.Equal("1989", Single("Sales in the current fiscal year will be flat.", "the current fiscal year").Value);
        Assert.Equal("1988", Single("It sold $2 billion of steel in the latest fiscal year.", "the latest fiscal year").Value);
    }

    [Fact]
    public void An_ordinal_century_is_a_date_of_two_digits()
    {
        var t = Single("Jazz was the music of the 20th century.", "the 20th century");
        Assert.Equal(("DATE", "19"), (t.Type, t.Value));
    }

    [Fact]
    public void A_decade_named_without_its_century_is_the_nearest_such_decade()
    {
        var t = Single("Membership kept falling through the eighties.", "the eighties");
        Assert.Equal(("DATE", "198"), (t.Type, t.Value));
        Assert.Equal("199", Single("Analysts expect growth in the nineties.", "the nineties").Value);
    }

    [Fact]
    public void The_weekend_in_past_tense_news_is_the_one_just_past()
    {
        // Thursday 26 October 1989 is in ISO week 43; the weekend just past closed week 42.
        Assert.Equal("1989-W42-WE", Single("Officials said over the weekend that talks had failed.", "the weekend").Value);
        Assert.Equal("1989-W43-WE", Single("The two sides will meet over the weekend.", "the weekend").Value);
    }

    [Fact]
    public void A_weekday_after_set_to_or_is_to_is_the_coming_one()
    {
        Assert.Equal("1989-10-30", Single("Talks are set to resume Monday in Geneva.", "Monday").Value);
        Assert.Equal("1989-10-31", Single("The stock is to resume trading Tuesday.", "Tuesday").Value);
    }

    [Fact]
    public void A_deadline_month_lies_ahead_unless_the_sentence_looks_back_from_it()
    {
        Assert.Equal("1990-02", Single("The company must repay the loan by February.", "February").Value);
        Assert.Equal("1989-02", Single("By February the company had repaid the loan.", "February").Value);
    }

    [Fact]
    public void An_initial_does_not_end_the_sentence_and_will_succeed_is_not_a_past_verb()
    {
        Assert.Equal("1990-02-01", Single("Ms. Kent will succeed John P. Smith Feb. 1 as chairman.", "Feb. 1").Value);
    }

    [Fact]
    public void Quarter_words_follow_the_quarter_the_report_names()
    {
        var text = "Acme posted fourth-quarter net of $5 million. Sales in the quarter rose 3% from a year earlier.";
        var all = Annotate(text);
        Assert.Equal("1989-Q4", all.Single(t => t.Text == "the quarter").Value);
        Assert.Equal("1988-Q4", all.Single(t => t.Text == "a year earlier").Value);
    }

    [Fact]
    public void A_whole_and_a_half_is_one_duration_in_the_next_smaller_unit()
    {
        Assert.Equal("PT5H30M", Single("The hearing lasted 5 1/2 hours.", "5 1/2 hours").Value);
        Assert.Equal("P2Y6M", Single("They lived abroad for 2 1/2 years.", "2 1/2 years").Value);
    }

    [Fact]
    public void Mid_afternoon_is_the_part_of_the_day_not_a_clock_hour()
    {
        Assert.Equal("1989-10-26TAF", Single("By mid-afternoon the shares had recovered.", "mid-afternoon").Value);
    }

    [Fact]
    public void The_year_two_thousand_is_a_year()
    {
        var t = Single("The goal is to halve the deficit by the year two thousand.", "the year two thousand");
        Assert.Equal(("DATE", "2000"), (t.Type, t.Value));
    }

    [Fact]
    public void The_year_period_of_an_earnings_report_is_that_years_quarter()
    {
        var text = "Acme earned $5 million in the third quarter, up from $4 million in the 1988 period.";
        Assert.Equal("1988-Q3", Annotate(text).Single(t => t.Text == "the 1988 period").Value);
    }

    [Fact]
    public void Index_levels_and_counts_of_millions_are_not_dates()
    {
        Assert.Empty(Annotate("The index closed at 2082.1 on 14 million shares."));
    }

    [Fact]
    public void Current_before_a_noun_is_the_present_and_will_soon_the_future()
    {
        Assert.Equal("PRESENT_REF", Single("Analysts blamed current market conditions.", "current").Value);
        Assert.Equal("FUTURE_REF", Single("The bank may soon raise its rates.", "soon").Value);
        Assert.DoesNotContain(Annotate("Shares fell as soon as trading began."), t => t.Text == "soon");
        Assert.DoesNotContain(Annotate("The current quarter looks weak."), t => t.Text == "current");
    }

    [Fact]
    public void Anaphoric_expressions_take_the_date_the_narrative_is_at()
    {
        Assert.Equal("1986", Single("He fled in June 1986 and came back later that year.", "later that year").Value);
        Assert.Equal("1976", Single("The firm was founded in 1975, and the following year it went public.", "the following year").Value);
        Assert.Equal("1987-04", Single("The board met in March 1987. The following month, it sold the unit.", "The following month").Value);
        Assert.Equal("1985-05-02", Single("The fire started on May 2, 1985. Earlier that day, the alarm failed.", "Earlier that day").Value);
    }

    [Fact]
    public void A_month_of_that_year_is_of_the_year_the_narrative_is_at_and_dates_nothing_before_it()
    {
        var times = Annotate("The firm was founded in March 1975. By June of that year, it had 40 staff.");

        Assert.Equal("1975", Assert.Single(times, t => t.Text == "that year").Value);
        Assert.Equal("1975-06", Assert.Single(times, t => t.Text == "June").Value);
    }

    [Fact]
    public void Without_a_stated_date_an_anaphoric_year_keeps_its_document_reading()
    {
        Assert.Equal("1990", Single("Sales will grow the following year.", "the following year").Value);
    }

    [Fact]
    public void A_year_earlier_in_a_report_on_one_quarter_is_that_quarter_a_year_before()
    {
        var text = "Acme expects a third-quarter loss of $2 million. A year earlier, it earned $1 million.";
        Assert.Equal("1988-Q3", Annotate(text).Single(t => t.Text == "A year earlier").Value);
    }

    [Fact]
    public void An_unquantified_stretch_is_a_duration_of_open_length()
    {
        var weeks = Single("For weeks the unions have held rallies.", "weeks");
        Assert.Equal(("DURATION", "PXW"), (weeks.Type, weeks.Value));
        Assert.Equal("PXD", Single("Fighting has grown in recent days.", "recent days").Value);
        Assert.Equal("PXW", Single("Rates may fall in coming weeks.", "coming weeks").Value);
    }

    [Fact]
    public void A_deadline_with_a_clock_time_lies_ahead()
    {
        // Thursday 26 October 1989: the deadline is next Tuesday.
        Assert.Equal("1989-10-31T09:00", Single("The agency gave the family until 9 a.m. Tuesday to reply.", "9 a.m. Tuesday").Value);
    }

    [Fact]
    public void The_previous_weekday_is_the_one_before_the_day_the_narrative_is_at()
    {
        Assert.Equal("1989-10-13", Single("The index fell 2% on Friday, Oct. 20, from the previous Friday.", "the previous Friday").Value);
    }

    [Fact]
    public void The_week_of_a_date_is_that_week()
    {
        Assert.Equal("1989-W45", Single("A hearing is set for the week of Nov. 6.", "the week of Nov. 6").Value);
    }

    [Fact]
    public void A_price_a_night_is_a_rate_not_a_time_expression()
    {
        Assert.DoesNotContain(Annotate("Rooms will cost between $35 and $55 a night."), t => t.Text == "a night");
    }

    [Fact]
    public void In_the_past_is_the_past_reference_without_its_preposition()
    {
        var t = Single("In the past, the ministry has denied such reports.", "the past");
        Assert.Equal(("DATE", "PAST_REF"), (t.Type, t.Value));
        Assert.Equal("PAST_REF", Single("They fought more often than they have in the past.", "the past").Value);
    }
}
