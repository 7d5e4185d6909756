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
    [InlineData("The coastguard suspended its search", "suspended")]
    [InlineData("The airline resumed its flights", "resumed")]
    [InlineData("The committee began its hearings", "began")]
    public void A_verb_that_starts_or_stops_an_activity_acts_on_the_doer_s_own(string title, string verb)
    {
        Assert.False(LocalReference.PointsBack(title, verb, Story));
        Assert.True(LocalReference.PointsBack(title.Replace(" its ", " his ", StringComparison.Ordinal), verb, Story));
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

    [Theory]
    [InlineData("Mette Frederiksen welcomed the move")]
    [InlineData("Maersk discussed the matter")]
    [InlineData("Maersk raised the issue")]
    [InlineData("Maersk chartered the one")]
    public void A_shell_noun_points_back_however_often_the_story_uses_it(string title)
    {
        var story = Story + " The move was new. The move was bold. The move came late. The move was made. The move won praise. The move ended. "
            + "The matter rests. The matter is old. The matter is closed. The matter was raised. The matter ended. The matter stays. "
            + "The issue is old. The issue came up. The issue was raised. The issue stays. The issue is closed. The issue ended. "
            + "The one left. The one came. The one went. The one sank. The one floated. The one stayed.";
        Assert.True(LocalReference.PointsBack(title, title.Split(' ')[^3], story));
    }

    [Fact]
    public void A_noun_the_article_named_before_gets_its_name()
    {
        const string earlier = "A dead gull lay in Torrey Canyon quarry on Guernsey. The quarry is full of oil. Walkers avoid the quarry. ";
        Assert.Equal("Guernsey's government has spent thousands to clean up the Torrey Canyon quarry",
            LocalReference.Named("Guernsey's government has spent thousands to clean up the quarry", earlier));
    }

    [Theory]
    // "a report" began another report after the named one: "the report" is that one.
    [InlineData("The FWS report listed 4,676 birds. In August, NOAA released a report on the oil. ", "NOAA backed away from the report")]
    // Two governments are named: "the government" may be either.
    [InlineData("BP lobbied the British government. Straw acted after lobbying by the Libyan government. ", "BP raised concerns with the government")]
    // The title names the name already.
    [InlineData("The BP spill grew. ", "BP will pay all costs related to the spill")]
    // "the oil giant": "oil" is a modifier, not the noun the name goes with.
    [InlineData("The BP oil flow stopped. ", "Obama received $77,051 from the oil giant")]
    // "the Gulf of Mexico coast": the name goes on before "of".
    [InlineData("Oil reached the Gulf of Mexico coast. ", "Crews cleaned the coast")]
    public void A_noun_without_one_sure_name_is_left_as_it_is(string earlier, string title)
    {
        Assert.Equal(title, LocalReference.Named(title, earlier));
    }

    [Theory]
    [InlineData("Maersk will hold a hearing on the issue", "hold", "Maersk will hold a hearing")]
    [InlineData("Lars Holm postponed a hearing on the matter", "postponed", "Lars Holm postponed a hearing")]
    [InlineData("Ida Berg has announced emergency measures to deal with the situation", "announced", "Ida Berg has announced emergency measures")]
    public void A_closing_phrase_on_a_shell_noun_is_left_out(string title, string verb, string shorter)
    {
        Assert.Equal(shorter, LocalReference.WithoutShellEnd(title, verb));
    }

    [Theory]
    // Without its message a verb of informing says nothing: the title stays, and is refused.
    [InlineData("Ida Berg was briefed by Lars Holm on the situation", "briefed")]
    // The shell noun is the verb's own object: nothing shorter is left.
    [InlineData("Maersk welcomed the move", "welcomed")]
    [InlineData("Maersk tried to isolate the one", "tried")]
    public void A_shell_noun_with_nothing_true_before_it_keeps_the_title(string title, string verb)
    {
        Assert.Equal(title, LocalReference.WithoutShellEnd(title, verb));
        Assert.True(LocalReference.PointsBack(title, verb, Story));
    }
}
