using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

public sealed class CurrencyNamesTests
{
    [Theory]
    [InlineData("euros", true)]
    [InlineData("Euro", true)]
    [InlineData("yuan", true)]
    [InlineData("kroner", true)]
    [InlineData("dollar", false)]
    [InlineData("points", false)]
    [InlineData("shares", false)]
    public void Names_the_currencies_written_after_a_figure(string word, bool currency) =>
        Assert.Equal(currency, CurrencyNames.Contains(word));
}
