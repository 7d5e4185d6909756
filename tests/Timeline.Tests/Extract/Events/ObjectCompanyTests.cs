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
}
