using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>
/// Titles that would lose what happened: an answer that does not say what it was, "joined" without what was done together,
/// and a headline run on into its standfirst; tested through the whole extractor.
/// </summary>
public sealed class HeadlineBuilderCutTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private List<TimelineEvent> Events(string body) => fixture.Extract(body, Published).Events;

    [Theory]
    [InlineData("Maersk has struck back however, accusing Lars Holm of lying.", "struck")]
    [InlineData("Maersk hit back this afternoon, saying the report was unfair.", "hit")]
    [InlineData("Lars Holm reacted when the ferry sank.", "reacted")]
    public void An_answer_that_does_not_say_what_it_was_is_not_told(string sentence, string trigger)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Sources[0].Trigger == trigger);
    }

    [Fact]
    public void An_answer_with_its_target_is_told()
    {
        Assert.Contains(Events("Maersk has struck back at Lars Holm over the report."), e => e.Title == "Maersk has struck back at Lars Holm over the report");
    }

    [Fact]
    public void Joining_others_in_doing_something_is_not_told_as_joining_them()
    {
        Assert.DoesNotContain(Events("Lars Holm has joined the Nordic Council, Fjord Bank and the Aarhus Port Authority in stating that herring is safe to eat."),
            e => e.Sources[0].Trigger == "joined");
    }

    [Fact]
    public void Joining_a_body_is_told()
    {
        Assert.Contains(Events("Lars Holm joined the Nordic Council in 2019."), e => e.Title == "Lars Holm joined the Nordic Council");
    }

    [Fact]
    public void A_headline_glued_to_its_standfirst_ends_before_the_standfirst()
    {
        Assert.Contains(Events("Maersk accused of dumping waste in fjord operation Campaigners press Nordic Council to halt the ferry route"),
            e => e.Title == "Maersk accused of dumping waste in fjord operation");
    }

    [Fact]
    public void The_infinitive_of_a_noun_before_an_of_phrase_stays_with_it()
    {
        Assert.Contains(Events("Lars Holm accepted the recommendation of the experts to close the yard."),
            e => e.Title == "Lars Holm accepted the recommendation of the experts to close the yard");
    }

    [Fact]
    public void A_recommendation_too_long_to_keep_with_its_infinitive_is_not_told_without_it()
    {
        Assert.DoesNotContain(Events("Lars Holm said he had accepted the proposal of the harbour engineers to close the Fjord ferry terminal in Aarhus."),
            e => e.Sources[0].Trigger == "accepted");
    }

    [Theory]
    [InlineData("Norway has declared a health emergency and in Sweden, where 12 people have died, the government has closed schools.", "Norway has declared a health emergency")]
    public void A_phrase_set_off_by_a_comma_after_and_opens_another_clause(string sentence, string title) =>
        Assert.Contains(Events(sentence), e => e.Title == title);

    [Fact]
    public void A_coordinated_phrase_that_ends_the_sentence_stays() =>
        Assert.Contains(Events("Maersk opened offices in Aarhus and in Oslo on Monday."), e => e.Title == "Maersk opened offices in Aarhus and in Oslo");
}
