using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English settings for recurring times ("every Monday"), reading their parts with the settings of this folder.</summary>
internal sealed class SetConfiguration : EnglishSetExtractorConfiguration, ISetExtractorConfiguration
{
    private readonly IDateTimeExtractor _duration;
    private readonly IDateTimeExtractor _time;
    private readonly IDateExtractor _date;
    private readonly IDateTimeExtractor _dateTime;
    private readonly IDateTimeExtractor _datePeriod;
    private readonly IDateTimeExtractor _dateTimePeriod;

    public SetConfiguration(IDateTimeOptionsConfiguration options)
        : base(options)
    {
        _duration = DurationConfiguration.Extractor(this);
        _time = TimeConfiguration.Extractor(this);
        _date = DateConfiguration.Extractor(this);
        _dateTime = DateTimeConfiguration.Extractor(this);
        _datePeriod = DatePeriodConfiguration.Extractor(this);
        _dateTimePeriod = DateTimePeriodConfiguration.Extractor(this);
    }

    IDateTimeExtractor ISetExtractorConfiguration.DurationExtractor => _duration;

    IDateTimeExtractor ISetExtractorConfiguration.TimeExtractor => _time;

    IDateExtractor ISetExtractorConfiguration.DateExtractor => _date;

    IDateTimeExtractor ISetExtractorConfiguration.DateTimeExtractor => _dateTime;

    IDateTimeExtractor ISetExtractorConfiguration.DatePeriodExtractor => _datePeriod;

    IDateTimeExtractor ISetExtractorConfiguration.DateTimePeriodExtractor => _dateTimePeriod;
}
