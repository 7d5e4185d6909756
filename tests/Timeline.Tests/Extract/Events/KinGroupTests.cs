using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>"the Holm family": a family name before a noun of kin names the family, not the person of the article who bears it.</summary>
public sealed class KinGroupTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2023, 5, 10);

    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\nPrime Minister Lars Holm died last month.\n\n";

    [Theory]
    [InlineData("on behalf of the Holm family on Tuesday", true)]
    [InlineData("the Holm brothers", true)]
    [InlineData("the Holm clan", true)]
    [InlineData("the Holm government", false)]
    [InlineData("Holm, family friends said", false)]
    [InlineData("Holm familyman", false)]
    public void A_noun_of_kin_right_after_the_name_names_the_family(string text, bool names)
    {
        Assert.Equal(names, KinGroup.Names(text, text.IndexOf("Holm", StringComparison.Ordinal) + "Holm".Length));
    }

    [Fact]
    public void The_person_takes_no_part_in_what_is_done_for_the_family_and_the_title_names_the_family()
    {
        var family = fixture.ByTrigger(Lead + "Lawyer Ida Berg accepted an award on behalf of the Holm family on Tuesday.", Published, "accepted");
        var person = fixture.ByTrigger(Lead + "Lawyer Ida Berg accepted an award on behalf of Holm on Tuesday.", Published, "accepted");

        Assert.DoesNotContain("lars-holm", family.Actors);
        Assert.Equal("Ida Berg accepted an award on behalf of the Holm family", family.Title);
        Assert.Contains("lars-holm", person.Actors);
    }

    [Fact]
    public void A_family_that_acts_is_no_event_of_the_person()
    {
        var family = fixture.Extract(Lead + "The Holm family sued Maersk on Monday.", Published).Events;
        var person = fixture.Extract(Lead + "Holm sued Maersk on Monday.", Published).Events;

        Assert.DoesNotContain(family, e => e.Sources[0].Trigger == "sued");
        Assert.Contains(person, e => e.Sources[0].Trigger == "sued" && e.Actors.Contains("lars-holm"));
    }
}
