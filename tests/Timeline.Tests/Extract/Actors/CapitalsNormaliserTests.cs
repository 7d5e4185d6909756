using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class CapitalsNormaliserTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Fact]
    public void Finds_the_names_of_a_headline_set_in_capitals_and_nothing_else()
    {
        const string headline = "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .";

        var mentions = Recognizer.Recognize(headline, 0);

        Assert.Equal(["Japan", "China"], mentions.Select(m => m.Name));
        Assert.All(mentions, m => Assert.Equal(ActorKind.Country, m.Kind));
        Assert.All(mentions, m => Assert.Equal(headline.Substring(m.Start, m.Text.Length), m.Text, ignoreCase: true));
    }

    [Fact]
    public void Keeps_known_acronyms_of_a_headline_and_reads_a_dateline()
    {
        var headline = Recognizer.Recognize("NATO SAYS U.S. TROOPS WILL STAY IN BOSNIA", 0);
        var dateline = Recognizer.Recognize("LONDON 1996-08-30", 0);

        Assert.Equal(["NATO", "United States", "Bosnia"], headline.Select(m => m.Name));
        Assert.Equal(ActorKind.Place, Assert.Single(dateline).Kind);
    }

    [Fact]
    public void Leaves_a_sentence_with_a_few_acronyms_as_it_is()
    {
        var mentions = Recognizer.Recognize("The NCAA and the NFL met in Dallas.", 0);

        Assert.Contains(mentions, m => m is { Text: "NCAA", Kind: ActorKind.Organisation });
        Assert.Contains(mentions, m => m is { Text: "NFL", Kind: ActorKind.Organisation });
    }

    [Fact]
    public void Reads_a_bodys_initials_that_spell_a_verb_as_the_verb_in_a_shouted_line()
    {
        var shouted = Recognizer.Recognize("MAYOR TONY KERSHAW IS A DECENT MAN AND HE WILL ACT.", 0);

        Assert.DoesNotContain(shouted, m => m.Name == "Islamic State");
    }
}
