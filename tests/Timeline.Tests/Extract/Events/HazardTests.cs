using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>A disaster or an attack with no agent named is a happening of the places it struck, told in the past only.</summary>
public sealed class HazardTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private (List<TimelineEvent> Events, List<Actor> Actors) Extract(string body)
    {
        var x = fixture.Extract(body, Published);
        return (x.Events, x.Actors);
    }

    [Theory]
    [InlineData("A magnitude 6.8 earthquake struck Norway on Tuesday.", "A magnitude 6.8 earthquake struck Norway", "Norway", "2024-03-12")]
    [InlineData("A car bomb exploded in central Bergen on Monday, killing 12 people.", "A car bomb exploded in central Bergen", "Bergen", "2024-03-11")]
    [InlineData("Floods killed 200 people in Pakistan last week.", "Floods killed 200 people in Pakistan", "Pakistan", "2024-W10")]
    [InlineData("Hurricane Ada slammed into Norway on Monday.", "Hurricane Ada slammed into Norway", "Norway", "2024-03-11")]
    [InlineData("Gunmen killed 12 people in Bergen on Monday.", "Gunmen killed 12 people in Bergen", "Bergen", "2024-03-11")]
    [InlineData("The earthquake destroyed the city hall in Bergen on Tuesday.", "The earthquake destroyed the city hall in Bergen", "Bergen", "2024-03-12")]
    [InlineData("Hurricane Ada made landfall near Bergen on Monday.", "Hurricane Ada made landfall near Bergen", "Bergen", "2024-03-11")]
    public void What_a_disaster_did_is_told_with_the_places_it_struck(string body, string title, string place, string date)
    {
        var (events, actors) = Extract(body);

        var e = Assert.Single(events);
        Assert.Equal(title, e.Title);
        Assert.Equal(date, e.Date.Value);
        Assert.Equal("other", e.Type);
        Assert.Equal([place], e.Actors.Select(id => actors.Single(a => a.Id == id).Name));
    }

    [Theory]
    [InlineData("The storm is expected to hit Norway on Friday.")]
    [InlineData("The storm will hit Norway on Friday.")]
    [InlineData("An explosion killed 11 workers on the rig on Tuesday.")]
    [InlineData("The earthquake measured 6.8 near Aarhus on Tuesday.")]
    [InlineData("The quake was felt in Sweden on Tuesday.")]
    [InlineData("Scientists warned Norway on Tuesday.")]
    [InlineData("The explosion killed 11 workers on the rig off Norway.")]
    [InlineData("Hurricane Ada flooded Bergen.")]
    public void A_forecast_no_place_no_impact_or_a_known_disaster_retold_without_a_time_tells_nothing(string body) =>
        Assert.Empty(Extract(body).Events);

    [Theory]
    [InlineData(new[] { "A", "magnitude", "6.8", "earthquake" }, new[] { "DT", "NN", "CD", "NN" }, true)]
    [InlineData(new[] { "Tropical", "Storm", "Ada" }, new[] { "NNP", "NNP", "NNP" }, true)]
    [InlineData(new[] { "The", "fire", "chief" }, new[] { "DT", "NN", "NN" }, false)]
    [InlineData(new[] { "The", "storm", "drain" }, new[] { "DT", "NN", "NN" }, false)]
    public void The_head_of_the_phrase_names_the_disaster(string[] words, string[] tags, bool heads) =>
        Assert.Equal(heads, Hazard.Heads(words, tags));
}
