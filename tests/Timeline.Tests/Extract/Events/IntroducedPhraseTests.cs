using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>A title's definite object is told with what the article first said it was of, on or for.</summary>
public sealed class IntroducedPhraseTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Maersk copied the map", "Greenpeace drew a map of the slick's spread across the coast.", "Maersk copied the map of the slick's spread")]
    [InlineData("Maersk attended the hearing on Friday", "The Senate held a hearing before the energy committee.", "Maersk attended the hearing before the energy committee on Friday")]
    [InlineData("Maersk answered the inquiry", "Norway opened an inquiry into the tanker collision.", "Maersk answered the inquiry into the tanker collision")]
    public void The_object_is_told_as_it_was_introduced(string title, string earlier, string expected)
    {
        Assert.Equal(expected, IntroducedPhrase.Fuller(title, title.Split(' ')[1], earlier, earlier));
    }

    [Theory]
    [InlineData("Maersk copied the map", "Greenpeace drew a map of the coast. Later Norway drew a map.")]
    [InlineData("Maersk copied the map", "Greenpeace drew a map of the coast on Monday. The map was wrong. The map was redrawn. Another map was made. A map was lost. A map was found.")]
    [InlineData("Maersk answered the inquiry", "Norway opened an inquiry into their collision.")]
    [InlineData("Maersk reopened the port", "Norway closed the port for repairs.")]
    [InlineData("Maersk broke the limit", "Norway set a limit on fish catches.")]
    [InlineData("Maersk attended the hearing", "Norway held a hearing on Monday.")]
    [InlineData("Maersk waived the liability cap", "Norway set a cap on liability.")]
    public void The_object_is_kept_when_the_earlier_text_does_not_say_which(string title, string earlier)
    {
        Assert.Equal(title, IntroducedPhrase.Fuller(title, title.Split(' ')[1], earlier, earlier));
    }

    [Theory]
    [InlineData("Maersk passed the bill", "Norway drafted a $2 billion rescue bill.", "Maersk passed the $2 billion rescue bill")]
    [InlineData("Maersk called off the strike", "Dockers began a 12-hour strike.", "Maersk called off the 12-hour strike")]
    [InlineData("Maersk backed the bill", "Holm tabled a Senate energy bill. The bill was long.", "Maersk backed the Senate energy bill")]
    public void A_bare_object_is_told_with_the_words_that_first_said_which_one(string title, string earlier, string expected)
    {
        Assert.Equal(expected, IntroducedPhrase.Fuller(title, title.Split(' ')[1], earlier, earlier));
    }

    [Theory]
    [InlineData("Maersk passed the bill", "Norway drafted a new bill.")]
    [InlineData("Maersk passed the bill", "Norway drafted a bill.")]
    [InlineData("Maersk passed the bill", "Norway drafted a $2 billion rescue bill. Then it drafted another bill.")]
    [InlineData("Maersk called off the strike", "Dockers began a Monday strike.")]
    public void A_bare_object_is_kept_when_the_first_words_do_not_say_which(string title, string earlier)
    {
        Assert.Equal(title, IntroducedPhrase.Fuller(title, title.Split(' ')[1], earlier, earlier));
    }

    [Fact]
    public void Only_a_mention_a_few_sentences_back_says_which()
    {
        var earlier = "Norway drafted a $2 billion rescue bill. " + string.Concat(Enumerable.Repeat("The weather in Oslo stayed cold and wet all week. ", 14));

        Assert.Equal("Maersk passed the bill", IntroducedPhrase.Fuller("Maersk passed the bill", "passed", earlier, earlier));
    }

    [Fact]
    public void A_verb_that_acts_by_its_object_is_the_clause_s_verb_before_a_noun_after_it()
    {
        var events = fixture.Extract("Maersk drafted a $2 billion rescue bill on Monday.\n\nMaersk passed the bill on Tuesday by 90 votes to 79.", Published).Events;

        var passed = Assert.Single(events, e => e.Sources[0].Trigger == "passed");
        Assert.Equal("Maersk passed the $2 billion rescue bill by 90 votes to 79", passed.Title);
        Assert.Equal("2024-03-12", passed.Date.Value);
    }

    [Fact]
    public void A_title_that_pointed_back_is_told_when_the_article_said_which()
    {
        var events = fixture.Extract("Greenpeace published a map of the slick's spread on Monday. Maersk copied the map on Tuesday.", Published).Events;
        var copied = Assert.Single(events, e => e.Sources[0].Trigger == "copied");
        Assert.Equal("Maersk copied the map of the slick's spread", copied.Title);
    }
}
