using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>
/// The parser settings are the library's merged English ones, put together again because those cannot be subclassed,
/// with the model's number parser and extractors.
/// </summary>
public sealed class MergedParserConfigurationTests
{
    private static readonly BaseDateTimeOptionsConfiguration Options = new(Culture.English, DateTimeOptions.None);

    [Fact]
    public void Has_the_library_merged_parser_patterns()
    {
        var ours = (IMergedParserConfiguration)Create(out _, out _);
        IMergedParserConfiguration library = new EnglishMergedParserConfiguration(Options);

        Assert.Same(library.BeforeRegex, ours.BeforeRegex);
        Assert.Same(library.AfterRegex, ours.AfterRegex);
        Assert.Same(library.SinceRegex, ours.SinceRegex);
        Assert.Same(library.AroundRegex, ours.AroundRegex);
        Assert.Same(library.EqualRegex, ours.EqualRegex);
        Assert.Same(library.SuffixAfter, ours.SuffixAfter);
        Assert.Same(library.YearRegex, ours.YearRegex);
        Assert.Same(library.SuperfluousWordMatcher, ours.SuperfluousWordMatcher);
        Assert.Equal(library.CheckBothBeforeAfter, ours.CheckBothBeforeAfter);
        Assert.NotNull(ours.SetParser);
        Assert.NotNull(ours.HolidayParser);
        Assert.NotNull(ours.TimeZoneParser);
    }

    [Fact]
    public void Reads_with_the_models_number_parser_and_extractors()
    {
        var ours = Create(out var shared, out var numbers);

        Assert.Same(numbers, ours.NumberParser);
        Assert.Same(shared.Date, ours.DateExtractor);
        Assert.Same(shared.Time, ours.TimeExtractor);
        Assert.Same(shared.DateTime, ours.DateTimeExtractor);
        Assert.Same(shared.DatePeriod, ours.DatePeriodExtractor);
        Assert.Same(shared.Duration, ours.DurationExtractor);
    }

    private static MergedParserConfiguration Create(out SharedExtractors shared, out NumberReadings numbers)
    {
        numbers = NumberReadings.English();
        shared = new MergedConfiguration(Options, numbers).Shared;
        return MergedParserConfiguration.Create(Options, shared, numbers);
    }
}
