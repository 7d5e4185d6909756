using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English date-range settings, reading dates and durations with the settings of this folder.</summary>
internal sealed class DatePeriodConfiguration : EnglishDatePeriodExtractorConfiguration, IDatePeriodExtractorConfiguration
{
    private readonly IDateExtractor _date;
    private readonly IDateTimeExtractor _duration;

    public DatePeriodConfiguration(IDateTimeOptionsConfiguration options)
        : base(options)
    {
        _date = DateConfiguration.Extractor(this);
        _duration = DurationConfiguration.Extractor(this);
    }

    IDateExtractor IDatePeriodExtractorConfiguration.DatePointExtractor => _date;

    IDateTimeExtractor IDatePeriodExtractorConfiguration.DurationExtractor => _duration;

    /// <summary>A date-range extractor as the library's English settings make one, with these settings.</summary>
    public static IDateTimeExtractor Extractor(IDateTimeOptionsConfiguration options) => new BaseDatePeriodExtractor(new DatePeriodConfiguration(options));
}
