using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class ActorRegistrySupportTests
{
    private static Actor Person(string id) => new() { Id = id, Name = id, Kind = ActorKind.Person };

    private static ActorSupport Support(string id, int sentences, bool inEvent = false) => new() { ActorId = id, Sentences = sentences, InEvent = inEvent };

    [Fact]
    public void A_name_met_in_one_sentence_and_no_event_stays_out()
    {
        var kept = ActorRegistry.Supported([Person("odile-marchetti"), Person("kenji-abe")], [[Support("odile-marchetti", 1), Support("kenji-abe", 2)]]);

        Assert.Equal(["kenji-abe"], kept.Select(a => a.Id));
    }

    [Fact]
    public void Sentences_add_up_across_articles()
    {
        var kept = ActorRegistry.Supported([Person("odile-marchetti")], [[Support("odile-marchetti", 1)], [Support("odile-marchetti", 1)]]);

        Assert.Single(kept);
    }

    [Fact]
    public void An_actor_of_an_event_is_kept_though_named_once()
    {
        var kept = ActorRegistry.Supported([Person("odile-marchetti")], [[Support("odile-marchetti", 1, inEvent: true)]]);

        Assert.Single(kept);
    }

    [Fact]
    public void A_country_named_once_is_kept()
    {
        var kept = ActorRegistry.Supported([new Actor { Id = "sweden", Name = "Sweden", Kind = ActorKind.Country }], [[Support("sweden", 1)]]);

        Assert.Single(kept);
    }

    [Fact]
    public void An_organisation_an_article_writes_as_a_firm_is_kept_though_its_name_does_not_show_its_kind()
    {
        Actor[] firms = [new() { Id = "panvel-gordon", Name = "Panvel Gordon", Kind = ActorKind.Organisation }, new() { Id = "kestrel-star", Name = "Kestrel Star", Kind = ActorKind.Organisation }];

        var kept = ActorRegistry.Supported([.. firms], [[new ActorSupport { ActorId = "panvel-gordon", Sentences = 2, InEvent = false, IsFirm = true }, Support("kestrel-star", 2)]]);

        Assert.Equal(["panvel-gordon"], kept.Select(a => a.Id));
    }
}
