using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English settings for ranges of date and time, reading their parts with the settings of this folder.</summary>
internal sealed class DateTimePeriodConfiguration : EnglishDateTimePeriodExtractorConfiguration, IDateTimePeriodExtractorConfiguration
{
    private readonly IDateTimeExtractor _date;
    private readonly IDateTimeExtractor _time;
    private readonly IDateTimeExtractor _dateTime;
    private readonly IDateTimeExtractor _duration;

    public DateTimePeriodConfiguration(IDateTimeOptionsConfiguration options)
        : base(options)
    {
        _date = DateConfiguration.Extractor(this);
        _time = TimeConfiguration.Extractor(this);
        _dateTime = DateTimeConfiguration.Extractor(this);
        _duration = DurationConfiguration.Extractor(this);
    }

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.SingleDateExtractor => _date;

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.SingleTimeExtractor => _time;

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.SingleDateTimeExtractor => _dateTime;

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.DurationExtractor => _duration;

    /// <summary>A date-and-time range extractor as the library's English settings make one, with these settings.</summary>
    public static IDateTimeExtractor Extractor(IDateTimeOptionsConfiguration options) => new BaseDateTimePeriodExtractor(new DateTimePeriodConfiguration(options));
}
