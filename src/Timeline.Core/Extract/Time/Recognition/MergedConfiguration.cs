using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's English settings for the whole extraction, with the extractors of this folder for every kind that
/// reads durations or times, whose ambiguity filters cost time. Time ranges and holidays stay the library's: their
/// time extractor reads text the merged one has read already, and the library remembers those results.
/// </summary>
internal sealed class MergedConfiguration : EnglishMergedExtractorConfiguration, IMergedExtractorConfiguration
{
    private readonly IDateExtractor _date;
    private readonly IDateTimeExtractor _time;
    private readonly IDateTimeExtractor _dateTime;
    private readonly IDateTimeExtractor _datePeriod;
    private readonly IDateTimeExtractor _dateTimePeriod;
    private readonly IDateTimeExtractor _duration;
    private readonly IDateTimeExtractor _set;

    public MergedConfiguration(IDateTimeOptionsConfiguration options)
        : base(options)
    {
        _date = DateConfiguration.Extractor(this);
        _time = TimeConfiguration.Extractor(this);
        _dateTime = DateTimeConfiguration.Extractor(this);
        _datePeriod = DatePeriodConfiguration.Extractor(this);
        _dateTimePeriod = DateTimePeriodConfiguration.Extractor(this);
        _duration = DurationConfiguration.Extractor(this);
        _set = new BaseSetExtractor(new SetConfiguration(this));
    }

    IDateExtractor IMergedExtractorConfiguration.DateExtractor => _date;

    IDateTimeExtractor IMergedExtractorConfiguration.TimeExtractor => _time;

    IDateTimeExtractor IMergedExtractorConfiguration.DateTimeExtractor => _dateTime;

    IDateTimeExtractor IMergedExtractorConfiguration.DatePeriodExtractor => _datePeriod;

    IDateTimeExtractor IMergedExtractorConfiguration.DateTimePeriodExtractor => _dateTimePeriod;

    IDateTimeExtractor IMergedExtractorConfiguration.DurationExtractor => _duration;

    IDateTimeExtractor IMergedExtractorConfiguration.SetExtractor => _set;
}
