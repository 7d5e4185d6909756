using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>Those a "by" and gerund phrase after the title names take part in the happening it tells how was done.</summary>
public sealed class MeansClauseTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private TimelineEvent ByTrigger(string body, string trigger) => fixture.ByTrigger(body, Published, trigger);

    [Fact]
    public void A_firm_hired_in_the_means_phrase_takes_part()
    {
        var e = ByTrigger("Maersk has strengthened its small in-house legal and compliance department by hiring the Copenhagen-based Holm & Berg, one of the largest law firms in Denmark.", "strengthened");

        Assert.Contains("holm-berg", e.Actors);
    }

    [Fact]
    public void A_name_after_the_means_phrase_ends_takes_no_part()
    {
        var e = ByTrigger("Maersk has strengthened its in-house legal department by hiring lawyers before the Nordic Council hearing.", "strengthened");

        Assert.DoesNotContain("nordic-council", e.Actors);
    }

    [Fact]
    public void The_means_phrase_may_follow_the_time_of_the_happening()
    {
        var e = ByTrigger("Maersk strengthened its ageing fleet of container ships and tankers on Monday by buying six ships from Fjord Shipping.", "strengthened");

        Assert.Contains("fjord-shipping", e.Actors);
    }
}
