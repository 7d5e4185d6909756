using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>A verb's CAMEO type applies when an actor does it; force needs an actor it is done to.</summary>
public sealed class EventTypingTests
{
    private static TriggerMatch Trigger(string type) => new()
    {
        Token = 1, Verb = 1, Word = new TriggerWord { Lemma = "verb", IsVerb = true, Type = type },
        IsPast = true, IsPresent = false, IsPerfect = false, IsDefiniteNoun = false, IsStatement = false,
    };

    private static EventSubject Subject(SubjectKind kind, params string[] actors) =>
        new() { Kind = kind, ActorIds = [.. actors], Display = "Someone", Token = 0 };

    [Fact]
    public void A_named_actor_doing_a_typed_verb_takes_its_type()
    {
        Assert.Equal("CONSULT", EventTyping.TypeOf(Trigger("CONSULT"), Subject(SubjectKind.Named, "bp"), hasActorObject: false, "VBD"));
    }

    [Fact]
    public void An_untyped_verb_is_other()
    {
        Assert.Equal("other", EventTyping.TypeOf(Trigger("other"), Subject(SubjectKind.Named, "bp"), hasActorObject: true, "VBD"));
    }

    [Theory]
    [InlineData("NN")]
    [InlineData("JJ")]
    public void A_trigger_whose_verb_is_not_tagged_as_a_verb_is_other(string tag)
    {
        Assert.Equal("other", EventTyping.TypeOf(Trigger("CONSULT"), Subject(SubjectKind.Named, "bp"), hasActorObject: false, tag));
    }

    [Fact]
    public void A_plain_noun_phrase_naming_no_actor_is_other()
    {
        Assert.Equal("other", EventTyping.TypeOf(Trigger("CONSULT"), Subject(SubjectKind.Common), hasActorObject: false, "VBD"));
        Assert.Equal("CONSULT", EventTyping.TypeOf(Trigger("CONSULT"), Subject(SubjectKind.Common, "bp"), hasActorObject: false, "VBD"));
    }

    [Theory]
    [InlineData("ASSAULT")]
    [InlineData("FIGHT")]
    [InlineData("COERCE")]
    [InlineData("CONCEDE")]
    public void Force_and_concession_need_an_actor_as_target(string type)
    {
        Assert.Equal("other", EventTyping.TypeOf(Trigger(type), Subject(SubjectKind.Named, "russia"), hasActorObject: false, "VBD"));
        Assert.Equal(type, EventTyping.TypeOf(Trigger(type), Subject(SubjectKind.Named, "russia"), hasActorObject: true, "VBD"));
    }
}
