using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.Number.English;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>Number words read with the pattern interpreted give the library parser's own readings.</summary>
public sealed class NumberWordParserTests
{
    private static readonly BaseNumberOptionsConfiguration Options = new(Culture.English, NumberOptions.None, NumberMode.Default, @"(?=\D)|\b");

    private static readonly BaseNumberParser Library = new(new EnglishNumberParserConfiguration(Options));

    private static readonly NumberWordParser Ours = new(new EnglishNumberParserConfiguration(Options));

    [Theory]
    [InlineData("one", "builtin.num.integer", "IntegerEng")]
    [InlineData("twenty two", "builtin.num.integer", "IntegerEng")]
    [InlineData("twenty-one", "builtin.num.integer", "IntegerEng")]
    [InlineData("one hundred and five", "builtin.num.integer", "IntegerEng")]
    [InlineData("two thousand and nine", "builtin.num.integer", "IntegerEng")]
    [InlineData("a dozen", "builtin.num.integer", "IntegerEng")]
    [InlineData("half a dozen", "builtin.num.integer", "IntegerEng")]
    [InlineData("three point five", "builtin.num.double", "DoubleEng")]
    [InlineData("third", "builtin.num.ordinal", "OrdinalEng")]
    [InlineData("twenty-first", "builtin.num.ordinal", "OrdinalEng")]
    [InlineData("one hundredth", "builtin.num.ordinal", "OrdinalEng")]
    public void Reads_a_number_word_as_the_library_parser_does(string text, string type, string data)
    {
        var ours = Ours.Parse(Number(text, type, data, relative: false));

        var library = Library.Parse(Number(text, type, data, relative: false));

        Assert.Equal((library.Text, library.Type, library.Value, library.ResolutionStr, library.Metadata?.Offset, library.Metadata?.RelativeTo),
            (ours.Text, ours.Type, ours.Value, ours.ResolutionStr, ours.Metadata?.Offset, ours.Metadata?.RelativeTo));
    }

    [Theory]
    [InlineData("last")]
    [InlineData("next")]
    [InlineData("previous")]
    public void Reads_a_relative_ordinal_as_the_library_parser_does(string text)
    {
        var ours = Ours.Parse(Number(text, "builtin.num.ordinal", "OrdinalEng", relative: true));

        var library = Library.Parse(Number(text, "builtin.num.ordinal", "OrdinalEng", relative: true));

        Assert.Equal((library.Text, library.Value, library.ResolutionStr, library.Metadata.Offset, library.Metadata.RelativeTo),
            (ours.Text, ours.Value, ours.ResolutionStr, ours.Metadata.Offset, ours.Metadata.RelativeTo));
    }

    private static ExtractResult Number(string text, string type, string data, bool relative) => new()
    {
        Start = 0,
        Length = text.Length,
        Text = text,
        Type = type,
        Data = data,
        Metadata = type.EndsWith("ordinal", StringComparison.Ordinal) ? new Metadata { IsOrdinalRelative = relative } : null,
    };
}
