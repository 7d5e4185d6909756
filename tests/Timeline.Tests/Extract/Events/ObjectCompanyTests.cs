using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>"The company" in a title stands for a company named elsewhere: only a company's own title keeps it.</summary>
public sealed class ObjectCompanyTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Theory]
    [InlineData("Lars Holm has taken the company into wind power", 2, 4)]
    [InlineData("Lars Holm joined the firm", 2, 3)]
    [InlineData("The company hired Lars Holm", 2, -1)]
    [InlineData("Lars Holm visited the company's office", 2, -1)]
    public void Only_the_company_after_the_subject_is_found(string title, int subjectWords, int at)
    {
        Assert.Equal(at, ObjectCompany.Find(title.Split(' '), subjectWords));
    }

    [Fact]
    public void A_person_s_title_with_the_company_as_object_is_not_told()
    {
        var events = fixture.Extract("Maersk posted record profits in 2023. Lars Holm has taken the company into wind power on Monday.", Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "taken");
    }

    [Fact]
    public void A_company_s_own_title_with_the_company_is_told()
    {
        var events = fixture.Extract("A Maersk spokesman denied on Monday the company needed a new safety plan.", Published).Events;
        Assert.Contains(events, e => e.Title.Contains("the company needed a new safety plan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("White House ordered the company to pay $20bn", 2, "Maersk", "White House ordered Maersk to pay $20bn")]
    [InlineData("Barack Obama has wrung an agreement from the oil company", 2, "Maersk", "Barack Obama has wrung an agreement from Maersk")]
    [InlineData("Fitch Ratings slashed the firm's credit rating", 2, "Maersk", "Fitch Ratings slashed Maersk's credit rating")]
    [InlineData("Lars Holm defended the shipping giant's safety record", 2, "Maersk", "Lars Holm defended Maersk's safety record")]
    [InlineData("Ida Berg has ousted the oil group's exploration chief", 2, "Maersk", "Ida Berg has ousted Maersk's exploration chief")]
    public void The_company_in_a_title_is_told_by_its_name(string title, int subjectWords, string name, string named)
    {
        Assert.Equal(named, ObjectCompany.Name(title, subjectWords, name));
    }

    [Theory]
    [InlineData("Lars Holm joined the oil company Amoco", 2)]
    [InlineData("Lars Holm met the board", 2)]
    [InlineData("Lars Holm met the rebel group", 2)]
    [InlineData("Lars Holm praised the Asian giant", 2)]
    public void A_title_with_no_nameless_company_is_not_renamed(string title, int subjectWords)
    {
        Assert.Null(ObjectCompany.Name(title, subjectWords, "Maersk"));
    }

    [Fact]
    public void The_company_another_body_acts_on_is_named_and_takes_part()
    {
        var events = fixture.Extract("Maersk shares fell again on Wednesday. Maersk said it would suspend its dividend. "
            + "The White House ordered the company to pay $20bn into a compensation fund.", Published).Events;
        var order = Assert.Single(events, e => e.Sources[0].Trigger == "ordered");
        Assert.Equal("White House ordered Maersk to pay $20bn into a compensation fund", order.Title);
        Assert.Contains("maersk", order.Actors);
    }

    [Fact]
    public void The_company_far_from_any_firm_named_is_the_firm_the_article_is_about()
    {
        var events = fixture.Extract("Maersk shares fell again on Wednesday. Maersk said it would suspend its dividend.\n\n"
            + "Fishermen in Aarhus are angry.\n\nThe beaches are empty.\n\nHotels are closing.\n\nTourists stay away.\n\n"
            + "The White House ordered the company to pay $20bn into a compensation fund.", Published).Events;
        var order = Assert.Single(events, e => e.Sources[0].Trigger == "ordered");
        Assert.Contains("maersk", order.Actors);
    }
    [Fact]
    public void A_trade_giant_is_the_company_named_before()
    {
        var events = fixture.Extract("Maersk reported a loss on Monday. Maersk shares fell 5%. Ida Berg sent a letter to the shipping giant's chief executive.", Published).Events;
        var letter = Assert.Single(events, e => e.Sources[0].Trigger == "sent");
        Assert.Equal("Ida Berg sent a letter to Maersk's chief executive", letter.Title);
        Assert.Contains("maersk", letter.Actors);
    }

    [Fact]
    public void A_trade_group_as_subject_is_the_company_named_before_and_a_rebel_group_is_not()
    {
        // The firm the story is about, though another body was named last.
        var cut = Assert.Single(fixture.Extract("Maersk reported a loss on Monday. Maersk shares fell 5%. The Danish Shipowners Association "
            + "published the figures. The shipping group said it would cut 500 jobs.", Published).Events, e => e.Sources[0].Trigger == "cut");
        Assert.Equal(["maersk"], cut.Actors);
        // With no firm the story is about, "the shipping group" is not guessed.
        Assert.DoesNotContain(fixture.Extract("Maersk reported a loss on Monday. The shipping group said it would cut 500 jobs.", Published).Events,
            e => e.Actors.Contains("maersk") && e.Sources[0].Trigger == "cut");
        Assert.DoesNotContain(fixture.Extract("Maersk reported a loss on Monday. The rebel group said it would attack the port.", Published).Events,
            e => e.Actors.Contains("maersk") && e.Sources[0].Trigger == "attack");
    }
}
