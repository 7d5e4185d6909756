using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English date-and-time settings, reading dates, times and durations with the settings of this folder.</summary>
internal sealed class DateTimeConfiguration : EnglishDateTimeExtractorConfiguration, IDateTimeExtractorConfiguration
{
    private readonly IDateExtractor _date;
    private readonly IDateTimeExtractor _time;
    private readonly IDateTimeExtractor _duration;

    public DateTimeConfiguration(IDateTimeOptionsConfiguration options, NumberReadings numbers)
        : base(options)
    {
        _date = DateConfiguration.Extractor(this, numbers);
        _time = TimeConfiguration.Extractor(this);
        _duration = DurationConfiguration.Extractor(this);
    }

    IDateExtractor IDateTimeExtractorConfiguration.DatePointExtractor => _date;

    IDateTimeExtractor IDateTimeExtractorConfiguration.TimePointExtractor => _time;

    IDateTimeExtractor IDateTimeExtractorConfiguration.DurationExtractor => _duration;

    /// <summary>A date-and-time extractor as the library's English settings make one, with these settings.</summary>
    public static IDateTimeExtractor Extractor(IDateTimeOptionsConfiguration options, NumberReadings numbers) => new BaseDateTimeExtractor(new DateTimeConfiguration(options, numbers));
}
