using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's English settings for ranges of date and time, reading their dates, times, dates-and-times and
/// durations with the extractors of this folder, shared with the rest of the model. The library's own durations here
/// built their ambiguity filters again on every call, and its dates parsed every number again.
/// </summary>
internal sealed class DateTimePeriodConfiguration : EnglishDateTimePeriodExtractorConfiguration, IDateTimePeriodExtractorConfiguration
{
    private readonly SharedExtractors _shared;

    public DateTimePeriodConfiguration(IDateTimeOptionsConfiguration options, SharedExtractors shared)
        : base(options) => _shared = shared;

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.SingleDateExtractor => _shared.Date;

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.SingleTimeExtractor => _shared.Time;

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.SingleDateTimeExtractor => _shared.DateTime;

    IDateTimeExtractor IDateTimePeriodExtractorConfiguration.DurationExtractor => _shared.Duration;
}
