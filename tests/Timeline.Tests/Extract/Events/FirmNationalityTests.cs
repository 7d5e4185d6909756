using Timeline.Extract.Actors;
using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>"The Japanese firm" is the firm the article introduced as Japanese, not the firm the sentence before named.</summary>
public sealed class FirmNationalityTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2010, 2, 2);

    private const string Lead = "Japanese car maker Kestrel Motors said on Monday it would fix 2 million cars. Kestrel Motors halted sales last week. "
        + "Vell Motors said on Monday its sales rose 24 percent. ";

    [Theory]
    [InlineData("The Japanese firm recalled 4.2 million vehicles in November.", "recalled")]
    [InlineData("The Japanese carmaker recalled 4.2 million vehicles in November.", "recalled")]
    public void A_nationality_and_a_trade_name_the_firm_introduced_with_that_nationality(string sentence, string trigger)
    {
        var e = fixture.ByTrigger(Lead + sentence, Published, trigger);

        Assert.Equal(["kestrel-motors"], e.Actors);
    }

    [Fact]
    public void An_apposition_after_the_name_introduces_the_nationality_too()
    {
        var e = fixture.ByTrigger("Kestrel Motors, the Japanese carmaker, said on Monday it would fix 2 million cars. Vell Motors said on Monday its sales rose 24 percent. "
            + "The Japanese firm recalled 4.2 million vehicles in November.", Published, "recalled");

        Assert.Equal(["kestrel-motors"], e.Actors);
    }

    [Theory]
    [InlineData("The company recalled 4.2 million vehicles in November.", "vell-motors")]
    [InlineData("The Japanese company recalled 4.2 million vehicles in November.", "kestrel-motors")]
    public void Without_a_nationality_the_company_is_still_the_story_firm(string sentence, string firm)
    {
        var e = fixture.ByTrigger("Japanese car maker Kestrel Motors said on Monday it would fix 2 million cars. Vell Motors halted sales last week. "
            + "Vell Motors said on Monday its sales rose 24 percent. " + sentence, Published, "recalled");

        Assert.Equal([firm], e.Actors);
    }

    [Fact]
    public void A_nationality_no_firm_was_introduced_with_is_no_firm_introduced_with_another()
    {
        var events = fixture.Extract("Japanese car maker Kestrel Motors said on Monday it would fix 2 million cars. Kestrel Motors halted sales last week. "
            + "The German firm recalled 4.2 million vehicles in November.", Published).Events;

        Assert.DoesNotContain(events, e => e.Title.Contains("recalled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_firm_introduced_with_two_nationalities_is_introduced_with_none()
    {
        var introduced = Introduced("Japanese car maker Kestrel Motors fell. The German carmaker Kestrel Motors rose.", "Kestrel Motors");

        Assert.Empty(introduced);
    }

    private static IReadOnlyDictionary<string, string> Introduced(string body, string firm)
    {
        var firmActor = new Actor { Id = "f", Name = firm, Kind = ActorKind.Organisation };
        var japan = new Actor { Id = "japan", Name = "Japan", Kind = ActorKind.Country };
        var germany = new Actor { Id = "germany", Name = "Germany", Kind = ActorKind.Country };
        var actors = new Dictionary<string, Actor> { ["f"] = firmActor, ["japan"] = japan, ["germany"] = germany };
        List<ResolvedMention> mentions = [];
        foreach (var (word, id, demonym) in new[] { ("Japanese", "japan", true), ("German", "germany", true), (firm, "f", false) })
        {
            for (var i = body.IndexOf(word, StringComparison.Ordinal); i >= 0; i = body.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                mentions.Add(new ResolvedMention
                {
                    Mention = new ActorMention { Start = i, Text = word, Kind = actors[id].Kind, Name = actors[id].Name, IsDemonym = demonym },
                    ActorId = id,
                    Sentence = body[..i].Count(c => c == '.'),
                });
            }
        }

        return FirmNationality.Introduced(body, mentions, actors);
    }
}
