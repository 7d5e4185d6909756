using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>Hand-written titles, good and bad: each bad one breaks exactly the rule it is listed under.</summary>
public sealed class HeadlineRulesTests
{
    [Theory]
    [InlineData("BP capped the leaking well")]
    [InlineData("WHO declared a flu pandemic")]
    [InlineData("US regulators approved the vaccine in May")]
    [InlineData("iPhone sales rose")]
    [InlineData("11 workers died in the rig explosion")]
    [InlineData("Obama met Hayward at the White House")]
    [InlineData("The company called the meeting off")]
    [InlineData("NASA (the space agency) launched the probe")]
    [InlineData("Tony Hayward said \"we will stop the leak\"")]
    [InlineData("Monday's vote was postponed")]
    [InlineData("Mexico closed schools as the virus spread")]
    public void A_plain_headline_breaks_no_rule(string title)
    {
        Assert.Empty(HeadlineRules.Check(title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - ")]
    public void A_title_without_words_is_empty_and_nothing_else(string title)
    {
        Assert.Equal([HeadlineViolation.Empty], HeadlineRules.Check(title));
    }

    [Fact]
    public void Fourteen_words_are_allowed_and_fifteen_are_too_long()
    {
        const string Fourteen = "BP engineers lowered a steel dome over the larger of two leaks near Louisiana";
        Assert.Empty(HeadlineRules.Check(Fourteen));
        Assert.Equal([HeadlineViolation.TooLong], HeadlineRules.Check(Fourteen + " yesterday"));
    }

    [Fact]
    public void An_ampersand_is_read_as_and_and_counted_as_a_word()
    {
        // Fourteen with "&": "Holm & Berg" is three words, as a reader says them.
        Assert.Empty(HeadlineRules.Check("Maersk has beefed up its legal department by hiring the firm Holm & Berg"));
        Assert.Equal([HeadlineViolation.TooLong], HeadlineRules.Check("Maersk has beefed up its legal department by hiring the Oslo firm Holm & Berg"));
    }

    [Fact]
    public void A_lone_dash_is_not_counted_as_a_word()
    {
        Assert.Empty(HeadlineRules.Check("BP engineers lowered a steel dome over the larger leak — the one near Louisiana"));
    }

    [Theory]
    [InlineData("But the spill kept growing")]
    [InlineData("And Obama visited the coast")]
    [InlineData("However, the well held")]
    [InlineData("Meanwhile BP shares fell")]
    [InlineData("Although officials denied it")]
    [InlineData("He told reporters the leak was small")]
    [InlineData("It's the worst spill in US history")]
    [InlineData("They closed the schools")]
    [InlineData("This prompted a recall")]
    [InlineData("Their shares fell sharply")]
    [InlineData("Which led to new rules")]
    [InlineData("There were 20 new cases")]
    [InlineData("\"We will fight back\", Hayward said")]
    [InlineData("the rig sank in the Gulf")]
    [InlineData("officials closed the beach")]
    public void A_title_leaning_on_a_missing_sentence_fails_on_its_first_word(string title)
    {
        Assert.Equal([HeadlineViolation.FirstWord], HeadlineRules.Check(title));
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - Health officials confirmed new cases")]
    [InlineData("GENEVA, June 11 (Reuters) - The WHO raised its alert")]
    [InlineData("NEW ORLEANS — Crews burned oil off the coast")]
    [InlineData("LONDON/NEW YORK - Oil prices rose")]
    [InlineData("Mexico City (AP) Schools were closed")]
    [InlineData("Flu cases rose - officials")]
    [InlineData("By Maggie Lee Health officials reported cases")]
    [InlineData("Reporting by Ana Ruiz; Editing by Tom Hale")]
    [InlineData("UPDATE 2-Mexico closes schools")]
    [InlineData("Monday, 12 June 2009 Health officials met")]
    [InlineData("Mon Mar 2, 2009 4:23 pm EST Officials warned")]
    [InlineData("12 June 2009 Officials met")]
    [InlineData("June 12, 2009 Officials met")]
    [InlineData("Page last updated at 10:39 GMT")]
    [InlineData("Last updated at 11:02 BST")]
    [InlineData("Photograph: Ann Lee/AP Robots dived to the seabed")]
    [InlineData("Article first published on guardian.co.uk at 10.00 BST")]
    public void A_title_carrying_page_or_wire_leftovers_is_a_dateline(string title)
    {
        Assert.Contains(HeadlineViolation.Dateline, HeadlineRules.Check(title));
    }

    [Theory]
    [InlineData("By Friday BP had capped the well")]
    [InlineData("NATO-led forces withdrew")]
    [InlineData("UN agencies sent aid")]
    [InlineData("CDC (the health agency) reported deaths")]
    public void Acronyms_and_a_deadline_are_not_datelines(string title)
    {
        Assert.DoesNotContain(HeadlineViolation.Dateline, HeadlineRules.Check(title));
    }

    [Theory]
    [InlineData("Hayward said \"we are sorry")]
    [InlineData("Hayward said “we are sorry")]
    [InlineData("Hayward said we are sorry”")]
    [InlineData("BP (the oil firm apologised")]
    [InlineData("BP the oil firm) apologised")]
    [InlineData("BP [the oil firm apologised")]
    [InlineData("Hayward) said (we are sorry")]
    public void Quotes_and_brackets_that_do_not_pair_up_are_unbalanced(string title)
    {
        Assert.Equal([HeadlineViolation.UnbalancedQuotes], HeadlineRules.Check(title));
    }

    [Theory]
    [InlineData("BP held talks with the")]
    [InlineData("Officials said that")]
    [InlineData("Obama flew to")]
    [InlineData("The leak worsened because")]
    [InlineData("BP moved its")]
    [InlineData("Engineers said the dome would")]
    [InlineData("The spill was")]
    [InlineData("Officials met in Houston and")]
    [InlineData("Officials met in Houston,")]
    [InlineData("Officials met the owners of.")]
    public void A_title_that_stops_mid_phrase_is_truncated(string title)
    {
        Assert.Equal([HeadlineViolation.Truncated], HeadlineRules.Check(title));
    }

    [Theory]
    [InlineData("Schools reopened in May")]
    [InlineData("Engineers tried Plan A")]
    [InlineData("BP stepped in")]
    [InlineData("Obama met her")]
    public void A_capitalised_name_or_a_particle_at_the_end_is_not_a_truncation(string title)
    {
        Assert.Empty(HeadlineRules.Check(title));
    }

    [Fact]
    public void A_title_can_break_several_rules_reported_in_a_fixed_order()
    {
        var violations = HeadlineRules.Check("but WASHINGTON (Reuters) - officials said on Monday that the flu had spread to six more states in the");

        Assert.Equal([HeadlineViolation.TooLong, HeadlineViolation.FirstWord, HeadlineViolation.Dateline, HeadlineViolation.Truncated], violations);
    }
}
