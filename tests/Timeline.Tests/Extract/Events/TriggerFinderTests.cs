using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

public sealed class TriggerFinderTests
{
    private static readonly TriggerFinder Finder = new(TriggerLexicon.Default);

    private static (string Trigger, TriggerMatch Match)? Find(string clause)
    {
        var tokens = Tokenizer.Tokenize(clause);
        return Finder.Find(tokens) is { } m ? (tokens[m.Token].Text, m) : null;
    }

    [Fact]
    public void Knows_irregular_and_regular_verb_forms()
    {
        var lexicon = TriggerLexicon.Default;

        Assert.Equal(("meet", true), (lexicon.Find("Met")?.Lemma, lexicon.Find("Met")?.IsPast ?? false));
        Assert.True(lexicon.Find("visited")?.IsPast);
        Assert.True(lexicon.Find("visits")?.IsPresent);
        Assert.True(lexicon.Find("talks")?.IsNoun);
        Assert.Null(lexicon.Find("breakfast"));
    }

    [Theory]
    [InlineData("Maersk cut 500 jobs", "cut")]
    [InlineData("The central bank raised interest rates", "raised")]
    [InlineData("Maersk slashed its dividend", "slashed")]
    [InlineData("Maersk reduced its stake in Fjord Line", "reduced")]
    [InlineData("The central bank lowered its forecast", "lowered")]
    public void A_decision_to_change_an_amount_is_a_trigger(string clause, string trigger)
    {
        Assert.Equal(trigger, Find(clause)?.Trigger);
    }

    [Theory]
    [InlineData("The plan lists a firm called Vell Response as a supplier")]
    [InlineData("Relief came from a charity called Fjord Aid")]
    public void A_participle_naming_a_thing_just_introduced_is_no_trigger(string clause)
    {
        Assert.NotEqual("called", Find(clause)?.Trigger);
    }

    [Theory]
    [InlineData("The company called Holm a liar", "called")]
    [InlineData("Maersk called Lars Holm on Monday", "called")]
    public void Calling_someone_something_is_a_trigger(string clause, string trigger)
    {
        Assert.Equal(trigger, Find(clause)?.Trigger);
    }

    [Fact]
    public void Takes_a_past_verb_as_the_trigger()
    {
        var found = Find("The envoy visited Hanoi");

        Assert.Equal("visited", found?.Trigger);
        Assert.True(found?.Match.IsPast);
    }

    [Fact]
    public void Takes_the_noun_after_a_light_verb_as_the_trigger()
    {
        Assert.Equal("talks", Find("The ministers held talks in Oslo")?.Trigger);
        Assert.Equal("visit", Find("She embarked on a state visit")?.Trigger);
    }

    [Theory]
    [InlineData("Ida Berg chaired a meeting of ministers on Sunday", "chaired")]
    [InlineData("Ida Berg convened an emergency meeting of her cabinet", "convened")]
    public void Takes_chairing_or_convening_a_meeting_as_a_light_verb_with_its_noun(string sentence, string verb)
    {
        var found = Find(sentence);

        Assert.Equal("meeting", found?.Trigger);
        Assert.Equal(sentence.Split(' ').ToList().IndexOf(verb), found?.Match.Verb);
    }

    [Theory]
    [InlineData("The chairman kept his seat amid fierce criticism of the budget", "criticism")]
    [InlineData("The historian cited the seizure of the mills during the war", "war")]
    [InlineData("The coach will leave the club by mutual agreement", "agreement")]
    [InlineData("The firm said a deal with the lender was more likely", "deal")]
    [InlineData("An official said the envoy's visit was routine", "visit")]
    [InlineData("Ida Berg will serve as chief executive until the deal closes", "deal")]
    [InlineData("Ida Berg will serve as chairman while the merger goes ahead", "merger")]
    [InlineData("The coach will stay on until the deal closes", "deal")]
    [InlineData("The coach will stay on unless talks fail", "talks")]
    public void Takes_no_noun_outside_the_verbs_object(string clause, string noun)
    {
        Assert.NotEqual(noun, Find(clause)?.Trigger);
    }

    [Theory]
    [InlineData("The two leaders wrung an agreement from the lenders", "agreement")]
    [InlineData("The president will make his fourth trip to the region", "trip")]
    [InlineData("Fresh talks between the two unions in the capital", "talks")]
    public void Takes_a_noun_that_is_the_verbs_object(string clause, string noun)
    {
        Assert.Equal(noun, Find(clause)?.Trigger);
    }

    [Fact]
    public void Reads_a_word_after_an_infinitive_to_as_a_verb_not_a_light_verbs_noun()
    {
        Assert.NotEqual("deal", Find("The fishermen had to deal with the storm and the oil")?.Trigger);
    }

    [Fact]
    public void Flags_the_trigger_of_a_negated_clause()
    {
        Assert.True(Find("Kenya did not sign the accord")?.Match.IsNegated);
        Assert.True(Find("The minister never visited Oslo")?.Match.IsNegated);
        Assert.False(Find("The minister visited Oslo")?.Match.IsNegated);
    }

    [Theory]
    [InlineData("Ghana has also supplied grain")]
    [InlineData("Ghana has since been fined")]
    [InlineData("Ghana has already supplied grain")]
    public void Reads_a_perfect_tense_with_an_adverb_inside(string clause)
    {
        Assert.True(Find(clause)?.Match.IsPerfect);
    }

    [Fact]
    public void Reads_a_past_perfect_with_an_adverb_inside_as_no_present_perfect()
    {
        Assert.False(Find("Ghana had also supplied grain")?.Match.IsPerfect);
    }

    [Fact]
    public void Reads_a_perfect_tense_as_ongoing()
    {
        var found = Find("Ghana has supplied grain");

        Assert.True(found?.Match.IsPerfect);
    }

    [Fact]
    public void Marks_a_definite_noun_as_a_possible_repeat()
    {
        Assert.True(Find("The summit drew crowds")?.Match.IsDefiniteNoun);
    }

    [Fact]
    public void Falls_back_to_the_reporting_verb_as_a_statement()
    {
        var found = Find("The spokesman said the weather was fine");

        Assert.Equal("said", found?.Trigger);
        Assert.True(found?.Match.IsStatement);
    }

    [Theory]
    [InlineData("Lars Holm lifted the state of emergency")]
    [InlineData("Maersk published a report on the spill")]
    public void A_reporting_word_after_a_determiner_is_a_noun_not_the_statement(string clause) =>
        Assert.NotEqual(true, Find(clause)?.Match.IsStatement);

    [Fact]
    public void A_reporting_verb_without_a_determiner_is_still_the_statement() =>
        Assert.True(Find("Lars Holm stated his view")?.Match.IsStatement);

    [Theory]
    [InlineData("Nordea chair Ida Berg signed the accord on Monday", "signed")]
    [InlineData("Lars Holm chaired the meeting on Monday", "meeting")]
    [InlineData("Lars Holm will chair the talks in Oslo", "talks")]
    public void A_light_word_between_a_body_and_a_person_is_a_title(string clause, string trigger)
    {
        Assert.Equal(trigger, Find(clause)?.Trigger);
    }
}
