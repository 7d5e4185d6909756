using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>The other side of a meeting, a call or a trade is a participant: named in a "with" phrase, or by its capital.</summary>
public sealed class OtherPartyTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private TimelineEvent ByTrigger(string body, string trigger) => fixture.ByTrigger(body, Published, trigger);

    [Fact]
    public void Counterparts_from_a_capital_are_its_country()
    {
        var met = ByTrigger("Norway and Chile signed a fishing accord in March. Norway met its counterparts from Santiago on Tuesday to settle the quotas.", "met");

        Assert.Contains("chile", met.Actors);
    }

    [Fact]
    public void Flights_from_a_capital_name_a_place()
    {
        var suspended = ByTrigger("Chile is worried. Norway suspended all flights from Santiago on Tuesday.", "suspended");

        Assert.DoesNotContain("chile", suspended.Actors);
    }

    [Fact]
    public void A_with_phrase_of_a_call_names_the_other_side()
    {
        var discuss = ByTrigger("Mette Frederiksen will discuss the shipping dispute in a long telephone conversation with the US president tomorrow.", "discuss");

        Assert.Contains("united-states", discuss.Actors);
    }

    [Fact]
    public void A_country_office_in_the_with_phrase_is_the_one_person_named_with_it()
    {
        var discuss = ByTrigger("US President Lars Holm visited Aarhus last week. Mette Frederiksen will discuss the shipping dispute in a long telephone conversation with the US president tomorrow.", "discuss");

        Assert.Contains("lars-holm", discuss.Actors);
        Assert.DoesNotContain("united-states", discuss.Actors);
    }

    [Fact]
    public void A_demonym_office_in_the_with_phrase_is_its_country_when_no_one_holds_it()
    {
        var discuss = ByTrigger("Mette Frederiksen will discuss the shipping dispute in a long telephone conversation with the Swedish prime minister tomorrow.", "discuss");

        Assert.Contains("sweden", discuss.Actors);
    }

    [Fact]
    public void A_briefing_with_an_adviser_names_the_adviser_not_whose_adviser()
    {
        var went = ByTrigger("After the vote, Lars Holm went straight into a briefing on the strike with Maersk's security adviser Ida Berg, his spokesman said.", "went");

        Assert.Contains("ida-berg", went.Actors);
        Assert.DoesNotContain("maersk", went.Actors);
    }

    [Fact]
    public void A_with_phrase_after_another_clause_is_not_the_other_side()
    {
        var arrived = ByTrigger("Maersk is worried. Mette Frederiksen arrived in Aarhus on Monday to meet with Maersk.", "arrived");

        Assert.DoesNotContain("maersk", arrived.Actors);
    }

    [Fact]
    public void A_time_after_a_country_is_no_noun_it_modifies()
    {
        var sold = ByTrigger("Chile sold two frigates to Norway last month.", "sold");

        Assert.Contains("norway", sold.Actors);
    }
}
