using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class ActorSupportsTests
{
    private static ResolvedMention Mention(string id, string text, int start, int sentence) => new()
    {
        Mention = new ActorMention { Start = start, Text = text, Kind = ActorKind.Person, Name = text },
        ActorId = id,
        Sentence = sentence,
    };

    [Fact]
    public void Counts_sentences_not_mentions_and_marks_the_actors_named_in_an_event_sentence()
    {
        // "Maria Lopes met Tom Vey. Lopes thanked Vey and Lopes left. Ann Roe watched."
        var actors = new ArticleActors
        {
            Actors = [new Actor { Id = "maria-lopes", Name = "Maria Lopes", Kind = ActorKind.Person }, new Actor { Id = "tom-vey", Name = "Tom Vey", Kind = ActorKind.Person }, new Actor { Id = "ann-roe", Name = "Ann Roe", Kind = ActorKind.Person }],
            Mentions = [Mention("maria-lopes", "Maria Lopes", 0, 0), Mention("tom-vey", "Tom Vey", 16, 0), Mention("maria-lopes", "Lopes", 25, 1), Mention("tom-vey", "Vey", 39, 1), Mention("maria-lopes", "Lopes", 47, 1), Mention("ann-roe", "Ann Roe", 59, 2)],
        };
        var met = new TimelineEvent
        {
            Id = "met",
            Title = "Maria Lopes met Tom Vey",
            Date = new EventDate { Value = "2024-01-01", Precision = DatePrecision.Day },
            Actors = ["maria-lopes"],
            Sources = [new EventSource { Article = "a", Offset = 0, Length = 24, TriggerOffset = 12, TriggerLength = 3, Trigger = "met" }],
        };

        var support = ActorSupports.Of("a", "Maria Lopes met Tom Vey. Lopes thanked Vey and Lopes left. Ann Roe watched.", actors, [met]).ToDictionary(s => s.ActorId);

        Assert.Equal((2, true), (support["maria-lopes"].Sentences, support["maria-lopes"].InEvent));
        Assert.Equal((2, true), (support["tom-vey"].Sentences, support["tom-vey"].InEvent));
        Assert.Equal((1, false), (support["ann-roe"].Sentences, support["ann-roe"].InEvent));
    }

    [Fact]
    public void An_actor_the_article_has_speak_is_marked_as_speaking_and_a_thing_is_not()
    {
        const string body = "Halvor, the rig's owner, said the well was safe. The Kestrel Star sank. A Velde spokeswoman agreed, according to Orrin.";
        Actor[] named = [new() { Id = "halvor", Name = "Halvor", Kind = ActorKind.Organisation }, new() { Id = "kestrel-star", Name = "Kestrel Star", Kind = ActorKind.Organisation },
            new() { Id = "velde", Name = "Velde", Kind = ActorKind.Organisation }, new() { Id = "orrin", Name = "Orrin", Kind = ActorKind.Organisation }];
        var actors = new ArticleActors
        {
            Actors = [.. named],
            Mentions = [.. named.Select(a => Mention(a.Id, a.Name, body.IndexOf(a.Name, StringComparison.Ordinal), 0))],
        };

        var support = ActorSupports.Of("a", body, actors, []).ToDictionary(s => s.ActorId, s => s.Speaks);

        Assert.Equal([true, false, true, true], named.Select(a => support[a.Id]));
    }

    [Fact]
    public void An_organisation_the_article_writes_as_a_firm_is_marked_as_one()
    {
        const string body = "Pia Hult, an analyst at stockbroker Panvel Gordon, was calm. The Kestrel Star sank. Analysts at Morvan Stanley agreed.";
        Actor[] named = [new() { Id = "panvel-gordon", Name = "Panvel Gordon", Kind = ActorKind.Organisation }, new() { Id = "kestrel-star", Name = "Kestrel Star", Kind = ActorKind.Organisation },
            new() { Id = "morvan-stanley", Name = "Morvan Stanley", Kind = ActorKind.Organisation }];
        var actors = new ArticleActors
        {
            Actors = [.. named],
            Mentions = [.. named.Select(a => Mention(a.Id, a.Name, body.IndexOf(a.Name, StringComparison.Ordinal), 0))],
        };

        var support = ActorSupports.Of("a", body, actors, []).ToDictionary(s => s.ActorId, s => s.IsFirm);

        Assert.Equal([true, false, true], named.Select(a => support[a.Id]));
    }

    private static ResolvedMention Place(string id, string text, string body, int sentence) => new()
    {
        Mention = new ActorMention { Start = body.IndexOf(text, StringComparison.Ordinal), Text = text, Kind = ActorKind.Place, Name = text },
        ActorId = id,
        Sentence = sentence,
    };

    [Fact]
    public void A_place_the_article_writes_after_a_place_noun_is_marked_as_named_a_place()
    {
        const string body = "Flu broke out in the village of Santa Vella. Later Santa Vella and Ida Berg were quarantined in the Fjord.";
        var actors = new ArticleActors
        {
            Actors = [new Actor { Id = "santa-vella", Name = "Santa Vella", Kind = ActorKind.Place }, new Actor { Id = "ida-berg", Name = "Ida Berg", Kind = ActorKind.Person },
                new Actor { Id = "fjord", Name = "Fjord", Kind = ActorKind.Place }],
            Mentions = [Place("santa-vella", "Santa Vella", body, 0), Mention("ida-berg", "Ida Berg", body.IndexOf("Ida", StringComparison.Ordinal), 1), Place("fjord", "Fjord", body, 1)],
        };

        var support = ActorSupports.Of("a", body, actors, []).ToDictionary(s => s.ActorId);

        Assert.True(support["santa-vella"].IsNamedPlace);
        Assert.False(support["ida-berg"].IsNamedPlace);
        Assert.False(support["fjord"].IsNamedPlace);
    }
}
