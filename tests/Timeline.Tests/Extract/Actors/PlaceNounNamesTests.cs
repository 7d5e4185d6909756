using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class PlaceNounNamesTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Theory]
    [InlineData("Norway has closed its North Sea ports of Vell Sund and Halvik Bay, the ministry said.", "Vell Sund")]
    [InlineData("Norway has closed its North Sea ports of Vell Sund and Halvik Bay, the ministry said.", "Halvik Bay")]
    [InlineData("The ministry shut the ports of Vellmar and Halvik on Monday.", "Halvik")]
    [InlineData("Flu broke out in the villages of Aska Lind, Brekke and Tor Holm last spring.", "Tor Holm")]
    [InlineData("Doctors visited the town of Ida Brekke on Monday.", "Ida Brekke")]
    [InlineData("Maersk will channel revenue from its fields in the North Sea, including Vell Horse and Tor Holm, into the fund.", "Vell Horse")]
    [InlineData("Flu broke out in towns such as Aska Lind and Brekke last spring.", "Aska Lind")]
    public void Reads_a_name_after_a_place_noun_and_of_or_in_its_list_as_a_place(string sentence, string name)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Equal(ActorKind.Place, Assert.Single(mentions, m => m.Text == name).Kind);
    }

    [Theory]
    [InlineData("The mayor of the town of Vellmar met Lars Holm on Monday.", "Lars Holm", ActorKind.Person)]
    [InlineData("Officials of the city of Vell Water Board said on Monday the pipes were safe.", "Vell Water Board", ActorKind.Organisation)]
    [InlineData("The port of Aarhus and Maersk signed a deal on Monday.", "Maersk", ActorKind.Organisation)]
    public void Leaves_a_name_the_place_noun_does_not_introduce_as_it_was(string sentence, string name, ActorKind kind)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Equal(kind, Assert.Single(mentions, m => m.Text == name).Kind);
    }
    [Fact]
    public void A_list_after_a_noun_of_no_place_is_left_as_it_was()
    {
        var mentions = Recognizer.Recognize("Maersk sold ships to firms including Holm Shipping on Monday.", 0);

        Assert.NotEqual(ActorKind.Place, Assert.Single(mentions, m => m.Text == "Holm Shipping").Kind);
    }
}
