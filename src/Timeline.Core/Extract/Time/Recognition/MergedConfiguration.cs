using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's English settings for the whole extraction, with the date, time, date-range, date-and-time and
/// duration extractors of this folder, which the ranges of date and time and the recurring times read with too; the
/// time ranges keep the library's own. Building those two again costs 130-200 ms per model, and saves more than that
/// on half a megabyte of news: the library's own re-read every number and rebuilt their duration filters on each call.
/// Seven extractors are asked only about text holding their cue words (<see cref="Cues"/>), holidays among them.
/// </summary>
internal sealed class MergedConfiguration : EnglishMergedExtractorConfiguration, IMergedExtractorConfiguration
{
    private readonly IDateExtractor _date;
    private readonly IDateTimeExtractor _time;
    private readonly IDateTimeExtractor _dateTime;
    private readonly IDateTimeExtractor _datePeriod;
    private readonly IDateTimeExtractor _duration;
    private readonly IDateTimeExtractor _dateTimePeriod;
    private readonly IDateTimeExtractor _set;
    private readonly IDateTimeExtractor _timePeriod;
    private readonly IDateTimeExtractor _holiday;

    public MergedConfiguration(IDateTimeOptionsConfiguration options, NumberReadings numbers)
        : base(options)
    {
        _date = DateConfiguration.Extractor(this, numbers);
        _time = new CuedExtractor(TimeConfiguration.Extractor(this), Cues.TimeOfDay());
        _dateTime = new CuedExtractor(DateTimeConfiguration.Extractor(this, numbers), Cues.TimeOfDay());
        _datePeriod = DatePeriodConfiguration.Extractor(this, numbers);
        _duration = DurationConfiguration.Extractor(this);
        Shared = new SharedExtractors { Date = _date, Time = _time, DateTime = _dateTime, DatePeriod = _datePeriod, Duration = _duration };
        _dateTimePeriod = new CuedExtractor(new BaseDateTimePeriodExtractor(new DateTimePeriodConfiguration(this, Shared)), Cues.TimeOfDay());
        _set = new CuedExtractor(new BaseSetExtractor(new SetConfiguration(this, Shared, _dateTimePeriod)), Cues.Recurring());
        _timePeriod = new CuedExtractor(TimePeriodExtractor, Cues.TimeOfDay());
        _holiday = HolidayConfiguration.Extractor(this);
    }

    /// <summary>The date, time, date-and-time, date-range and duration extractors, for the rest of the model to read with.</summary>
    public SharedExtractors Shared { get; }

    IDateExtractor IMergedExtractorConfiguration.DateExtractor => _date;

    IDateTimeExtractor IMergedExtractorConfiguration.TimeExtractor => _time;

    IDateTimeExtractor IMergedExtractorConfiguration.DateTimeExtractor => _dateTime;

    IDateTimeExtractor IMergedExtractorConfiguration.DatePeriodExtractor => _datePeriod;

    IDateTimeExtractor IMergedExtractorConfiguration.DurationExtractor => _duration;

    IDateTimeExtractor IMergedExtractorConfiguration.DateTimePeriodExtractor => _dateTimePeriod;

    IDateTimeExtractor IMergedExtractorConfiguration.SetExtractor => _set;

    IDateTimeExtractor IMergedExtractorConfiguration.TimePeriodExtractor => _timePeriod;

    IDateTimeExtractor IMergedExtractorConfiguration.HolidayExtractor => _holiday;
}
