using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>"The prime minister" is the one person the article names with that office, and nobody when it names two or none.</summary>
public sealed class RoleHolderTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static Actor Person(string id, string name, string? role) => new() { Id = id, Name = name, Kind = ActorKind.Person, Role = role };

    private static Dictionary<string, Actor> Actors(params Actor[] actors) => actors.ToDictionary(a => a.Id, StringComparer.Ordinal);

    private static string? Find(string phrase, Dictionary<string, Actor> actors)
    {
        var words = phrase.Split(' ');
        return RoleHolder.Find(words, 0, words.Length, actors);
    }

    [Theory]
    [InlineData("the prime minister", "lars-holm")]
    [InlineData("the Prime Minister", "lars-holm")]
    [InlineData("the PM", "lars-holm")]
    [InlineData("the chief executive", "ida-berg")]
    [InlineData("the CEO", "ida-berg")]
    [InlineData("the health minister", "halvor-vik")]
    public void An_office_the_article_gives_one_person_is_that_person(string phrase, string id)
    {
        var actors = Actors(Person("lars-holm", "Lars Holm", "Prime Minister"), Person("ida-berg", "Ida Berg", "Chief Executive Officer"),
            Person("halvor-vik", "Halvor Vik", "Health Minister"));
        Assert.Equal(id, Find(phrase, actors));
    }

    [Theory]
    [InlineData("the minister")]
    [InlineData("the president")]
    [InlineData("the company")]
    [InlineData("the officials")]
    [InlineData("the")]
    public void An_office_nobody_holds_or_a_word_of_another_is_nobody(string phrase)
    {
        var actors = Actors(Person("halvor-vik", "Halvor Vik", "Health Minister"), Person("ida-berg", "Ida Berg", "Vice President"));
        Assert.Null(Find(phrase, actors));
    }

    [Theory]
    [InlineData("the Danish prime minister", "lars-holm")]
    [InlineData("the Norwegian prime minister", "ida-berg")]
    [InlineData("the Swedish prime minister", null)]
    public void A_country_before_the_office_says_whose_holder_it_is(string phrase, string? id)
    {
        var actors = Actors(Person("lars-holm", "Lars Holm", "Prime Minister") with { Country = "Denmark" },
            Person("ida-berg", "Ida Berg", "Prime Minister") with { Country = "Norway" });

        Assert.Equal(id, Find(phrase, actors));
    }

    [Fact]
    public void A_country_before_the_office_of_one_holder_whose_country_is_unknown_is_that_holder()
    {
        Assert.Equal("lars-holm", Find("the US president", Actors(Person("lars-holm", "Lars Holm", "President"))));
    }

    [Fact]
    public void Two_holders_of_the_office_make_it_nobody()
    {
        var actors = Actors(Person("lars-holm", "Lars Holm", "President"), Person("ida-berg", "Ida Berg", "President"));
        Assert.Null(Find("the president", actors));
    }

    [Fact]
    public void Only_people_hold_offices()
    {
        var actors = Actors(new Actor { Id = "vell-council", Name = "Vell Council", Kind = ActorKind.Organisation, Role = "Mayor" });
        Assert.Null(Find("the mayor", actors));
    }

    [Fact]
    public void The_office_as_an_object_takes_part_in_the_event()
    {
        var events = fixture.Extract(
            "Prime Minister Lars Holm flew to Aarhus on Tuesday. President Ida Berg presented the prime minister with a box of films on Wednesday.",
            new DateOnly(2024, 3, 15)).Events;
        var presented = Assert.Single(events, e => e.Sources[0].Trigger == "presented");
        Assert.Contains(presented.Actors, a => a.Contains("holm", StringComparison.Ordinal));
    }

    [Fact]
    public void The_office_an_appositive_gave_and_its_short_form_are_its_holder()
    {
        var events = fixture.Extract(
            "Lars Holm, the Danish prime minister, flew to Aarhus on Tuesday. President Ida Berg presented the PM with a box of films on Wednesday.",
            new DateOnly(2024, 3, 15)).Events;
        var presented = Assert.Single(events, e => e.Sources[0].Trigger == "presented");
        Assert.Contains(presented.Actors, a => a.Contains("holm", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_of_another_body_is_not_its_holder()
    {
        var events = fixture.Extract(
            "Prime Minister Lars Holm flew to Aarhus on Tuesday. President Ida Berg criticised the prime minister's spending on Wednesday.",
            new DateOnly(2024, 3, 15)).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "criticised" && e.Actors.Any(a => a.Contains("holm", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_office_as_a_subject_is_its_holder()
    {
        var events = fixture.Extract(
            "Prime Minister Lars Holm flew to Aarhus on Tuesday. The prime minister met the Danish foreign minister, Ida Berg, on Wednesday.",
            new DateOnly(2024, 3, 15)).Events;
        var met = Assert.Single(events, e => e.Sources[0].Trigger == "met");
        Assert.Contains("holm", met.Actors[0], StringComparison.Ordinal);
        Assert.StartsWith("Lars Holm met", met.Title, StringComparison.Ordinal);
    }
}
