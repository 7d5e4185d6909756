using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;
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
    [InlineData("Two hundred", "builtin.num.integer")]
    [InlineData("1998", "builtin.num.integer")]
    public void Reads_a_number_as_the_parser_does_at_each_place(string text, string type)
    {
        var readings = new NumberReadings(Parser);

        var first = readings.Parse(new ExtractResult { Start = 4, Length = text.Length, Text = text, Type = type });
        var again = readings.Parse(new ExtractResult { Start = 40, Length = text.Length, Text = text, Type = type });
        var direct = Parser.Parse(new ExtractResult { Start = 40, Length = text.Length, Text = text, Type = type });

        Assert.Equal(4, first.Start);
        Assert.Equal((direct.Start, direct.Length, direct.Text, direct.Type, direct.Value, direct.ResolutionStr, direct.Metadata?.TreatAsInteger),
            (again.Start, again.Length, again.Text, again.Type, again.Value, again.ResolutionStr, again.Metadata?.TreatAsInteger));
        Assert.NotSame(first, again);
        Assert.True(first.Metadata is null || !ReferenceEquals(first.Metadata, again.Metadata));
    }

    // The parser cuts the sign from the text of the number it is given; a remembered reading would leave it.
    [Fact]
    public void Reads_a_negative_number_with_the_parser_each_time()
    {
        var readings = new NumberReadings(Parser);
        readings.Parse(new ExtractResult { Start = 0, Length = 10, Text = "minus five", Type = "builtin.num.integer" });
        var number = new ExtractResult { Start = 0, Length = 10, Text = "minus five", Type = "builtin.num.integer" };

        var again = readings.Parse(number);

        Assert.Equal("five", number.Text);
        Assert.Equal(-5.0, again.Value);
    }

    // One parser for the whole model: each of the library's English settings makes its own, and the JIT compiles the
    // regex of number words of each on its first number word.
    [Theory]
    [InlineData("third", "builtin.num.ordinal", "OrdinalEng")]
    [InlineData("twenty two", "builtin.num.integer", "IntegerEng")]
    [InlineData("31", "builtin.num.integer", "IntegerNum")]
    public void The_models_number_parser_reads_as_the_library_date_settings_own(string text, string type, string data)
    {
        var library = ((IDateExtractorConfiguration)new EnglishDateExtractorConfiguration(new BaseDateTimeOptionsConfiguration(Culture.English))).NumberParser;

        var ours = NumberReadings.English().Parse(Number(text, type, data));
        var theirs = library.Parse(Number(text, type, data));

        Assert.Equal((theirs.Text, theirs.Type, theirs.Value, theirs.ResolutionStr), (ours.Text, ours.Type, ours.Value, ours.ResolutionStr));
    }

    private static ExtractResult Number(string text, string type, string data) =>
        new() { Start = 0, Length = text.Length, Text = text, Type = type, Data = data, Metadata = type.EndsWith("ordinal", StringComparison.Ordinal) ? new Metadata() : null };
}
