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
        Assert.Equal("AGREE", EventTyping.TypeOf(Trigger("AGREE"), Subject(SubjectKind.Named, "bp"), hasActorObject: false, "VBD"));
    }

    [Fact]
    public void A_consultation_needs_a_partner_actor()
    {
        Assert.Equal("CONSULT", EventTyping.TypeOf(Trigger("CONSULT"), Subject(SubjectKind.Named, "bp"), hasActorObject: true, "VBD"));
        Assert.Equal("other", EventTyping.TypeOf(Trigger("CONSULT"), Subject(SubjectKind.Named, "bp"), hasActorObject: false, "VBD"));
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
    public void A_hazard_naming_no_actor_is_other()
    {
        Assert.Equal("other", EventTyping.TypeOf(Trigger("ASSAULT"), Subject(SubjectKind.Hazard), hasActorObject: true, "VBD"));
        Assert.Equal("ASSAULT", EventTyping.TypeOf(Trigger("ASSAULT"), Subject(SubjectKind.Hazard, "haiti"), hasActorObject: true, "VBD"));
    }

    [Fact]
    public void Unnamed_agents_of_the_law_acting_on_an_actor_take_the_verbs_type()
    {
        Assert.Equal("COERCE", EventTyping.TypeOf(Trigger("COERCE"), Subject(SubjectKind.Authority), hasActorObject: true, "VBD"));
        Assert.Equal("other", EventTyping.TypeOf(Trigger("COERCE"), Subject(SubjectKind.Authority), hasActorObject: false, "VBD"));
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

    [Fact]
    public void A_type_known_only_from_the_cameo_dictionary_needs_the_actor_acted_on()
    {
        var dictionary = Trigger("THREATEN") with { Word = new TriggerWord { Lemma = "warn", IsVerb = true, Type = "THREATEN", TypedByDictionary = true } };

        Assert.Equal("other", EventTyping.TypeOf(dictionary, Subject(SubjectKind.Named, "who"), hasActorObject: false, "VBD"));
        Assert.Equal("THREATEN", EventTyping.TypeOf(dictionary, Subject(SubjectKind.Named, "who"), hasActorObject: true, "VBD"));
    }

    [Fact]
    public void The_lexicon_marks_dictionary_types_and_not_its_own()
    {
        Assert.True(TriggerLexicon.Default.Find("issued")?.TypedByDictionary);
        Assert.False(TriggerLexicon.Default.Find("met")?.TypedByDictionary);
        // The list calls these 'other': only their CAMEO class types them, and only with an actor they are done to.
        Assert.True(TriggerLexicon.Default.Find("unveiled")?.TypedByDictionary);
        Assert.True(TriggerLexicon.Default.Find("died")?.TypedByDictionary);
        Assert.False(TriggerLexicon.Default.Find("attacked")?.TypedByDictionary);
    }
}
