using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.Number.English;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>Remembered number readings are the parser's own, placed where each number is, a fresh result each time.</summary>
public sealed class NumberReadingsTests
{
    private static readonly IParser Parser = AgnosticNumberParserFactory.GetParser(AgnosticNumberParserType.Number,
        new EnglishNumberParserConfiguration(new BaseNumberOptionsConfiguration(Culture.English)));

    [Theory]
    [InlineData("twenty-one", "builtin.num.integer")]
    [InlineData("two hundred", "builtin.num.integer")]
    [InlineData("1998", "builtin.num.integer")]
    public void Reads_a_number_as_the_parser_does_at_each_place(string text, string type)
    {
        var readings = new NumberReadings(Parser);

        var first = readings.Parse(new ExtractResult { Start = 4, Length = text.Length, Text = text, Type = type });
        var again = readings.Parse(new ExtractResult { Start = 40, Length = text.Length, Text = text, Type = type });
        var direct = Parser.Parse(new ExtractResult { Start = 40, Length = text.Length, Text = text, Type = type });

        Assert.Equal(4, first.Start);
        Assert.Equal((direct.Start, direct.Length, direct.Text, direct.Type, direct.Value, direct.ResolutionStr),
            (again.Start, again.Length, again.Text, again.Type, again.Value, again.ResolutionStr));
        Assert.NotSame(first, again);
    }
}
