using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>A quantity that rises, falls, reaches a record or a running toll is a statistic, not a happening.</summary>
public sealed class StatisticsTests
{
    private static bool IsStatistic(string clause, string verb, string lemma)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);
        var index = words.IndexOf(verb);
        Assert.True(index >= 0, $"'{verb}' is not a token of '{clause}'");
        return Statistics.IsStatistic(words, tags, lemma, index, words.Count);
    }

    [Theory]
    [InlineData("Shares fell 5%", "fell", "fall")]
    [InlineData("Exports totalled $2bn", "totalled", "total")]
    [InlineData("The toll rose to 300", "rose", "rise")]
    [InlineData("Sales dropped 12 percent", "dropped", "dropped")]
    [InlineData("Vell surged 4 5/8 to 112 5/8", "surged", "surg")]
    [InlineData("Maersk declined 30 cents to $14.75", "declined", "declin")]
    [InlineData("Vell was quoted at 87.5 cents bid", "quoted", "quot")]
    [InlineData("The shares were priced at $12", "priced", "pric")]
    [InlineData("Maersk has lost around half its market value", "lost", "lose")]
    [InlineData("The market value of Maersk has fallen", "fallen", "fall")]
    [InlineData("Vell's share price slumped", "slumped", "slump")]
    public void A_quantity_verb_with_a_number_after_it_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Lars Holm was narrowly denied a posthumous entry in the top 10", "denied", "deny")]
    [InlineData("Ida Berg has been named as the biggest selling artist in Denmark since 2009", "named", "name")]
    [InlineData("Ida Berg's single entered the UK charts at number three", "entered", "enter")]
    [InlineData("The album climbed to the number one spot on Sunday", "climbed", "climb")]
    public void A_place_in_a_ranking_of_sales_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk fired its top 10 executives on Monday", "fired", "fire")]
    [InlineData("Maersk named Ida Berg as chief executive", "named", "name")]
    [InlineData("Lars Holm skipped through a presentation of charts", "skipped", "skip")]
    [InlineData("Maersk hired two of the top 10 law firms in Denmark", "hired", "hire")]
    public void A_ranking_word_that_ranks_no_sales_is_no_statistic(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk has rated the latest attempt's chance of success at 60 to 70 percent", "rated", "rate")]
    [InlineData("Lars Holm pegged the company's chances at 60% to 70%", "pegged", "peg")]
    [InlineData("Officials put the death toll at about 50", "put", "put")]
    [InlineData("The ministry estimated the cost of the clean-up at $3bn", "estimated", "estimate")]
    public void An_estimate_of_a_figure_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk placed the order at 10am on Monday", "placed", "place")]
    [InlineData("Maersk put the plan at risk", "put", "put")]
    [InlineData("Maersk rated the bonds as junk", "rated", "rate")]
    [InlineData("Lars Holm put 50 workers at the yard", "put", "put")]
    public void Estimating_verbs_without_an_estimated_figure_are_no_statistic(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Bornholm has been most heavily touched by the spill", "touched", "touch")]
    [InlineData("Bornholm was hardest hit by the storm", "hit", "hit")]
    [InlineData("Skagen was worst affected by the flooding", "affected", "affect")]
    public void A_ranking_of_places_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Bornholm has suffered a surge in cases of measles this month", "suffered", "suffer")]
    [InlineData("Aarhus saw a sharp rise in complaints last year", "saw", "see")]
    [InlineData("Komatsu recorded a 12% drop in orders", "recorded", "record")]
    public void A_change_in_a_quantity_undergone_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Lars Holm suffered a heart attack in Aarhus", "suffered", "suffer")]
    [InlineData("Crowds in Aarhus saw the king on Monday", "saw", "see")]
    [InlineData("Komatsu announced a rise in prices", "announced", "announce")]
    public void An_act_or_a_blow_is_no_change_undergone(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk most recently announced a new route", "announced", "announce")]
    [InlineData("Maersk most notably cut the Bornholm route", "cut", "cut")]
    [InlineData("The storm hit Bornholm hardest", "hit", "hit")]
    public void A_time_or_a_stress_is_no_ranking(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk closed eight plants", "closed", "close")]
    [InlineData("Vell closed down 1,200 branches", "closed", "close")]
    [InlineData("The crews finished two relief wells", "finished", "finish")]
    [InlineData("Maersk will close 14 more plants", "close", "close")]
    public void Shutting_or_completing_counted_things_is_no_close_of_the_market(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk closed 5 percent higher", "closed", "close")]
    [InlineData("The index closed down 200 points", "closed", "close")]
    [InlineData("Vell finished at 1,200", "finished", "finish")]
    public void A_close_of_the_market_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Denmark is sinking deeper into recession", "sinking", "sink")]
    [InlineData("Norway slipped into a technical recession in the third quarter", "slipped", "slip")]
    [InlineData("The Danish economy emerged from recession", "emerged", "emerge")]
    [InlineData("Sweden fell into deflation", "fell", "fall")]
    public void An_economy_s_turn_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk moved into new offices", "moved", "move")]
    [InlineData("Lars Holm emerged from the meeting", "emerged", "emerge")]
    public void Moving_into_a_place_is_no_economic_turn(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Shares fell sharply", "fell", "fall")]
    [InlineData("The government fell", "fell", "fall")]
    [InlineData("Lars Holm was quoted as saying the ferry would sail", "quoted", "quot")]
    [InlineData("Maersk has lost its appeal against the ruling", "lost", "lose")]
    [InlineData("Ida Berg declined comment on the details, referring reporters to an Oct. 8 report", "declined", "declin")]
    public void A_quantity_verb_without_a_number_is_not_a_statistic(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk continues to spend tens of millions of kroner a day on the clean-up", "spend", "spend")]
    [InlineData("The rig is collecting 15,000 barrels per day", "collecting", "collect")]
    public void An_amount_per_unit_of_time_after_a_verb_of_flow_is_a_rate(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk collected 10,500 barrels of oil on Saturday", "collected", "collect")]
    [InlineData("Skimmers recovered an estimated 2 million gallons off Aarhus", "recovered", "recover")]
    [InlineData("The Vell well spilled about 300 tonnes of crude", "spilled", "spill")]
    [InlineData("Maersk had siphoned off 2,200 barrels in the 24-hour period", "siphoned", "siphon")]
    public void Matter_measured_in_its_units_after_a_verb_of_flow_is_a_figure(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk recovered the sunken ferry on Saturday", "recovered", "recover")]
    [InlineData("Maersk shipped 40 ferries to Vell", "shipped", "ship")]
    public void A_thing_or_a_count_after_a_verb_of_flow_is_no_measure(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Maersk pledged $5m a year for research", "pledged", "pledge")]
    [InlineData("Maersk spent $5m on a new ferry", "spent", "spend")]
    public void A_pledge_of_a_yearly_sum_or_a_single_outlay_is_no_rate(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("The virus has killed 65 people", "killed", "kill")]
    [InlineData("The outbreak has infected 1,000 pigs", "infected", "infect")]
    public void A_running_toll_in_the_perfect_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Fact]
    public void A_killing_told_in_the_past_is_not_a_statistic()
    {
        Assert.False(IsStatistic("Troops killed five militants", "killed", "kill"));
    }

    [Theory]
    [InlineData("The index hit its highest level since October", "hit", "hit")]
    [InlineData("The pound touched a four-year low", "touched", "touch")]
    public void A_record_level_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Fact]
    public void Closing_a_thing_without_a_number_is_not_a_statistic()
    {
        Assert.False(IsStatistic("BP closed the well", "closed", "close"));
    }

    [Theory]
    [InlineData("The shipping line has spent almost $1bn so far", "spent", "spend")]
    [InlineData("The insurer has paid out more than $120m to fishermen", "paid", "pay")]
    [InlineData("Crews have poured more than 600,000 gallons of dispersant on to the slick", "poured", "pour")]
    [InlineData("The president has played golf at least seven times since the blast", "played", "play")]
    [InlineData("So far , the shipping line has spent $2bn fighting the spill", "spent", "spend")]
    [InlineData("To date the insurer has paid $120m to fishermen", "paid", "pay")]
    public void A_rounded_total_in_the_perfect_is_a_running_total(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("The insurer paid more than $120m to fishermen", "paid", "pay")]
    [InlineData("The insurer has paid $120m to fishermen", "paid", "pay")]
    [InlineData("The ministry has sent more inspectors to the harbour", "sent", "send")]
    [InlineData("The shipping line has committed to pay $2bn into the fund over the next three years", "committed", "commit")]
    public void A_payment_told_once_or_without_a_rounded_amount_is_no_running_total(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("The council has spent thousands trying to clean up the harbour", "spent", "spend", true)]
    [InlineData("Maersk has lost millions on the route", "lost", "lose", true)]
    [InlineData("Maersk has paid out billions in claims", "paid", "pay", true)]
    [InlineData("Maersk spent thousands on the cleanup", "spent", "spend", false)]
    [InlineData("Maersk has paid the fine", "paid", "pay", false)]
    public void A_running_amount_given_as_its_order_of_magnitude_is_a_statistic(string clause, string verb, string lemma, bool statistic)
    {
        Assert.Equal(statistic, IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("As of Monday , the agency had received 420 reports of sick nurses", "received", "receive")]
    [InlineData("The insurer had paid out $ 40 million as of Friday", "paid", "pay")]
    public void A_count_up_to_a_day_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Fact]
    public void A_count_up_to_a_day_in_a_relative_clause_belongs_to_that_clause()
    {
        Assert.False(IsStatistic("Novartis is developing a vaccine against the virus , which had infected 500 people as of Monday", "developing", "develop"));
    }

    [Theory]
    [InlineData("Norway exported $ 3 billion of salmon to Japan last year", "exported", "export")]
    [InlineData("The firm paid taxes of £ 2bn last year", "paid", "pay")]
    [InlineData("In 2009 , the firm spent nearly $ 16m on lobbying the government", "spent", "spent")]
    [InlineData("In 2009 , the firm paid $ 8.4 bn of corporate taxes for the year", "paid", "paid")]
    [InlineData("Maersk shipped 400,000 tonnes of grain during 2008", "shipped", "ship")]
    public void An_amount_over_a_whole_year_is_its_total(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("The firm agreed last year to pay $ 1 billion", "agreed", "agree")]
    [InlineData("The firm paid $ 1 billion to the state on Monday", "paid", "pay")]
    [InlineData("Earlier this year , the fund made a $ 15-a-share offer for the firm", "made", "make")]
    [InlineData("Late last year , the fund made a $ 20 million offer for the firm", "made", "make")]
    [InlineData("Last year , the firm earned $ 480 million on sales of $ 4 billion", "earned", "earn")]
    [InlineData("In 2005 , the firm paid a record $ 50m fine for the blast", "paid", "pay")]
    [InlineData("The firm paid a $ 2m penalty last year", "paid", "pay")]
    [InlineData("In 2009 , Lars Holm received a performance bonus of more than $ 3 million", "received", "receive")]
    [InlineData("In 2008 , Maersk paid C$ 1.2 billion ( $ 1.8 billion ) for rights to explore three blocks", "paid", "paid")]
    [InlineData("In 2009 and 2010 the firm spent $ 16m on lobbying", "spent", "spend")]
    public void An_amount_without_a_whole_year_or_a_verb_of_trade_is_no_total(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Nokia took the top spot in the annual list of brands", "took", "take")]
    [InlineData("Nokia was ranked ninth among European brands", "ranked", "rank")]
    public void A_place_in_a_ranking_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.False(IsStatistic("Nokia finished third in the race", "finished", "finish"));
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Theory]
    [InlineData("Nokia beat City forecasts with a 40 % rise in sales", "beat", "beat")]
    [InlineData("Nokia missed analysts' estimates", "missed", "miss")]
    public void A_result_set_against_forecasts_is_a_statistic(string clause, string verb, string lemma)
    {
        Assert.True(IsStatistic(clause, verb, lemma));
    }

    [Fact]
    public void Issuing_forecasts_is_a_happening()
    {
        Assert.False(IsStatistic("The weather service issued forecasts for the coast", "issued", "issue"));
    }
}
