using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class PlaceEvidenceTests
{
    private static readonly ActorEvidence Evidence = new(Gazetteer.Default);

    // Each occurrence of the text in the body is a mention of the actor, as the resolver would give them.
    private static List<string> Kept(string body, string text, string name, ActorKind kind)
    {
        var starts = new List<int>();
        for (var i = body.IndexOf(text, StringComparison.Ordinal); i >= 0; i = body.IndexOf(text, i + 1, StringComparison.Ordinal)) starts.Add(i);
        var article = new ArticleActors
        {
            Actors = [new Actor { Id = "a", Name = name, Kind = kind }],
            Mentions = [.. starts.Select(s => new ResolvedMention { Mention = new ActorMention { Start = s, Text = text, Kind = kind, Name = name }, ActorId = "a", Sentence = 0 })],
        };
        return [.. Evidence.Check(body, article).Actors.Select(a => a.Name)];
    }

    [Fact]
    public void A_short_form_that_is_an_ordinary_word_is_the_place_only_where_the_article_names_it_in_full()
    {
        Assert.Empty(Kept("The shops hoped for a Christmas rush. Sales at Christmas fell.", "Christmas", "Christmas Island", ActorKind.Place));
        Assert.Equal(["Christmas Island"], Kept("Boats reached Christmas Island at dawn. Christmas has one port.", "Christmas", "Christmas Island", ActorKind.Place));
    }

    [Fact]
    public void A_place_written_without_its_accent_or_a_region_named_by_its_adjective_stays()
    {
        Assert.Equal(["Cancún"], Kept("Delegates flew to Cancun for the talks.", "Cancun", "Cancún", ActorKind.Place));
        Assert.Equal(["Arctic"], Kept("Arctic drilling was put off.", "Arctic", "Arctic", ActorKind.Place));
    }

    [Theory]
    [InlineData("Fishermen in Mobile said the boom held.")]
    [InlineData("The boom held off Mobile, Alabama, on Friday.")]
    [InlineData("Crews worked in the Mobile area.")]
    [InlineData("The rig's owner is a Mobile, Alabama-based firm.")]
    [InlineData("Posted by Ann Lee, Mobile, AL USA")]
    [InlineData("Posted by Ann Lee, Mobile, UK")]
    [InlineData("Mobile, Ala.: How will the cost be met?")]
    public void A_town_named_like_a_word_stays_where_a_mention_reads_as_a_place(string body)
    {
        Assert.Equal(["Mobile"], Kept(body, "Mobile", "Mobile", ActorKind.Place));
    }

    [Fact]
    public void An_adjective_of_a_place_is_no_reason_to_drop_it()
    {
        const string body = "The Welsh assembly met.";
        var article = new ArticleActors
        {
            Actors = [new Actor { Id = "wales", Name = "Wales", Kind = ActorKind.Place }],
            Mentions = [new ResolvedMention { Mention = new ActorMention { Start = 4, Text = "Welsh", Kind = ActorKind.Place, Name = "Wales", IsDemonym = true }, ActorId = "wales", Sentence = 0 }],
        };

        Assert.Single(Evidence.Check(body, article).Actors);
    }

    [Theory]
    [InlineData("Mobile phones rang all night. Mobile networks were jammed.")]
    [InlineData("The publisher of the Mobile Press-Register spoke.")]
    public void A_town_named_like_a_word_goes_where_no_mention_reads_as_a_place(string body)
    {
        Assert.Empty(Kept(body, "Mobile", "Mobile", ActorKind.Place));
    }

    [Fact]
    public void A_one_word_place_the_gazetteer_lacks_goes_when_the_article_writes_the_word_in_lower_case()
    {
        Assert.Empty(Kept("Crews fed the Dolphin at the aquarium. A dolphin was found dead.", "Dolphin", "Dolphin", ActorKind.Place));
        Assert.Equal(["Dolphin"], Kept("Crews reached the Dolphin at noon.", "Dolphin", "Dolphin", ActorKind.Place));
    }

    [Fact]
    public void A_storms_name_is_no_person()
    {
        const string body = "Tropical Storm Alex churned west. Alex slowed the clean-up, and he said so.";

        Assert.Empty(Kept(body, "Alex", "Alex", ActorKind.Person));
        Assert.Equal(["Alex Morgan"], Kept("Alex Morgan said the clean-up slowed, and she left.", "Alex Morgan", "Alex Morgan", ActorKind.Person));
    }

    [Theory]
    [InlineData("The Jackson administration cut the budget. Critics said Jackson had gone too far.")]
    [InlineData("Jackson's administration cut the budget.")]
    public void A_towns_name_with_an_administration_after_it_is_a_presidents_family_name(string body)
    {
        Assert.Equal([("Jackson", ActorKind.Person)], EvidenceCheck.Kept(body, ("Jackson", ActorKind.Place)));
    }

    [Theory]
    [InlineData("The Jackson city council met. Jackson has a new mayor.")]
    [InlineData("The Jackson administration building flooded. Crews in Jackson pumped out the water.")]
    public void A_town_that_reads_as_one_or_has_no_administration_named_after_it_stays_a_town(string body)
    {
        Assert.Equal([("Jackson", ActorKind.Place)], EvidenceCheck.Kept(body, ("Jackson", ActorKind.Place)));
    }
}
