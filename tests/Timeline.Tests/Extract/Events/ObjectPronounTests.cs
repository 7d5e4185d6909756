using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>"Him" after the title's verb is the one other person the story just named, or the title does not stand alone.</summary>
public sealed class ObjectPronounTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Maersk axed him", "axed", 2)]
    [InlineData("Maersk plans to nominate him as a director", "nominate", 4)]
    [InlineData("Maersk hired her", "hired", 2)]
    [InlineData("Lars Holm urged senators to work with him", "work", -1)]
    [InlineData("Ida Berg turned her hand to painting", "turned", -1)]
    public void Only_a_pronoun_that_is_the_verb_s_object_is_found(string title, string verb, int at)
    {
        Assert.Equal(at, ObjectPronoun.Find(title.Split(' '), verb));
    }

    [Fact]
    public void The_one_person_named_before_is_the_pronoun()
    {
        var events = fixture.Extract("Lars Holm ran the Oslo office for Maersk. Maersk fired him on Monday.", Published).Events;
        var fired = Assert.Single(events, e => e.Sources[0].Trigger == "fired");
        Assert.Equal("Maersk fired Lars Holm", fired.Title);
        Assert.Contains("lars-holm", fired.Actors);
    }

    [Fact]
    public void Her_is_not_the_one_man_named_before()
    {
        Assert.DoesNotContain(fixture.Extract("Michael Holm ran the Oslo office for Maersk. Maersk fired her on Monday.", Published).Events,
            e => e.Sources[0].Trigger == "fired");
        var fired = Assert.Single(fixture.Extract("Sarah Holm ran the Oslo office for Maersk. Maersk fired her on Monday.", Published).Events,
            e => e.Sources[0].Trigger == "fired");
        Assert.Equal("Maersk fired Sarah Holm", fired.Title);
    }

    [Fact]
    public void With_two_people_named_before_the_pronoun_is_not_guessed()
    {
        var events = fixture.Extract("Lars Holm and Ida Berg ran the Oslo office for Maersk. Maersk fired him on Monday.", Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "fired");
    }

    [Fact]
    public void A_he_of_the_sentence_itself_is_the_one_meant_and_is_not_guessed()
    {
        var events = fixture.Extract("Ida Berg, a spokeswoman, declined to comment. He says Maersk fired him on Monday.", Published).Events;
        Assert.DoesNotContain(events, e => e.Title.Contains("Ida Berg", StringComparison.Ordinal) && e.Sources[0].Trigger == "fired");
    }

    [Theory]
    [InlineData("Maersk had turned down his offer of help", 1, true)]
    [InlineData("Norway rejected her request for asylum", 1, true)]
    [InlineData("Maersk has sold all its shares in Vestas", 1, false)]
    [InlineData("Norway released an image of Ida Berg with her daughter", 1, false)]
    public void A_person_pronoun_after_the_subject_is_found(string title, int subjectWords, bool stranded)
    {
        Assert.Equal(stranded, ObjectPronoun.Stranded(title.Split(' '), subjectWords));
    }

    [Fact]
    public void A_capitalised_word_that_names_no_person_is_no_referent()
    {
        var title = "Norway's parliament rejected Labour objections to her appointment".Split(' ');
        Assert.True(ObjectPronoun.Stranded(title, 3, word => word == "Berg"));
        Assert.False(ObjectPronoun.Stranded("Norway's parliament rejected Ida Berg's request for her daughter".Split(' '), 3, word => word.StartsWith("Berg", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_company_s_title_with_his_is_not_told()
    {
        var events = fixture.Extract("Lars Holm, a fisherman, offered to help with the clean-up. Maersk turned down his offer of help on Monday.", Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "turned");
    }

    [Fact]
    public void Authorities_title_with_her_is_not_told()
    {
        var events = fixture.Extract("A passenger tested positive for the virus. Swedish authorities are tracking down people who had contact with her on the flight.", Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "tracking");
    }

    [Theory]
    [InlineData("Police have interviewed his personal physician Dr Ida Berg but she has not been named as a suspect.", "interviewed")]
    [InlineData("Danish police questioned his former manager Ida Berg on Monday.", "questioned")]
    public void Unnamed_agents_of_the_law_with_his_are_not_told(string sentence, string trigger)
    {
        var events = fixture.Extract("Singer Lars Holm died last month in Aarhus. " + sentence, Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == trigger);
    }

    [Fact]
    public void One_unnamed_agent_of_the_law_with_himself_is_told()
    {
        var events = fixture.Extract("Singer Lars Holm died last month in Aarhus. A federal judge recused himself from the Holm case on Monday.", Published).Events;
        Assert.Contains(events, e => e.Sources[0].Trigger == "recused");
    }

    [Theory]
    [InlineData("Swedish authorities", true)]
    [InlineData("the company", true)]
    [InlineData("Maersk's chief executive", false)]
    [InlineData("the boss", false)]
    public void Only_a_plural_or_a_body_is_no_person(string display, bool noPerson)
    {
        Assert.Equal(noPerson, ObjectPronoun.NoPersonHead(display));
    }

    [Fact]
    public void A_person_s_title_with_his_is_told()
    {
        var events = fixture.Extract("Lars Holm took up his new post at Maersk on Monday.", Published).Events;
        Assert.Contains(events, e => e.Title == "Lars Holm took up his new post at Maersk");
    }

    [Theory]
    [InlineData("Ida Berg urged them to wait for the inquiry", "urged", true)]
    [InlineData("Maersk compared it to a garden hose", "compared", true)]
    [InlineData("Maersk will pay them", "pay", true)]
    [InlineData("Lars Holm attended four of them", "attended", true)]
    [InlineData("Maersk said it would sell the ferry", "said", false)]
    [InlineData("Maersk plans to sell the ferry it bought", "sell", false)]
    public void It_or_them_as_the_verb_s_object_points_back(string title, string verb, bool pointsBack)
    {
        Assert.Equal(pointsBack, ObjectPronoun.ThingPointsBack(title.Split(' '), verb));
    }

    [Theory]
    [InlineData("Maersk found the anchor on Monday. Ida Berg sent it to Oslo on Tuesday.", "sent")]
    [InlineData("Ida Berg urged them to wait for the inquiry.", "urged")]
    public void A_title_whose_object_is_it_or_them_is_not_told(string text, string trigger)
    {
        var events = fixture.Extract(text, Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == trigger);
    }
    [Theory]
    [InlineData("Danish officials have denied it came from pigs", "denied", false, "Danish officials", true)]
    [InlineData("Lars Holm concluded they were caused by a fault", "concluded", true, "Lars Holm", true)]
    [InlineData("Lars Holm said that it was a fault", "said", true, "Lars Holm", true)]
    [InlineData("Maersk denied it used a defective valve", "denied", false, "Maersk", false)]
    [InlineData("The Danish government denied it had received the letter", "denied", false, "The Danish government", false)]
    [InlineData("Danish officials announced they were easing the warning", "announced", false, "Danish officials", false)]
    [InlineData("Lars Holm announced he would resign", "announced", true, "Lars Holm", false)]
    [InlineData("Lars Holm sold it to Maersk", "sold", true, "Lars Holm", false)]
    public void It_or_they_opening_the_verb_s_clause_must_agree_with_the_subject(string title, string verb, bool onePerson, string subject, bool pointsBack)
    {
        Assert.Equal(pointsBack, ObjectPronoun.ClauseSubjectPointsBack(title.Split(' '), verb, onePerson, subject));
    }

    [Fact]
    public void A_title_whose_clause_opens_on_a_pronoun_for_something_else_is_not_told()
    {
        Assert.DoesNotContain(fixture.Extract("Danish officials have denied it came from pigs.", Published).Events, e => e.Sources[0].Trigger == "denied");
        Assert.DoesNotContain(fixture.Extract("Lars Holm concluded they were likely to have been caused by a fault.", Published).Events, e => e.Sources[0].Trigger == "concluded");
        Assert.Contains(fixture.Extract("Maersk denied it used a defective valve.", Published).Events, e => e.Sources[0].Trigger == "denied");
    }
}
