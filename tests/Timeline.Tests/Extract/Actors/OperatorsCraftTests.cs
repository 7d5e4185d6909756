using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>"An Asiana Airlines Boeing 777 crashed": the operator's name and the maker's are two names, not one body.</summary>
public sealed class OperatorsCraftTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Theory]
    [InlineData("A Vell Airlines Boeing 737 crashed on landing in Aarhus on Saturday.", "Vell Airlines", "Boeing")]
    [InlineData("The Vell Airlines Halvor 200 left the runway in Aarhus.", "Vell Airlines", "Halvor")]
    public void Reads_an_operator_written_before_the_maker_and_model_of_its_craft_as_two_names(string sentence, string operatorName, string maker)
    {
        var bodies = Recognizer.Recognize(sentence, 0).Where(m => m.Kind == ActorKind.Organisation).Select(m => m.Name).ToList();

        Assert.Contains(operatorName, bodies);
        Assert.Contains(maker, bodies);
        Assert.DoesNotContain(bodies, b => b.StartsWith(operatorName + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_operator_of_a_craft_whose_model_the_run_holds()
    {
        var bodies = Recognizer.Recognize("A Fjord Airways Airbus A320 made an emergency landing in Oslo.", 0).Select(m => m.Name).ToList();

        Assert.Contains("Fjord Airways", bodies);
        Assert.DoesNotContain(bodies, b => b.StartsWith("Fjord Airways ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vell Airlines Boeing shares rose on Monday in Aarhus.")]
    [InlineData("Workers at Vell Airlines Boeing in 2009 went on strike.")]
    public void Keeps_a_run_whole_where_no_model_number_follows(string sentence)
    {
        var bodies = Recognizer.Recognize(sentence, 0).Where(m => m.Kind == ActorKind.Organisation).Select(m => m.Name).ToList();

        Assert.DoesNotContain("Vell Airlines", bodies);
    }

    [Fact]
    public void Reads_one_name_between_an_article_and_a_numbered_craft_as_its_operator()
    {
        var mentions = Recognizer.Recognize("A Fjordair Airbus A380 made an emergency landing in Singapore on Thursday.", 0);

        Assert.Contains(mentions, m => m.Name == "Fjordair" && m.Kind == ActorKind.Organisation);
    }
}
