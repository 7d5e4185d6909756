using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>A country's initials against a dollar sign say which dollar a sum is in: no mention of the country.</summary>
public sealed class CurrencyPrefixesTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Theory]
    [InlineData("Maersk agreed to pay costs beyond the US $75m liability limit.")]
    [InlineData("Maersk paid US$1.2 billion for the Vell ferry line.")]
    public void Initials_before_a_dollar_sign_are_no_country(string sentence)
    {
        Assert.DoesNotContain(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Country);
    }

    [Theory]
    [InlineData("The US paid $75m for the Vell ferry line.", "US")]
    [InlineData("Maersk sold ferries to the US for $75m.", "US")]
    public void A_country_named_apart_from_a_sum_stays(string sentence, string country)
    {
        Assert.Contains(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Country && m.Text == country);
    }
}
