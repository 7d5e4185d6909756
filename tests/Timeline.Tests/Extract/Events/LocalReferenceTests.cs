using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>A definite object the article names only once points back to an earlier sentence; a topic it names again does not.</summary>
public sealed class LocalReferenceTests
{
    private const string Story =
        "The ferry sank off Bornholm on Monday. Divers reached the ferry at dawn. The ferry's owner said the ferry was insured. "
        + "Maersk sent a tug. The minister praised the response. The ferry carried 300 passengers. Salvage crews will refloat the ferry. "
        + "A Danish vessel stood by. The vessel's captain saw the ferry list. The vessel left at noon.";

    private static string Verb(string title) => title.Split(' ').First(w => w is "hailed" or "chartered" or "rejected" or "raised" or "sent" or "filmed" or "called" or "left" or "disputed");

    [Theory]
    [InlineData("Mette Frederiksen hailed the news")]
    [InlineData("Maersk called off the visit")]
    [InlineData("Maersk chartered the vessel")]
    [InlineData("Lars Jensen rejected his offer")]
    [InlineData("Maersk rejected the isolation measures")]
    [InlineData("Maersk disputed the commission's findings")]
    public void A_definite_object_named_once_points_back(string title)
    {
        Assert.True(LocalReference.PointsBack(title, Verb(title), Story + " The news came late."));
    }

    [Fact]
    public void A_noun_named_a_few_times_is_not_yet_the_story_s_topic()
    {
        // "the vessel" is named three times: still a reference to a sentence the timeline does not show.
        Assert.True(LocalReference.PointsBack("Maersk chartered the vessel", "chartered", Story));
    }

    [Theory]
    [InlineData("Mette Frederiksen hailed it")]
    [InlineData("Maersk promised to refloat them")]
    public void An_object_pronoun_at_the_end_points_back(string title)
    {
        Assert.True(LocalReference.PointsBack(title, title.Split(' ')[^2], Story));
    }

    [Theory]
    [InlineData("Mette Frederiksen called it \"not without risk\"", "called")]
    [InlineData("Maersk will publish the full findings of the inquiry", "publish")]
    [InlineData("Maersk accepted responsibility for the resulting spill", "accepted")]
    [InlineData("Maersk repeated the same offer to the crew", "repeated")]
    public void An_object_further_from_the_verb_can_point_back_too(string title, string verb)
    {
        Assert.True(LocalReference.PointsBack(title, verb, Story));
    }

    [Theory]
    [InlineData("NOAA backed away from the report", "backed")]
    [InlineData("Maersk pulled out of the talks", "pulled")]
    [InlineData("Lars Jensen commented on the decision", "commented")]
    [InlineData("The Senate voted against the measures", "voted")]
    public void A_prepositional_object_of_the_verb_points_back(string title, string verb)
    {
        Assert.True(LocalReference.PointsBack(title, verb, Story));
    }

    [Theory]
    [InlineData("Maersk sailed to the island", "sailed")]
    [InlineData("Lars Jensen died in the hospital", "died")]
    [InlineData("Maersk pulled out of the ferry deal talks with Bornholm", "pulled")]
    [InlineData("Lars Jensen chatted with his wife", "chatted")]
    public void A_place_or_a_named_prepositional_object_does_not(string title, string verb)
    {
        Assert.False(LocalReference.PointsBack(title, verb, Story));
    }

    [Theory]
    [InlineData("Maersk pledged to monitor the sea floor", "pledged")]
    [InlineData("Maersk will publish the full findings of the Bornholm inquiry", "publish")]
    [InlineData("Maersk will publish the report on the Bornholm inquiry", "publish")]
    public void An_infinitive_s_object_or_a_known_of_phrase_does_not(string title, string verb)
    {
        Assert.False(LocalReference.PointsBack(title, verb, Story));
    }

    [Theory]
    [InlineData("Maersk rejected this ferry")]
    [InlineData("Maersk rejected those ferries")]
    public void A_demonstrative_always_points_back(string title)
    {
        Assert.True(LocalReference.PointsBack(title, Verb(title), Story));
    }

    [Theory]
    [InlineData("Maersk raised the ferry")]
    [InlineData("Maersk raised the ferries")]
    public void The_story_s_running_topic_is_known_to_the_reader(string title)
    {
        Assert.False(LocalReference.PointsBack(title, Verb(title), Story));
    }

    [Theory]
    [InlineData("Maersk sent a tug")]
    [InlineData("Maersk raised the Bornholm Express")]
    [InlineData("Maersk raised the ferry off Bornholm")]
    [InlineData("Maersk left the door open")]
    [InlineData("A diver filmed the wreck on his phone")]
    public void An_indefinite_a_named_or_a_placed_object_is_no_reference_back(string title)
    {
        Assert.False(LocalReference.PointsBack(title, Verb(title), Story));
    }

    [Theory]
    [InlineData("Mexico called the action \"unjustified\"", true)]
    [InlineData("Mexico called the measures \"unacceptable\" and \"without foundation\"", true)]
    [InlineData("Mexico called the ferry \"unsafe\"", false)]
    public void A_quoted_predicate_after_the_object_does_not_hide_it(string title, bool pointsBack)
    {
        Assert.Equal(pointsBack, LocalReference.PointsBack(title, "called", Story));
    }
}
