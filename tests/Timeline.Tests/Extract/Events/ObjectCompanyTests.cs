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
    public void The_company_in_a_title_is_told_by_its_name(string title, int subjectWords, string name, string named)
    {
        Assert.Equal(named, ObjectCompany.Name(title, subjectWords, name));
    }

    [Theory]
    [InlineData("Lars Holm joined the oil company Amoco", 2)]
    [InlineData("Lars Holm met the board", 2)]
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
}
