using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class JoinedBodiesTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Theory]
    [InlineData("Travel firms Vell Holidays and Fjord Travel said they had cancelled flights.", "Vell Holidays", "Fjord Travel")]
    [InlineData("Tour operators Vell Holidays and First Choice said on Monday they would cancel trips.", "Vell Holidays", "First Choice")]
    public void Reads_a_name_joined_by_and_after_a_plural_noun_of_bodies_as_two_bodies(string sentence, string first, string second)
    {
        var bodies = Recognizer.Recognize(sentence, 0).Where(m => m.Kind == ActorKind.Organisation).Select(m => m.Name);

        Assert.Equal([first, second], bodies);
    }

    [Theory]
    [InlineData("Vell Holidays and Fjord Travel said on Monday they had cancelled flights.", "Vell Holidays and Fjord Travel")]
    [InlineData("The fund sold shares in travel firm Vell Holidays and Fjord Travel on Monday.", "Vell Holidays and Fjord Travel")]
    public void Keeps_a_joined_name_whole_without_a_plural_noun_before_it(string sentence, string name)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Name == name);
    }
}
