using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class FamilyNamesTests
{
    private static List<Actor> Checked(string body)
    {
        var recognizer = new ActorRecognizer(Gazetteer.Default);
        var mentions = SentenceSplitter.Split(body).Select(s => recognizer.Recognize(s.Text, s.Start)).ToList();
        return new ActorEvidence(Gazetteer.Default).Check(body, ActorResolver.Resolve(mentions)).Actors;
    }

    [Fact]
    public void A_common_family_name_stays_itself_where_the_article_names_neither_the_leader_nor_the_leaders_country()
    {
        var person = Assert.Single(Checked("Later, Valdez told the crews to wait. He was tired."));

        Assert.Equal("Valdez", person.Name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Null(person.Country);
        Assert.Empty(person.Aliases);
    }

    [Theory]
    [InlineData("Davis won the cup.")]
    [InlineData("Davis said the boom would hold, and he left.")]
    public void A_given_name_alone_is_no_leader_and_no_actor(string body)
    {
        Assert.Empty(Checked(body));
    }

    [Fact]
    public void A_common_family_name_is_the_leader_where_the_article_names_the_leaders_country()
    {
        var actors = Checked("Panama's cabinet met on Monday. Later, Valdez told the crews to wait.");

        Assert.Equal("Panama", Assert.Single(actors, a => a.Kind == ActorKind.Person).Country);
        Assert.Contains(actors, a => a.Name == "Ivonne Young Valdez");
    }

    [Fact]
    public void A_rare_family_name_is_the_one_leader_so_named()
    {
        Assert.Contains(Checked("Yeltsin's spokesman said he was resting."), a => a.Name == "Boris Yeltsin");
    }

    [Fact]
    public void A_common_family_name_written_as_a_things_name_is_no_person()
    {
        Assert.DoesNotContain(Checked("The spill is larger than the Valdez, he said."), a => a.Kind == ActorKind.Person);
    }
}
