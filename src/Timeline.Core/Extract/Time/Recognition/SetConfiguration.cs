using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's English settings for recurring times ("every week", "Mondays"), reading the times, dates and ranges
/// they repeat with the extractors of this folder, shared with the rest of the model.
/// </summary>
internal sealed class SetConfiguration : EnglishSetExtractorConfiguration, ISetExtractorConfiguration
{
    private readonly SharedExtractors _shared;
    private readonly IDateTimeExtractor _dateTimePeriod;

    public SetConfiguration(IDateTimeOptionsConfiguration options, SharedExtractors shared, IDateTimeExtractor dateTimePeriod)
        : base(options) => (_shared, _dateTimePeriod) = (shared, dateTimePeriod);

    IDateTimeExtractor ISetExtractorConfiguration.DurationExtractor => _shared.Duration;

    IDateTimeExtractor ISetExtractorConfiguration.TimeExtractor => _shared.Time;

    IDateExtractor ISetExtractorConfiguration.DateExtractor => _shared.Date;

    IDateTimeExtractor ISetExtractorConfiguration.DateTimeExtractor => _shared.DateTime;

    IDateTimeExtractor ISetExtractorConfiguration.DatePeriodExtractor => _shared.DatePeriod;

    IDateTimeExtractor ISetExtractorConfiguration.DateTimePeriodExtractor => _dateTimePeriod;
}
