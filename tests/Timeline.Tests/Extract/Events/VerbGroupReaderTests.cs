using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>The auxiliaries before an event verb say whether it happened, goes on, is planned, or is only considered.</summary>
public sealed class VerbGroupReaderTests
{
    private static VerbGroup Read(string clause, string verb, bool afterPastReport = false)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);
        var index = words.LastIndexOf(verb);
        Assert.True(index >= 0, $"'{verb}' is not a token of '{clause}'");
        return VerbGroupReader.Read(words, tags, index, afterPastReport);
    }

    [Theory]
    [InlineData("Moody's has cut its rating three notches", "cut", "has")]
    [InlineData("McDonald's will close the restaurant", "close", "will")]
    [InlineData("He's been arrested in Aarhus", "arrested", "He")]
    public void An_s_before_a_finite_auxiliary_ends_the_name_it_is_no_contraction(string clause, string verb, string first)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();

        Assert.Equal(first == "He" ? words.IndexOf("'s") : words.IndexOf(first), Read(clause, verb).Start);
    }

    [Theory]
    [InlineData("The mayor has signed the budget", "signed")]
    [InlineData("The mayor signed the budget", "signed")]
    [InlineData("The mayor had agreed to the plan", "agreed")]
    [InlineData("The mayor was arrested", "arrested")]
    [InlineData("The mayor did sign the budget", "sign")]
    [InlineData("The mayor was negotiating with the union", "negotiating")]
    public void A_past_or_perfect_verb_group_happened(string clause, string verb)
    {
        Assert.Equal(VerbMood.Happened, Read(clause, verb).Mood);
    }

    [Theory]
    [InlineData("The mayor is negotiating with the union", "negotiating")]
    [InlineData("The mayor continues to negotiate with the union", "negotiate")]
    public void A_progressive_present_or_continues_to_is_ongoing(string clause, string verb)
    {
        Assert.Equal(VerbMood.Ongoing, Read(clause, verb).Mood);
    }

    [Theory]
    [InlineData("The agency was still searching for the crew", "searching")]
    [InlineData("Rescuers were still clearing the road", "clearing")]
    public void A_past_progressive_said_to_continue_is_ongoing(string clause, string verb)
    {
        Assert.Equal(VerbMood.Ongoing, Read(clause, verb).Mood);
    }

    [Theory]
    [InlineData("The agency was still reviewing the plan", "reviewing")]
    [InlineData("The ministry is monitoring the situation", "monitoring")]
    [InlineData("The regulator was considering a fine", "considering")]
    public void Attention_or_deliberation_in_the_progressive_is_a_state_not_a_happening(string clause, string verb)
    {
        Assert.Equal(VerbMood.Present, Read(clause, verb).Mood);
    }

    [Theory]
    [InlineData("The mayor nearly resigned", "resigned")]
    [InlineData("The bridge almost collapsed", "collapsed")]
    public void What_nearly_happened_did_not_happen(string clause, string verb)
    {
        Assert.True(Read(clause, verb).Negated);
    }

    [Theory]
    [InlineData("The council would still have to strike a deal with the union", "strike", true)]
    [InlineData("The council will have to repay the grant", "repay", true)]
    [InlineData("The council has to repay the grant", "repay", true)]
    [InlineData("The council has agreed to repay the grant", "repay", false)]
    [InlineData("The council has repaid the grant", "repaid", false)]
    [InlineData("The council would still have to strike a deal with the union", "have", true)]
    [InlineData("The council will have to reach a deal with the union", "have", true)]
    public void What_must_be_done_is_neither_a_happening_nor_a_plan(string clause, string verb, bool judgement)
    {
        Assert.Equal(judgement, Read(clause, verb, afterPastReport: true).Mood == VerbMood.Hypothetical);
    }

    [Theory]
    [InlineData("The mayor will visit the harbour", "visit")]
    [InlineData("The mayor plans to visit the harbour", "visit")]
    [InlineData("The mayor is to visit the harbour", "visit")]
    [InlineData("The mayor is set to visit the harbour", "visit")]
    [InlineData("The mayor has agreed to pay the fine", "pay")]
    public void Will_and_a_plan_verb_before_to_are_planned(string clause, string verb)
    {
        Assert.Equal(VerbMood.Planned, Read(clause, verb).Mood);
    }

    [Fact]
    public void A_plan_verb_and_its_auxiliaries_start_the_group()
    {
        var group = Read("The mayor is set to sign the budget", "sign");

        Assert.Equal(2, group.Start);
        Assert.Equal(5, group.Verb);
    }

    [Theory]
    [InlineData("The mayor could meet the union", "meet")]
    [InlineData("The mayor is expected to sign the budget", "sign")]
    [InlineData("The mayor might resign", "resign")]
    [InlineData("The mayor wants to visit the harbour", "visit")]
    [InlineData("The mayor tried to sign the budget", "sign")]
    [InlineData("The mayor would resign", "resign")]
    public void A_modal_or_a_wish_is_hypothetical(string clause, string verb)
    {
        Assert.Equal(VerbMood.Hypothetical, Read(clause, verb).Mood);
    }

    [Theory]
    [InlineData("The mayor was prepared to veto the budget", "veto", VerbMood.Hypothetical)]
    [InlineData("The mayor is fully prepared to veto the budget", "veto", VerbMood.Hypothetical)]
    [InlineData("The mayor prepared to veto the budget", "veto", VerbMood.Planned)]
    [InlineData("The mayor is preparing to veto the budget", "veto", VerbMood.Planned)]
    [InlineData("The mayor has been preparing to veto the budget", "veto", VerbMood.Ongoing)]
    [InlineData("Maersk have been planning to sell the yard", "sell", VerbMood.Ongoing)]
    [InlineData("Maersk had been planning to sell the yard", "sell", VerbMood.Planned)]
    [InlineData("The mayor was committed to making sure the harbour is saved", "committed", VerbMood.Present)]
    [InlineData("The charity is dedicated to helping victims", "dedicated", VerbMood.Present)]
    [InlineData("The mayor was committed to a psychiatric hospital", "committed", VerbMood.Happened)]
    public void A_stance_after_be_is_no_plan_and_no_act(string clause, string verb, VerbMood mood)
    {
        Assert.Equal(mood, Read(clause, verb).Mood);
    }

    [Theory]
    [InlineData("he would have fired the chief executive", "fired")]
    [InlineData("the valve would have prevented the blowout", "prevented")]
    public void Would_have_is_counterfactual_even_after_a_past_report(string clause, string verb)
    {
        Assert.Equal(VerbMood.Hypothetical, Read(clause, verb, afterPastReport: true).Mood);
    }

    [Theory]
    [InlineData("The mayor did not sign the budget", "sign")]
    [InlineData("The mayor has never visited the harbour", "visited")]
    [InlineData("The mayor will not sign the budget", "sign")]
    [InlineData("The mayor no longer visits the harbour", "visits")]
    public void Not_never_and_no_longer_negate_the_group(string clause, string verb)
    {
        Assert.True(Read(clause, verb).Negated);
    }

    [Fact]
    public void A_plain_past_is_not_negated()
    {
        Assert.False(Read("The mayor signed the budget", "signed").Negated);
    }

    [Fact]
    public void The_simple_present_is_present()
    {
        Assert.Equal(VerbMood.Present, Read("The mayor meets the union", "meets").Mood);
    }

    [Fact]
    public void A_bare_participle_is_non_finite()
    {
        Assert.Equal(VerbMood.NonFinite, Read("Protesters marching through the city", "marching").Mood);
    }

    [Fact]
    public void Would_after_a_past_reporting_verb_is_a_planned_reported_future()
    {
        var group = Read("The mayor said she would resign", "resign", afterPastReport: true);

        Assert.Equal(VerbMood.Planned, group.Mood);
        Assert.True(group.ReportedFuture);
    }

    [Fact]
    public void Would_outside_reported_speech_is_no_reported_future()
    {
        Assert.False(Read("The mayor would resign", "resign").ReportedFuture);
    }

    [Fact]
    public void Be_before_a_past_participle_is_passive()
    {
        Assert.True(Read("The mayor was arrested", "arrested").Passive);
        Assert.False(Read("The mayor arrested the thief", "arrested").Passive);
    }

    [Fact]
    public void Had_before_the_verb_is_a_past_perfect()
    {
        Assert.True(Read("The mayor had signed the budget", "signed").PastPerfect);
        Assert.False(Read("The mayor has signed the budget", "signed").PastPerfect);
    }

    [Fact]
    public void Has_or_have_before_the_verb_is_a_present_perfect()
    {
        Assert.True(Read("The mayor has signed the budget", "signed").PresentPerfect);
        Assert.True(Read("The mayors have been fined", "fined").PresentPerfect);
        Assert.False(Read("The mayor had signed the budget", "signed").PresentPerfect);
        Assert.False(Read("The mayor signed the budget", "signed").PresentPerfect);
    }

    [Fact]
    public void An_adverb_inside_the_group_does_not_end_it()
    {
        var group = Read("The mayor has also signed the budget", "signed");

        Assert.Equal(VerbMood.Happened, group.Mood);
        Assert.Equal(2, group.Start);
    }

    [Fact]
    public void The_possessive_ending_of_a_name_before_a_past_tense_is_no_auxiliary()
    {
        var group = Read("Halvor's downgraded the bank's credit rating", "downgraded");

        Assert.Equal(VerbMood.Happened, group.Mood);
        Assert.False(group.Passive);
    }

    [Fact]
    public void A_contracted_is_before_a_participle_still_reads_as_passive()
    {
        Assert.True(Read("The port 's closed by the strike", "closed").Passive);
    }

    [Fact]
    public void What_is_too_soon_to_do_is_not_done()
    {
        Assert.True(Read("Maersk said it was still too soon to reach a conclusion", "reach").Negated);
        Assert.False(Read("Maersk said it was ready to reach a deal", "reach").Negated);
    }
}
