using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;
using Microsoft.Recognizers.Text.Matcher;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's English settings for reading what was extracted, put together as its own merged parser settings are
/// (which cannot be subclassed), but with the model's one number parser and the date, time, date-and-time, date-range
/// and duration extractors of the extraction (<see cref="MergedConfiguration"/>). The library's parsers look again for
/// dates inside what they read ("two weeks after March 3") and parse the number of every duration ("three weeks"):
/// with the library's settings they did so with a number parser of their own, another compiled regex of number words
/// for the JIT, and a date extractor that parsed every number again.
/// </summary>
/// <remarks>
/// The library's settings hand their extractors and number parser to each parser they build, in their constructor:
/// the fields here are set before it runs (field initialisers run before the base constructor), so the parsers get these.
/// </remarks>
internal sealed class MergedParserConfiguration(IDateTimeOptionsConfiguration options, SharedExtractors shared, NumberReadings numbers)
    : EnglishCommonDateTimeParserConfiguration(options), IMergedParserConfiguration
{
    private readonly IParser _numbers = numbers;
    private readonly IDateExtractor _date = shared.Date;
    private readonly IDateTimeExtractor _time = shared.Time;
    private readonly IDateTimeExtractor _dateTime = shared.DateTime;
    private readonly IDateTimeExtractor _datePeriod = shared.DatePeriod;
    private readonly IDateTimeExtractor _duration = shared.Duration;

    public override IParser NumberParser => _numbers;

    public override IDateExtractor DateExtractor => _date;

    public override IDateTimeExtractor TimeExtractor => _time;

    public override IDateTimeExtractor DateTimeExtractor => _dateTime;

    public override IDateTimeExtractor DatePeriodExtractor => _datePeriod;

    public override IDateTimeExtractor DurationExtractor => _duration;

    public Regex BeforeRegex => EnglishMergedExtractorConfiguration.BeforeRegex;

    public Regex AfterRegex => EnglishMergedExtractorConfiguration.AfterRegex;

    public Regex SinceRegex { get; } = (options.Options & DateTimeOptions.ExperimentalMode) != 0
        ? EnglishMergedExtractorConfiguration.SinceRegexExp
        : EnglishMergedExtractorConfiguration.SinceRegex;

    public Regex AroundRegex => EnglishMergedExtractorConfiguration.AroundRegex;

    public Regex EqualRegex => EnglishMergedExtractorConfiguration.EqualRegex;

    public Regex SuffixAfter => EnglishMergedExtractorConfiguration.SuffixAfterRegex;

    public Regex YearRegex => EnglishDatePeriodExtractorConfiguration.YearRegex;

    public IDateTimeParser SetParser { get; private set; } = null!;

    public IDateTimeParser HolidayParser { get; private set; } = null!;

    public StringMatcher SuperfluousWordMatcher => EnglishMergedExtractorConfiguration.SuperfluousWordMatcher;

    bool IMergedParserConfiguration.CheckBothBeforeAfter => false;

    /// <summary>The parsers the library's merged settings build again, after their own values, with these settings.</summary>
    public static MergedParserConfiguration Create(IDateTimeOptionsConfiguration options, SharedExtractors shared, NumberReadings numbers)
    {
        var config = new MergedParserConfiguration(options, shared, numbers);
        config.DatePeriodParser = new BaseDatePeriodParser(new EnglishDatePeriodParserConfiguration(config));
        config.TimePeriodParser = new BaseTimePeriodParser(new EnglishTimePeriodParserConfiguration(config));
        config.DateTimePeriodParser = new BaseDateTimePeriodParser(new EnglishDateTimePeriodParserConfiguration(config));
        config.SetParser = new BaseSetParser(new EnglishSetParserConfiguration(config));
        config.HolidayParser = new BaseHolidayParser(new EnglishHolidayParserConfiguration(config));
        config.TimeZoneParser = new BaseTimeZoneParser(new EnglishTimeZoneParserConfiguration(config));
        return config;
    }
}
